package org.ripple.cli.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.impact.ModelType;

/**
 * What every JSON report writes alike: a deterministic pretty printer (two spaces, LF), the whole document followed by
 * a line break, the model block, and number fields that are null when a figure is not available (NaN).
 */
final class JsonDocument {
  private JsonDocument() {}

  /** Writes the body of a JSON document. */
  @FunctionalInterface
  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  /** The document {@code body} writes, followed by a line break. */
  static String of(Body body) {
    StringWriter sw = new StringWriter();
    try {
      write(body, sw);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return sw.toString();
  }

  /** The document {@code body} writes, followed by a line break, streamed to {@code out} (never one string). */
  static void write(Body body, Writer out) throws IOException {
    try (JsonGenerator g = generator(out)) {
      body.write(g);
    }
    out.write('\n');
  }

  private static JsonGenerator generator(Writer out) throws IOException {
    JsonGenerator g = new JsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter();
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    pp.indentObjectsWith(indenter);
    pp.indentArraysWith(indenter);
    g.setPrettyPrinter(pp);
    return g;
  }

  /** A number field with its exact text; null when the value is not available (NaN). */
  static void number(JsonGenerator g, String name, double v) throws IOException {
    g.writeFieldName(name);
    if (Double.isNaN(v)) {
      g.writeNull();
    } else {
      char[] text = new char[org.ripple.cli.io.Numbers.SHORTEST_MAX_CHARS];
      g.writeNumber(text, 0, org.ripple.cli.io.Numbers.shortest(v, text, 0));
    }
  }

  /**
   * The object {@code key}: one object per effect ({@code direct}, {@code indirect}, {@code induced},
   * {@code total}) with the four measures, the jobs under {@code jobsKey}; a figure not available is null.
   */
  static JsonField effectsField(String key, String jobsKey, Figures.EffectFigure figure) {
    List<JsonField> effects = new ArrayList<>();
    for (Effect e : Effect.values()) {
      List<JsonField> measures = new ArrayList<>();
      for (Measure m : Figures.MEASURES) {
        measures.add(new JsonField(m == Measure.JOBS ? jobsKey : m.key(), figure.of(e, m)));
      }
      effects.add(JsonField.object(e.key(), measures));
    }
    return JsonField.object(key, effects);
  }

  /** The "model" object: name, title, region, year, currency, unit, type, jobs definition, attribution if any. */
  static JsonField modelField(ReportMeta meta, ModelType type) {
    var info = meta.model();
    List<JsonField> f = new ArrayList<>();
    f.add(JsonField.text("name", info.name()));
    f.add(JsonField.text("title", info.title()));
    f.add(JsonField.text("region", info.region()));
    f.add(new JsonField("year", info.year()));
    f.add(JsonField.text("currency", info.currency()));
    f.add(JsonField.text("unit", info.unit()));
    f.add(JsonField.text("type", type.suffix()));
    f.add(JsonField.text("jobs_definition", info.jobsDefinition()));
    if (!meta.attribution().isEmpty()) {
      f.add(JsonField.text("attribution", meta.attribution()));
    }
    return JsonField.object("model", f);
  }

  /** The "units" object of the reports of annual effects; {@code extra} pairs of key and text follow the sign. */
  static JsonField effectUnitsField(ReportMeta meta, String... extra) {
    List<JsonField> f = new ArrayList<>();
    f.add(JsonField.text("jobs", "persons"));
    f.add(JsonField.text("money", meta.currency() + " per year"));
    f.add(JsonField.text("sign", "losses are negative"));
    for (int k = 0; k + 1 < extra.length; k += 2) {
      f.add(JsonField.text(extra[k], extra[k + 1]));
    }
    return JsonField.object("units", f);
  }
}
