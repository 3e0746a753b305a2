package org.ripple.cli.output;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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

  /** {@code <what> of <name> - <title> (<year>)}, a report's first line. */
  static String titleLine(String what, ModelInfo info) {
    return what + " of " + info.name() + " - " + info.title() + " (" + info.year() + ")";
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
      for (JsonField f : head(meta, system, ratios)) {
        DocumentJson.field(g, f);
      }
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

  /**
   * What the JSON document of multipliers opens with: the Ripple version, the model block (Type II when
   * {@code system} has households) and the units (with the unit of the direct-effect ratios when {@code ratios}).
   */
  static List<JsonField> head(ReportMeta meta, LeontiefSystem system, boolean ratios) {
    List<JsonField> units = new ArrayList<>();
    units.add(JsonField.text("output", "per unit of final demand"));
    units.add(JsonField.text("jobs_effect", "jobs per " + meta.currency() + " 1 million of final demand"));
    units.add(JsonField.text("income_effect", "per unit of final demand"));
    units.add(JsonField.text("value_added_effect", "per unit of final demand"));
    if (ratios) {
      units.add(JsonField.text("multiplier", "total effect / direct effect"));
    }
    return List.of(JsonField.text("ripple_version", meta.version()),
        JsonDocument.modelField(meta, system.hasTypeII() ? ModelType.TYPE_II : ModelType.TYPE_I),
        JsonField.object("units", units));
  }
}
