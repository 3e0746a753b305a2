package org.ripple.cli.output;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.ripple.core.ModelInfo;
import org.ripple.core.SectorIndex;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.impact.ModelType;

/**
 * What {@link MultipliersReport} and {@link RegionalMultipliersReport} write alike: the title line and heading rows of
 * the table, and the JSON document around the sectors (version, model block, units).
 */
final class MultipliersText {
  private MultipliersText() {}

  /** Writes the fields of sector j after its code and name. */
  @FunctionalInterface
  interface SectorFields {
    void write(JsonGenerator g, int j) throws IOException;
  }

  /** {@code <what> of <name> - <title> (<year>)} and a line break. */
  static void title(StringBuilder out, String what, ModelInfo info) {
    out.append(what).append(" of ").append(info.name()).append(" - ").append(info.title()).append(" (")
        .append(info.year()).append(")\n");
  }

  /**
   * A heading row, without its line break: {@code first} padded to {@code firstWidth}, then every cell right-aligned
   * in {@code width}.
   */
  static void headings(StringBuilder out, String first, int firstWidth, String[] cells, int width) {
    out.append(Fmt.right(first, firstWidth));
    for (String cell : cells) {
      out.append(Fmt.left(cell, width));
    }
  }

  /**
   * The JSON document, ending with a line break: the Ripple version, the model block (Type II when {@code system}
   * has households), the units (with the unit of the direct-effect ratios when {@code ratios}), then one object a
   * sector of the model in "sectors": its code, its name and what {@code fields} writes.
   */
  static String json(ReportMeta meta, LeontiefSystem system, boolean ratios, SectorFields fields) {
    return JsonDocument.of(g -> {
      g.writeStartObject();
      g.writeStringField("ripple_version", meta.version());
      JsonDocument.modelBlock(g, meta, system.hasTypeII() ? ModelType.TYPE_II : ModelType.TYPE_I);
      g.writeObjectFieldStart("units");
      g.writeStringField("output", "per unit of final demand");
      g.writeStringField("jobs_effect", "jobs per " + meta.currency() + " 1 million of final demand");
      g.writeStringField("income_effect", "per unit of final demand");
      g.writeStringField("value_added_effect", "per unit of final demand");
      if (ratios) {
        g.writeStringField("multiplier", "total effect / direct effect");
      }
      g.writeEndObject();
      g.writeArrayFieldStart("sectors");
      SectorIndex index = system.model().sectors();
      for (int j = 0; j < index.size(); j++) {
        g.writeStartObject();
        g.writeStringField("code", index.at(j).code());
        g.writeStringField("name", index.at(j).name());
        fields.write(g, j);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }
}
