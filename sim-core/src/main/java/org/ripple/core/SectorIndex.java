package org.ripple.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps sector codes to matrix positions and back. Every array in the engine is aligned to one index: position
 * {@code i} of a result vector is {@code at(i)}.
 */
public final class SectorIndex {
  private final List<Sector> sectors;
  private final Map<String, Integer> positions;

  private SectorIndex(List<Sector> sectors) {
    this.sectors = List.copyOf(sectors);
    Map<String, Integer> map = new HashMap<>();
    for (int i = 0; i < sectors.size(); i++) {
      Integer previous = map.put(sectors.get(i).code(), i);
      if (previous != null) {
        throw new IllegalArgumentException("duplicate sector code '" + sectors.get(i).code() + "' at positions "
            + previous + " and " + i);
      }
    }
    this.positions = Collections.unmodifiableMap(map);
  }

  public static SectorIndex of(List<Sector> sectors) {
    if (sectors.isEmpty()) {
      throw new IllegalArgumentException("a model needs at least one sector");
    }
    return new SectorIndex(sectors);
  }

  public int size() {
    return sectors.size();
  }

  public Sector at(int position) {
    return sectors.get(position);
  }

  /** Position of a code, or -1 when the model has no such sector. */
  public int positionOf(String code) {
    Integer p = positions.get(code);
    return p == null ? -1 : p;
  }

  public boolean contains(String code) {
    return positions.containsKey(code);
  }

  public List<Sector> sectors() {
    return sectors;
  }

  public List<String> codes() {
    List<String> codes = new ArrayList<>(sectors.size());
    for (Sector s : sectors) {
      codes.add(s.code());
    }
    return codes;
  }

  /** The known code closest to {@code code} (edit distance, case-insensitive), for "did you mean" messages. */
  public Optional<String> nearest(String code) {
    return Suggestions.nearest(code, codes());
  }
}
