package org.ripple.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The regions of a multi-regional model: which region each sector belongs to, and, optionally, one household sector
 * per region for the Type II closure.
 *
 * <p>Sectors are indexed by (region, sector) through the model's {@link SectorIndex}; this class only says which
 * region position {@code r} each sector position {@code i} belongs to ({@link #regionOf(int)}). The household block,
 * when present, is the n x R matrix {@code C[i][r]}: what the households of region r buy from sector i (row-major,
 * {@code consumption[i * R + r]}), and the income {@code H[r]} of the households of region r. Closing the model with
 * one household per region gives the (n + R) x (n + R) matrix {@code [[A, C diag(H)^-1], [W_R, 0]]} where
 * {@code W_R[r][j] = W[j] / x[j]} when sector j is in region r and 0 otherwise (Miller and Blair 2009, sec. 6.1 and
 * 3.3): labour income earned in a region is spent by that region's households, wherever they buy.
 *
 * <p>Immutable; arrays are copied in and out.
 */
public final class Regions {
  /** One region: a short code used as the prefix of its sector codes (e.g. {@code QC}) and a name. */
  public record Region(String code, String name) {
    public Region {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
      if (code.isBlank()) {
        throw new IllegalArgumentException("region code must not be blank");
      }
    }
  }

  private final List<Region> regions;
  private final Map<String, Integer> positions;
  private final int[] regionOf;
  private final double[] consumption;
  private final double[] income;

  private Regions(List<Region> regions, int[] regionOf, double[] consumption, double[] income) {
    this.regions = List.copyOf(regions);
    Map<String, Integer> map = new HashMap<>();
    for (int r = 0; r < regions.size(); r++) {
      Integer previous = map.put(regions.get(r).code(), r);
      if (previous != null) {
        throw new IllegalArgumentException("duplicate region code '" + regions.get(r).code() + "'");
      }
    }
    this.positions = Collections.unmodifiableMap(map);
    this.regionOf = regionOf;
    this.consumption = consumption;
    this.income = income;
  }

  /**
   * @param regions the R regions, in order
   * @param regionOfSector for every sector position of the model, the position of its region in {@code regions}
   */
  public static Regions of(List<Region> regions, int[] regionOfSector) {
    Objects.requireNonNull(regions, "regions");
    Objects.requireNonNull(regionOfSector, "regionOfSector");
    if (regions.isEmpty()) {
      throw new IllegalArgumentException("a multi-regional model needs at least one region");
    }
    for (int i = 0; i < regionOfSector.length; i++) {
      int r = regionOfSector[i];
      if (r < 0 || r >= regions.size()) {
        throw new IllegalArgumentException("region of sector " + i + " must be in [0, " + regions.size()
            + "), was " + r);
      }
    }
    return new Regions(regions, regionOfSector.clone(), null, null);
  }

  /**
   * The same regions with one household sector per region.
   *
   * @param consumption n x R row-major: {@code consumption[i * R + r]} = purchases of the households of region r from
   *     sector i, non-negative
   * @param income household income of each region, positive
   */
  public Regions withHouseholds(double[] consumption, double[] income) {
    int n = regionOf.length;
    int m = regions.size();
    Objects.requireNonNull(consumption, "consumption");
    Objects.requireNonNull(income, "income");
    if (consumption.length != n * m) {
      throw new IllegalArgumentException("household consumption must have " + n + " x " + m + " values, has "
          + consumption.length);
    }
    if (income.length != m) {
      throw new IllegalArgumentException("household income must have " + m + " values, has " + income.length);
    }
    for (int k = 0; k < consumption.length; k++) {
      if (!(consumption[k] >= 0) || !Double.isFinite(consumption[k])) {
        throw new IllegalArgumentException("household consumption of region " + regions.get(k % m).code()
            + " from sector " + k / m + " must be a non-negative number, was " + consumption[k]);
      }
    }
    for (int r = 0; r < m; r++) {
      if (!(income[r] > 0) || !Double.isFinite(income[r])) {
        throw new IllegalArgumentException("household income of region " + regions.get(r).code()
            + " must be positive and finite, was " + income[r]);
      }
    }
    return new Regions(regions, regionOf, consumption.clone(), income.clone());
  }

  /** Number of regions R. */
  public int size() {
    return regions.size();
  }

  /** Number of sectors n of the model these regions belong to. */
  public int sectorCount() {
    return regionOf.length;
  }

  public Region at(int region) {
    return regions.get(region);
  }

  public List<Region> regions() {
    return regions;
  }

  public List<String> codes() {
    List<String> codes = new ArrayList<>(regions.size());
    for (Region r : regions) {
      codes.add(r.code());
    }
    return codes;
  }

  /** Position of a region code, or -1. */
  public int positionOf(String code) {
    Integer p = positions.get(code);
    return p == null ? -1 : p;
  }

  /** The region position of a sector position. */
  public int regionOf(int sector) {
    return regionOf[sector];
  }

  /** Whether the model is closed with one household sector per region. */
  public boolean hasHouseholds() {
    return consumption != null;
  }

  /** Purchases of the households of {@code region} from {@code sector}. */
  public double householdConsumption(int sector, int region) {
    requireHouseholds();
    return consumption[sector * regions.size() + region];
  }

  /** Income of the households of {@code region}. */
  public double householdIncome(int region) {
    requireHouseholds();
    return income[region];
  }

  private void requireHouseholds() {
    if (consumption == null) {
      throw new IllegalStateException("these regions have no household data");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Regions other && regions.equals(other.regions) && Arrays.equals(regionOf, other.regionOf)
        && Arrays.equals(consumption, other.consumption) && Arrays.equals(income, other.income);
  }

  @Override
  public int hashCode() {
    return Objects.hash(regions, Arrays.hashCode(regionOf));
  }

  @Override
  public String toString() {
    return "Regions" + codes() + (hasHouseholds() ? " with households" : "");
  }
}
