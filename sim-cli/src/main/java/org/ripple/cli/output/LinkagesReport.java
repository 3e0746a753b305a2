package org.ripple.cli.output;

import java.util.ArrayList;
import java.util.List;
import org.ripple.cli.output.tables.Column;
import org.ripple.cli.output.tables.MetadataTable;
import org.ripple.cli.output.tables.Provenance;
import org.ripple.cli.output.tables.Table;
import org.ripple.core.Sector;
import org.ripple.core.SectorIndex;
import org.ripple.core.explain.Linkages;
import org.ripple.core.impact.ModelType;

/**
 * The linkages of every sector of a model, built once as a document: the normalised backward (Rasmussen) and forward
 * (Ghosh) linkages, whether the sector is a key sector (both above 1) and the output lost by its hypothetical
 * extraction, in currency units (the terminal: millions). Without the extraction its column is empty (CSV), null
 * (JSON) or n/a (terminal).
 */
public final class LinkagesReport extends DocumentReport {
  private final Table rows;

  public LinkagesReport(Linkages linkages, SectorIndex index, ReportMeta meta, TableStyle style) {
    this(rows(linkages, index, meta), meta, style);
  }

  private LinkagesReport(Table rows, ReportMeta meta, TableStyle style) {
    super(document(rows, meta), style);
    this.rows = rows;
  }

  /** Every sector as a keyed table: code, name, backward, forward, key sector (true or false), output lost. */
  public Table rows() {
    return rows;
  }

  private static Table rows(Linkages linkages, SectorIndex index, ReportMeta meta) {
    Table.Builder t = Table.builder("Linkages", "Linkages and extraction", Column.text("Code").keyed("code"),
        Column.text("Name").keyed("name"), Column.ratio("Backward").keyed("backward"),
        Column.ratio("Forward").keyed("forward"), Column.text("Key sector").keyed("key_sector")
            .json(Column.Json.BOOLEAN),
        Column.money("Output lost (" + meta.currency() + ")").keyed("output_lost"));
    for (int j = 0; j < index.size(); j++) {
      Sector s = index.at(j);
      double lost = linkages.hasExtraction() ? linkages.outputLost(j) * meta.model().unitFactor() : Double.NaN;
      t.row(s.code(), s.name(), linkages.backward(j), linkages.forward(j), Boolean.toString(linkages.key(j)), lost);
    }
    return t.build();
  }

  /** The title lines, the JSON head, the sectors (terminal: backward, forward, key, extraction) and Metadata. */
  private static Document document(Table rows, ReportMeta meta) {
    List<String> preamble = List.of(MultipliersText.titleLine("Linkages", meta.model()), "Backward (Rasmussen) and "
        + "forward (Ghosh) linkages, normalised so that the average sector is 1; key sector: both above 1. "
        + "Extraction: total output lost without the sector's sales, purchases and final demand, " + meta.currency()
        + " M/year.", "");
    TextLayout layout = new TextLayout("", new TextLayout.Label(new int[] {0, 1}, "Sector", 12, 44, 0), List.of(
        TextLayout.Col.of(2, "Backward", TextLayout.Shown.FIXED, 4, 12),
        TextLayout.Col.of(3, "Forward", TextLayout.Shown.FIXED, 4, 12),
        TextLayout.Col.of(4, "Key", TextLayout.Shown.FLAG, 0, 12).yes("key"),
        TextLayout.Col.of(5, "Extraction", TextLayout.Shown.MILLIONS, 1, 12)));
    List<JsonField> units = new ArrayList<>();
    units.add(JsonField.text("backward", "column sum of L over the average column sum"));
    units.add(JsonField.text("forward", "row sum of the Ghosh inverse over the average row sum"));
    units.add(JsonField.text("output_lost", meta.currency() + " per year"));
    List<JsonField> head = List.of(JsonField.text("ripple_version", meta.version()),
        JsonDocument.modelField(meta, ModelType.TYPE_I), JsonField.object("units", units));
    return new Document("Ripple: linkages of " + meta.model().name(), preamble, head,
        List.of(new Document.TableSection(rows, "sectors", true, layout, true),
            Document.TableSection.sheetOnly(MetadataTable.of(meta, Provenance.NONE, ModelType.TYPE_I, List.of()))));
  }
}
