package org.ripple.cli.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ripple.cli.io.CsvTable;
import org.ripple.core.Sector;
import org.ripple.core.SectorIndex;

/**
 * What a model's {@code sectors.csv} says, as {@link #parse} makes of the text (or a {@link ModelPack} holds): each
 * sector's code and name, in the file's order, and for a multi-regional model its region with the line and column of
 * that cell (what {@link RegionFiles} names when the region is not in {@code regions.csv}).
 *
 * @param regions region code of each sector; null for a single-region model
 * @param regionLines line of each sector's region cell (null when {@code regions} is)
 * @param regionColumns 1-based column of each sector's region cell (null when {@code regions} is)
 */
record SectorList(String[] codes, String[] names, String[] regions, int[] regionLines, int[] regionColumns) {
  SectorList {
    int n = codes.length;
    if (names.length != n || regions != null && (regions.length != n || regionLines.length != n
        || regionColumns.length != n) || regions == null && (regionLines != null || regionColumns != null)) {
      throw new IllegalArgumentException("sector arrays of different lengths");
    }
  }

  /**
   * Reads {@code sectors.csv}: {@code code,name} or {@code code,name,region}; codes unique, non-blank, without spaces
   * around them; names (and regions) non-blank, stripped; at least one sector. Errors name the file, line and column.
   */
  static SectorList parse(CsvTable t) {
    boolean regional = t.header().size() == 3 && t.header().get(2).equals("region");
    ModelCsv.requireHeader(t, regional ? List.of("code", "name", "region") : List.of("code", "name"));
    int n = t.rows().size();
    String[] codes = new String[n];
    String[] names = new String[n];
    String[] regions = regional ? new String[n] : null;
    int[] lines = regional ? new int[n] : null;
    int[] columns = regional ? new int[n] : null;
    Map<String, CsvTable.Row> seen = new HashMap<>();
    for (int i = 0; i < n; i++) {
      CsvTable.Row row = t.rows().get(i);
      String code = ModelCsv.code(t, row, 0);
      CsvTable.Row previous = seen.putIfAbsent(code, row);
      if (previous != null) {
        throw t.error(row, 0, "duplicate sector code '" + code + "' (also on line " + previous.line() + ")");
      }
      String name = row.get(1).strip();
      if (name.isEmpty()) {
        throw t.error(row, 1, "sector " + code + " has no name");
      }
      codes[i] = code;
      names[i] = name;
      if (regional) {
        String region = row.get(2).strip();
        if (region.isEmpty()) {
          throw t.error(row, 2, "sector " + code + " has no region");
        }
        regions[i] = region;
        lines[i] = row.line();
        columns[i] = row.column(2);
      }
    }
    if (n == 0) {
      throw t.error(t.headerRow(), 0, null, "no sectors: a model needs at least one");
    }
    return new SectorList(codes, names, regions, lines, columns);
  }

  int size() {
    return codes.length;
  }

  boolean regional() {
    return regions != null;
  }

  /** The sectors in order (their codes unique: {@link SectorIndex#of} checks that again). */
  SectorIndex index() {
    List<Sector> sectors = new ArrayList<>(codes.length);
    for (int i = 0; i < codes.length; i++) {
      sectors.add(new Sector(codes[i], names[i]));
    }
    return SectorIndex.of(sectors);
  }

  /** Region codes in sector order, for {@link RegionFiles}. */
  List<String> regionList() {
    return regions == null ? null : Arrays.asList(regions);
  }
}
