package org.ripple.cli.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ripple.core.Model;
import org.ripple.core.Regions;
import org.ripple.core.SectorIndex;
import org.ripple.core.Suggestions;

/**
 * A scenario's top-level {@code region} (a region code or name), the one place of its rule, so that one scenario runs
 * on any model of its place. On a multi-regional model, a sector code that is not one of the model's (a bare code,
 * {@code TRANSPORT}) is placed in that region: the sector coded {@code <region code>.<code>} ({@code QC.TRANSPORT}),
 * the way multi-regional models code their sectors; a code the model has ({@code ON.TRANSPORT}, or a NAICS code's
 * sector) is kept. On a single-region model the region must be the model's ({@code region} in its model.yaml, letter
 * case aside) or absent. Any mismatch is one line at the key (exit 3).
 */
public final class RegionPlacement {
  private RegionPlacement() {}

  /** The document with its bare sector codes placed in its region; the document itself when it has no region. */
  public static ScenarioDocument apply(ScenarioDocument doc, Model model) {
    ScenarioFile f = doc.content();
    String region = f.region();
    if (region == null) {
      model.regions().ifPresent(regions -> hintRegion(doc, model, regions));
      return doc;
    }
    String name = model.info().name();
    if (region.isBlank()) {
      throw doc.at("region", "is empty; give a region code or name, or leave the key out");
    }
    if (model.regions().isEmpty()) {
      String own = model.info().region();
      if (!same(region, own)) {
        throw doc.at("region", "'" + region.strip() + "' is not the region of model " + name + " (" + own
            + "); give region: " + own + ", leave the key out, or run the scenario on a model of " + region.strip());
      }
      return doc;
    }
    Regions regions = model.regions().get();
    int r = find(regions, region);
    if (r < 0) {
      List<String> names = new ArrayList<>();
      for (Regions.Region g : regions.regions()) {
        names.add(g.code());
        names.add(g.name());
      }
      String hint = Suggestions.nearest(region.strip(), names).map(s -> "; did you mean '" + s + "'?").orElse("");
      throw doc.at("region", "'" + region.strip() + "' is not a region of model " + name + " (its regions: "
          + String.join(", ", regions.codes()) + ", by code or name)" + hint);
    }
    String code = regions.at(r).code();
    SectorIndex index = model.sectors();
    Placer p = (field, sector) -> {
      if (sector == null || index.contains(sector)) {
        return sector;
      }
      String placed = code + "." + sector;
      int j = index.positionOf(placed);
      if (j >= 0 && regions.regionOf(j) == r) {
        return placed;
      }
      List<String> bare = new ArrayList<>();
      for (int i = 0; i < index.size(); i++) {
        String c = index.at(i).code();
        if (regions.regionOf(i) == r && c.startsWith(code + ".")) {
          bare.add(c.substring(code.length() + 1));
        }
      }
      String hint = Suggestions.nearest(sector, bare).map(s -> "; did you mean '" + s + "'?").orElse("");
      throw doc.at(field + ".sector", "unknown sector '" + sector + "' in region " + code + " ("
          + regions.at(r).name() + ") of model " + name + hint);
    };
    return doc.withContent(placed(f, p));
  }

  /**
   * Without {@code region}, a bare code that some region of a multi-regional model has: one line saying how to say
   * where (instead of the engine's "unknown sector").
   */
  private static void hintRegion(ScenarioDocument doc, Model model, Regions regions) {
    SectorIndex index = model.sectors();
    placed(doc.content(), (field, sector) -> {
      if (sector != null && !index.contains(sector)) {
        for (Regions.Region g : regions.regions()) {
          if (index.contains(g.code() + "." + sector)) {
            throw doc.at(field + ".sector", "unknown sector '" + sector + "' in model " + model.info().name()
                + ", whose sectors are by region (" + g.code() + "." + sector + ", ...): say where the scenario "
                + "happens with a top-level region: (e.g. region: " + g.name() + "), or write the region's code");
          }
        }
      }
      return sector;
    });
  }

  private static int find(Regions regions, String region) {
    for (int r = 0; r < regions.size(); r++) {
      if (same(region, regions.at(r).code()) || same(region, regions.at(r).name())) {
        return r;
      }
    }
    return -1;
  }

  private static boolean same(String a, String b) {
    return b != null && a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
  }

  private interface Placer {
    String place(String field, String sector);
  }

  /** The file with every shock's {@code sector} passed through {@code p} (null entries and NAICS codes kept). */
  private static ScenarioFile placed(ScenarioFile f, Placer p) {
    return f.mapSectors((field, sector, naics) -> p.place(field, sector));
  }
}
