package org.ripple.cli.concordance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.io.CsvTable;
import org.ripple.cli.io.InputException;
import org.ripple.cli.io.StrictCsv;
import org.ripple.cli.io.TextFiles;
import org.ripple.cli.model.LoadedModel;
import org.ripple.cli.scenario.ScenarioDocument;
import org.ripple.cli.scenario.ScenarioFile;
import org.ripple.core.SectorIndex;

/**
 * A model's {@code concordance.csv} ({@code naics_prefix,sector}): a shock given as {@code naics: "493"} maps to the
 * sector of the longest prefix of its code (493 starts with 49, so TRANSPORT in quebec-2021). Every mapping is
 * reported as a note; a code no prefix matches, a model without a concordance, or {@code sector} and {@code naics}
 * together is an error at the field (exit code 3).
 */
public final class Concordance {
  public static final String FILE = org.ripple.cli.model.ModelReader.CONCORDANCE;

  private final String file;
  private final List<String> prefixes;
  private final List<String> sectors;

  private Concordance(String file, List<String> prefixes, List<String> sectors) {
    this.file = file;
    this.prefixes = prefixes;
    this.sectors = sectors;
  }

  /** A scenario document with every {@code naics} replaced by its sector, and one note per mapping. */
  public record Mapped(ScenarioDocument document, List<String> notes) {}

  /** Reads a concordance table and checks every sector against the model. */
  public static Concordance parse(String name, byte[] bytes, SectorIndex index) {
    CsvTable t = StrictCsv.defaults().parse(name, bytes, ExitCodes.BAD_MODEL);
    int p = t.requireColumn("naics_prefix");
    int s = t.requireColumn("sector");
    List<String> prefixes = new ArrayList<>();
    List<String> sectors = new ArrayList<>();
    for (CsvTable.Row row : t.rows()) {
      String prefix = row.get(p).strip();
      String sector = row.get(s).strip();
      if (!prefix.matches("[0-9]{2,6}")) {
        throw t.error(row, p, "a NAICS prefix is 2 to 6 digits, was '" + prefix + "'");
      }
      if (prefixes.contains(prefix)) {
        throw t.error(row, p, "prefix " + prefix + " appears twice");
      }
      if (!index.contains(sector)) {
        throw t.error(row, s, "no sector '" + sector + "' in the model" + index.nearest(sector)
            .map(x -> "; did you mean '" + x + "'?").orElse(""));
      }
      prefixes.add(prefix);
      sectors.add(sector);
    }
    return new Concordance(name, prefixes, sectors);
  }

  /** The model's concordance, or null when it has none. */
  public static Concordance of(LoadedModel loaded) {
    byte[] bytes;
    String name;
    try {
      if (loaded.folder().isPresent()) {
        Path f = loaded.folder().get().resolve(FILE);
        if (!Files.exists(f)) {
          return null;
        }
        bytes = TextFiles.readBytes(f, StrictCsv.DEFAULT_MAX_BYTES, "CSV files", null, ExitCodes.BAD_MODEL);
        name = f.toString();
      } else {
        name = "classpath:/models/" + loaded.name() + "/" + FILE;
        try (InputStream in = Concordance.class.getResourceAsStream("/models/" + loaded.name() + "/" + FILE)) {
          if (in == null) {
            return null;
          }
          bytes = in.readAllBytes();
        }
      }
    } catch (IOException e) {
      throw new InputException(loaded.location(), 0, 0, null, "cannot read " + FILE + ": " + e.getMessage(),
          ExitCodes.IO);
    }
    return parse(name, bytes, loaded.model().sectors());
  }

  /** The sector of a NAICS code (longest matching prefix), or null. */
  public String sectorOf(String naics) {
    String best = null;
    int len = -1;
    for (int k = 0; k < prefixes.size(); k++) {
      String p = prefixes.get(k);
      if (naics.startsWith(p) && p.length() > len) {
        best = sectors.get(k);
        len = p.length();
      }
    }
    return best;
  }

  /** The NAICS prefixes that map to {@code sector}, in file order (empty: none). */
  public List<String> prefixesOf(String sector) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < prefixes.size(); k++) {
      if (sectors.get(k).equals(sector)) {
        out.add(prefixes.get(k));
      }
    }
    return out;
  }

  private String prefixOf(String naics) {
    String best = null;
    for (String p : prefixes) {
      if (naics.startsWith(p) && (best == null || p.length() > best.length())) {
        best = p;
      }
    }
    return best;
  }

  /**
   * The scenario of a document on a model, with NAICS codes mapped to the model's sectors (the shortcut for commands
   * that do not print the mapping notes).
   */
  public static org.ripple.core.scenario.Scenario scenario(ScenarioDocument doc, LoadedModel loaded) {
    return apply(doc, loaded).document().toScenario(loaded.model());
  }

  public static Mapped apply(ScenarioDocument doc, LoadedModel loaded) {
    ScenarioFile f = doc.content();
    if (!usesNaics(f)) {
      return new Mapped(doc, List.of());
    }
    Concordance c = of(loaded);
    List<String> notes = new ArrayList<>();
    Mapper m = (field, sector, naics) -> {
      if (naics == null) {
        return sector;
      }
      if (sector != null) {
        throw doc.at(field + ".naics", "give sector or naics, not both");
      }
      if (c == null) {
        throw doc.at(field + ".naics", "model " + loaded.name() + " has no " + FILE + " (naics_prefix,sector); "
            + "give the model's sector code instead");
      }
      String code = naics.strip();
      if (!code.matches("[0-9]{2,6}")) {
        throw doc.at(field + ".naics", "a NAICS code is 2 to 6 digits, was '" + naics + "'");
      }
      String s = c.sectorOf(code);
      if (s == null) {
        throw doc.at(field + ".naics", "NAICS " + code + " matches no prefix of " + FILE + " of model "
            + loaded.name());
      }
      notes.add(field + ": NAICS " + code + " mapped to sector " + s + " ("
          + loaded.model().sectors().at(loaded.model().sectors().positionOf(s)).name() + ") by prefix "
          + c.prefixOf(code) + " of " + FILE);
      return s;
    };
    ScenarioFile mapped = f.mapSectors(m::map);
    return new Mapped(doc.withContent(mapped), notes);
  }

  private static boolean usesNaics(ScenarioFile f) {
    boolean any = false;
    if (f.closures() != null) {
      any |= f.closures().stream().anyMatch(e -> e != null && (e.naics() != null || usesNaics(e.purchases())));
    }
    if (f.subcontractors() != null) {
      any |= f.subcontractors().stream().anyMatch(e -> e != null && (e.naics() != null
          || usesNaics(e.purchases())));
    }
    if (f.offsets() != null) {
      any |= f.offsets().stream().anyMatch(e -> e != null && e.naics() != null);
    }
    if (f.demandChanges() != null) {
      any |= f.demandChanges().stream().anyMatch(e -> e != null && e.naics() != null);
    }
    return any;
  }

  private static boolean usesNaics(List<ScenarioFile.PurchaseEntry> purchases) {
    return purchases != null && purchases.stream().anyMatch(p -> p != null && p.naics() != null);
  }

  private interface Mapper {
    String map(String field, String sector, String naics);
  }

  @Override
  public String toString() {
    return "Concordance[" + file + ", " + prefixes.size() + " prefixes]";
  }
}
