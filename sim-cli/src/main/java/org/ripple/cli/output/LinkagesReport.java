package org.ripple.cli.output;

import org.ripple.cli.output.tables.Column;
import org.ripple.cli.output.tables.Table;
import org.ripple.core.Sector;
import org.ripple.core.SectorIndex;
import org.ripple.core.explain.Linkages;
import org.ripple.core.impact.ModelType;

/**
 * Renders the linkages of every sector of a model: the normalised backward (Rasmussen) and forward (Ghosh) linkages,
 * whether the sector is a key sector (both above 1) and the output lost by its hypothetical extraction, in currency
 * units (the table: millions). Without the extraction its column is empty (CSV), null (JSON) or n/a (table).
 */
public final class LinkagesReport implements Report {

  private final Linkages linkages;
  private final SectorIndex index;
  private final ReportMeta meta;
  private final TableStyle style;

  public LinkagesReport(Linkages linkages, SectorIndex index, ReportMeta meta, TableStyle style) {
    this.linkages = linkages;
    this.index = index;
    this.meta = meta;
    this.style = style;
  }

  /** The output lost by extracting sector j, in currency units; NaN when not computed. */
  private double lost(int j) {
    return linkages.hasExtraction() ? linkages.outputLost(j) * meta.model().unitFactor() : Double.NaN;
  }

  /** Every sector as a keyed table: code, name, backward, forward, key sector (true or false), output lost. */
  public Table rows() {
    Table.Builder t = Table.builder("Linkages", "Linkages and extraction", Column.text("Code").keyed("code"),
        Column.text("Name").keyed("name"), Column.ratio("Backward").keyed("backward"),
        Column.ratio("Forward").keyed("forward"), Column.text("Key sector").keyed("key_sector"),
        Column.money("Output lost (" + meta.currency() + ")").keyed("output_lost"));
    for (int j = 0; j < index.size(); j++) {
      Sector s = index.at(j);
      t.row(s.code(), s.name(), linkages.backward(j), linkages.forward(j), Boolean.toString(linkages.key(j)),
          lost(j));
    }
    return t.build();
  }

  @Override
  public String csv() {
    return TableCsv.of(rows());
  }

  @Override
  public String table() {
    StringBuilder out = new StringBuilder();
    if (!style.quiet()) {
      MultipliersText.title(out, "Linkages", meta.model());
      out.append("Backward (Rasmussen) and forward (Ghosh) linkages, normalised so that the average sector is 1; key "
          + "sector: both above 1. Extraction: total output lost without the sector's sales, purchases and final "
          + "demand, ").append(meta.currency()).append(" M/year.\n\n");
    }
    int nw = 12;
    for (Sector s : index.sectors()) {
      nw = Math.max(nw, (s.code() + " " + s.name()).length());
    }
    nw = Math.min(nw, 44);
    MultipliersText.headings(out, "Sector", nw, new String[] {"Backward", "Forward", "Key", "Extraction"}, 12);
    out.append('\n');
    for (int j = 0; j < index.size(); j++) {
      Sector s = index.at(j);
      String label = s.code() + " " + s.name();
      out.append(Fmt.right(label.length() > nw ? label.substring(0, nw - 1) + "~" : label, nw));
      out.append(Fmt.left(Fmt.fixed(linkages.backward(j), 4), 12)).append(Fmt.left(Fmt.fixed(linkages.forward(j), 4),
          12)).append(Fmt.left(linkages.key(j) ? "key" : "", 12));
      double lost = lost(j);
      out.append(Fmt.left(Double.isNaN(lost) ? "n/a" : Fmt.grouped(lost / 1e6, 1), 12)).append('\n');
    }
    return out.toString();
  }

  @Override
  public String json() {
    return JsonDocument.of(g -> {
      g.writeStartObject();
      g.writeStringField("ripple_version", meta.version());
      JsonDocument.modelBlock(g, meta, ModelType.TYPE_I);
      g.writeObjectFieldStart("units");
      g.writeStringField("backward", "column sum of L over the average column sum");
      g.writeStringField("forward", "row sum of the Ghosh inverse over the average row sum");
      g.writeStringField("output_lost", meta.currency() + " per year");
      g.writeEndObject();
      g.writeArrayFieldStart("sectors");
      for (int j = 0; j < index.size(); j++) {
        g.writeStartObject();
        g.writeStringField("code", index.at(j).code());
        g.writeStringField("name", index.at(j).name());
        JsonDocument.number(g, "backward", linkages.backward(j));
        JsonDocument.number(g, "forward", linkages.forward(j));
        g.writeBooleanField("key_sector", linkages.key(j));
        JsonDocument.number(g, "output_lost", lost(j));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }
}
