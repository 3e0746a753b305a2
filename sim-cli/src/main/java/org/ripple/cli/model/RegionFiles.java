package org.ripple.cli.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.io.CsvTable;
import org.ripple.cli.io.InputException;
import org.ripple.core.Regions;
import org.ripple.core.SectorIndex;

/**
 * Reads the region files of a multi-regional model folder: {@code regions.csv} ({@code code,name,household_income})
 * and the optional {@code households.csv} ({@code code,<region codes...>}, one row per sector: what the households of
 * each region buy from it). Errors name the file, line and column (exit code 4).
 */
final class RegionFiles {
  private static final int BAD = ExitCodes.BAD_MODEL;

  private RegionFiles() {}

  private static List<String> codes(List<Regions.Region> regions) {
    List<String> codes = new ArrayList<>();
    for (Regions.Region r : regions) {
      codes.add(r.code());
    }
    return codes;
  }

  /** The regions of the sectors {@code sectors} lists (in the order of {@code index}). */
  static Regions read(ModelSource source, SectorIndex index, SectorList sectors, Function<String, CsvTable> csv) {
    List<String> sectorRegions = sectors.regionList();
    CsvTable t = csv.apply(ModelReader.REGIONS);
    if (!t.header().equals(List.of("code", "name", "household_income"))) {
      throw t.error(t.headerRow(), 0, null, "the header must be code,name,household_income");
    }
    List<Regions.Region> regions = new ArrayList<>();
    Map<String, Integer> position = new HashMap<>();
    List<CsvTable.Row> incomeRows = new ArrayList<>();
    int filled = 0;
    for (CsvTable.Row row : t.rows()) {
      String code = row.get(0).strip();
      if (code.isEmpty() || !code.equals(row.get(0))) {
        throw t.error(row, 0, "region code '" + row.get(0) + "' is empty or has spaces around it");
      }
      if (position.putIfAbsent(code, regions.size()) != null) {
        throw t.error(row, 0, "duplicate region code '" + code + "'");
      }
      regions.add(new Regions.Region(code, row.get(1).strip().isEmpty() ? code : row.get(1).strip()));
      incomeRows.add(row);
      filled += row.get(2).isBlank() ? 0 : 1;
    }
    if (regions.isEmpty()) {
      throw t.error(t.headerRow(), 0, null, "no regions");
    }
    int[] regionOf = new int[index.size()];
    for (int i = 0; i < regionOf.length; i++) {
      Integer r = position.get(sectorRegions.get(i));
      if (r == null) {
        throw new InputException(source.describe(ModelReader.SECTORS), sectors.regionLines()[i],
            sectors.regionColumns()[i],
            "column \"region\"", "unknown region '" + sectorRegions.get(i) + "' (not in " + ModelReader.REGIONS + ")"
            + CsvTable.didYouMean(sectorRegions.get(i), codes(regions)), BAD);
      }
      regionOf[i] = r;
    }
    Regions result = Regions.of(regions, regionOf);
    boolean households = source.exists(ModelReader.HOUSEHOLDS);
    if (!households) {
      return result;
    }
    if (filled != regions.size()) {
      throw t.error(t.headerRow(), 2, null, "household_income must be given for every region when the model has "
          + ModelReader.HOUSEHOLDS);
    }
    double[] income = new double[regions.size()];
    for (int r = 0; r < income.length; r++) {
      income[r] = t.number(incomeRows.get(r), 2);
      if (!(income[r] > 0)) {
        throw t.error(incomeRows.get(r), 2, "household income must be positive");
      }
    }
    CsvTable h = csv.apply(ModelReader.HOUSEHOLDS);
    List<String> expected = new ArrayList<>(List.of("code"));
    expected.addAll(result.codes());
    if (!h.header().equals(expected)) {
      throw h.error(h.headerRow(), 0, null, "the header must be " + String.join(",", expected));
    }
    int n = index.size();
    int m = regions.size();
    double[] consumption = new double[n * m];
    boolean[] seen = new boolean[n];
    for (CsvTable.Row row : h.rows()) {
      int i = index.positionOf(row.get(0));
      if (i < 0) {
        throw h.error(row, 0, "unknown sector code '" + row.get(0) + "' (not in " + ModelReader.SECTORS + ")");
      }
      if (seen[i]) {
        throw h.error(row, 0, "duplicate row for sector '" + row.get(0) + "'");
      }
      seen[i] = true;
      for (int r = 0; r < m; r++) {
        double v = h.number(row, r + 1);
        if (v < 0) {
          throw h.error(row, r + 1, "household consumption must not be negative");
        }
        consumption[i * m + r] = v;
      }
    }
    for (int i = 0; i < n; i++) {
      if (!seen[i]) {
        throw new InputException(h.file(), 0, 0, null, "no row for sector '" + index.at(i).code() + "'", BAD);
      }
    }
    return result.withHouseholds(consumption, income);
  }
}
