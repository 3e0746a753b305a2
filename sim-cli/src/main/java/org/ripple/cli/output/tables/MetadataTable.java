package org.ripple.cli.output.tables;

import org.ripple.cli.output.ReportMeta;
import org.ripple.core.impact.ModelType;

/** The "Metadata" sheet: the model, its sources and year, units, jobs definition, scenario file and hash, version. */
public final class MetadataTable {
  private MetadataTable() {}

  /**
   * @param type the model type behind the figures, or null when the table holds both (multipliers)
   * @param extraNotes notes to list after the metadata (the run's notes), may be empty
   */
  public static Table of(ReportMeta meta, Provenance provenance, ModelType type, Iterable<String> extraNotes) {
    return of(meta, provenance, type, extraNotes, "Monetary unit of this workbook", meta.currency()
        + " (plain units, per year); jobs in persons; losses negative");
  }

  /**
   * The same facts for an HTML page, whose tables and charts show money in millions: its unit row says so.
   */
  public static Table onPage(ReportMeta meta, Provenance provenance, ModelType type, Iterable<String> extraNotes) {
    return of(meta, provenance, type, extraNotes, "Monetary unit of this page", meta.currency()
        + " millions per year; jobs in persons; losses negative");
  }

  private static Table of(ReportMeta meta, Provenance provenance, ModelType type, Iterable<String> extraNotes,
      String unitItem, String unit) {
    var info = meta.model();
    Table.Builder b = Table.builder("Metadata", "Where these figures come from",
        Column.text("Item"), Column.text("Value"));
    b.row("Ripple version", meta.version());
    if (provenance.scenarioFile() != null) {
      b.row("Scenario file", provenance.scenarioFile());
    }
    if (provenance.scenarioSha256() != null) {
      b.row("Scenario file SHA-256", provenance.scenarioSha256());
    }
    b.row("Random seed", provenance.seed() == null ? "none (nothing random)" : provenance.seed().toString());
    b.row("Model", info.name());
    b.row("Model title", info.title());
    b.row("Region", info.region());
    b.row("Model year", Integer.toString(info.year()));
    if (type != null) {
      b.row("Model type", "Type " + type.suffix()
          + (type == ModelType.TYPE_II ? " (households endogenous)" : " (no household data: induced n/a)"));
    }
    b.row("Currency", info.currency());
    b.row(unitItem, unit);
    b.row("Monetary unit of the model data", info.unit());
    b.row("Jobs definition", info.jobsDefinition());
    int k = 1;
    for (String s : info.sources()) {
      b.row("Source " + k++, s);
    }
    if (!meta.attribution().isEmpty()) {
      b.row("Attribution", meta.attribution());
    }
    k = 1;
    for (String a : info.assumptions()) {
      b.row("Model assumption " + k++, a);
    }
    k = 1;
    for (String n : extraNotes) {
      b.row("Note " + k++, n);
    }
    return b.build();
  }
}
