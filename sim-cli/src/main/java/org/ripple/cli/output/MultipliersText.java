package org.ripple.cli.output;

import java.util.ArrayList;
import java.util.List;
import org.ripple.core.ModelInfo;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.impact.ModelType;

/**
 * What {@link MultipliersReport} and {@link RegionalMultipliersReport} say alike: the title line of the table, and
 * what the JSON document opens with (version, model block, units).
 */
final class MultipliersText {
  private MultipliersText() {}

  /** {@code <what> of <name> - <title> (<year>)}, a report's first line. */
  static String titleLine(String what, ModelInfo info) {
    return what + " of " + info.name() + " - " + info.title() + " (" + info.year() + ")";
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
