package org.ripple.cli.output;


import org.ripple.cli.io.Csv;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.Sector;
import org.ripple.core.SectorIndex;
import org.ripple.core.impact.Impact;
import org.ripple.core.impact.ModelType;
import org.ripple.core.scenario.ScenarioResult;
import org.ripple.core.scenario.ShockKind;
import org.ripple.core.scenario.ShockResult;
import org.ripple.core.uncertainty.Headline;
import org.ripple.core.uncertainty.Summary;
import org.ripple.core.uncertainty.UncertainInput;

/**
 * Renders a scenario result as a terminal table, CSV or JSON. Losses are negative. Money is in plain currency units
 * in CSV and JSON and in millions in the table; jobs are persons. Figures the model cannot give are null (JSON),
 * empty (CSV) or n/a (table), never 0.
 */
public final class RunReport {
  private static final Measure[] MEASURES = {Measure.JOBS, Measure.LABOUR_INCOME, Measure.VALUE_ADDED,
      Measure.OUTPUT};

  private final ScenarioResult result;
  private final ReportMeta meta;
  private final SectorIndex index;
  /** The regions of a multi-regional model: results are also broken down by region (empty: nothing changes). */
  private final java.util.Optional<org.ripple.core.Regions> regions;
  private final TimelineReport timeline;
  private final TableStyle style;

  private Uncertainty uncertainty;
  private final List<String> extraNotes = new ArrayList<>();

  /**
   * Adds notes the engine does not know about (NAICS codes mapped to sectors, what a distribution means without
   * draws), listed before the engine's. May be called more than once.
   */
  public RunReport withNotes(List<String> notes) {
    this.extraNotes.addAll(notes);
    return this;
  }

  public RunReport(ScenarioResult result, ReportMeta meta) {
    this(result, meta, (org.ripple.core.time.Timeline) null, TableStyle.PLAIN);
  }

  /** A report with a timeline section (period table, CSV period rows, JSON timeline), or none when null. */
  public RunReport(ScenarioResult result, ReportMeta meta, org.ripple.core.time.Timeline timeline) {
    this(result, meta, timeline, TableStyle.PLAIN);
  }

  /** A report whose terminal table follows {@code style} (colour, quiet); CSV and JSON ignore it. */
  public RunReport(ScenarioResult result, ReportMeta meta, TableStyle style) {
    this(result, meta, (org.ripple.core.time.Timeline) null, style);
  }

  /** A report with an optional timeline (null: none) and a terminal-table style. */
  public RunReport(ScenarioResult result, ReportMeta meta, org.ripple.core.time.Timeline timeline,
      TableStyle style) {
    this.result = result;
    this.meta = meta;
    this.index = result.system().model().sectors();
    this.regions = result.system().model().regions();
    this.timeline = timeline == null ? null : new TimelineReport(timeline, meta);
    this.style = style;
  }

  /** The effect of a measure summed over the sectors of one region. */
  private double regionSum(Impact impact, Measure m, Effect e, int region) {
    org.ripple.core.Regions r = regions.orElseThrow();
    double s = 0;
    for (int i = 0; i < index.size(); i++) {
      if (r.regionOf(i) == region) {
        s += impact.value(m, e, i);
      }
    }
    return s;
  }

  /** The one region every shock hits, or -1 when the shocks hit several (or none). */
  private int shockedRegion() {
    org.ripple.core.Regions r = regions.orElseThrow();
    int found = -1;
    for (ShockResult s : result.shocks()) {
      int p = index.positionOf(s.sector());
      int region = p < 0 ? -1 : r.regionOf(p);
      if (region < 0 || (found >= 0 && region != found)) {
        return -1;
      }
      found = region;
    }
    return found;
  }

  private void regionTable(StringBuilder out, org.ripple.core.Regions r, Impact total) {
    out.append('\n').append("By region (total effect)\n");
    int w = 10;
    for (org.ripple.core.Regions.Region reg : r.regions()) {
      w = Math.max(w, (reg.code() + " " + reg.name()).length());
    }
    int shocked = shockedRegion();
    String outside = shocked < 0 ? null : "Outside " + r.at(shocked).code();
    w = Math.min(Math.max(w, outside == null ? 0 : outside.length()), 60);
    out.append(header(w + 2));
    for (int k = 0; k < r.size(); k++) {
      out.append("  ").append(Fmt.right(truncate(r.at(k).code() + " " + r.at(k).name(), w), w));
      for (Measure m : MEASURES) {
        out.append(Fmt.left(total.available(m, Effect.TOTAL)
            ? tableNumber(m, regionSum(total, m, Effect.TOTAL, k) * meta.scale(m)) : "n/a", COL));
      }
      out.append('\n');
    }
    if (outside != null) {
      out.append("  ").append(Fmt.right(outside, w));
      for (Measure m : MEASURES) {
        String cell = "n/a";
        if (total.available(m, Effect.TOTAL)) {
          double v = 0;
          for (int k = 0; k < r.size(); k++) {
            v += k == shocked ? 0 : regionSum(total, m, Effect.TOTAL, k);
          }
          cell = tableNumber(m, v * meta.scale(m));
        }
        out.append(Fmt.left(cell, COL));
      }
      out.append('\n');
    }
  }

  /** Adds the Monte Carlo summaries (P5, P50, P95, mean, sd of every headline cell) to every format. */
  public RunReport withUncertainty(Uncertainty u) {
    this.uncertainty = u;
    return this;
  }

  public String render(OutputFormat format) {
    return switch (format) {
      case TABLE -> table();
      case CSV -> csv();
      case JSON -> json();
      case XLSX -> throw new IllegalArgumentException("xlsx is binary; see org.ripple.cli.output.xlsx.XlsxWriter");
    };
  }

  private boolean hasOffsets() {
    return result.hasKind(ShockKind.OFFSET);
  }

  // ---------------------------------------------------------------- table

  String table() {
    StringBuilder out = new StringBuilder();
    var info = meta.model();
    Impact total = result.total();
    if (!style.quiet()) {
    out.append("Scenario: ").append(result.scenario().name()).append('\n');
    if (!result.scenario().description().isBlank()) {
      for (String line : wrap(oneLine(result.scenario().description()), 100)) {
        out.append("  ").append(line).append('\n');
      }
    }
    out.append("Model:    ").append(info.name()).append(" - ").append(info.title()).append(" (")
        .append(info.year()).append(", Type ").append(total.type().suffix())
        .append(total.type() == ModelType.TYPE_I ? ", no household data: induced n/a" : "").append(")\n");
    out.append("Units:    jobs in persons; money in ").append(meta.currency()).append(" millions per year; losses negative\n\n");
    }
    summaryTable(out, "Impact", total);
    if (hasOffsets()) {
      out.append('\n');
      summaryTable(out, "Gross loss (closures and subcontractors)", result.grossLoss());
      out.append('\n');
      summaryTable(out, "Offsets", result.of(java.util.EnumSet.of(ShockKind.OFFSET)));
    }
    if (uncertainty != null) {
      uncertaintyTables(out);
    }
    out.append('\n').append("By shock (total effect)\n");
    int w = 10;
    for (ShockResult s : result.shocks()) {
      w = Math.max(w, label(s).length());
    }
    w = Math.min(w, 60);
    out.append(header(w + 2));
    for (ShockResult s : result.shocks()) {
      out.append("  ").append(Fmt.right(truncate(label(s), w), w)).append(row(s.impact(), Effect.TOTAL)).append('\n');
    }
    regions.ifPresent(r -> regionTable(out, r, total));
    out.append('\n').append("Largest sector effects (total jobs; output where jobs are n/a)\n");
    List<Integer> order = sectorOrder(total);
    int shown = Math.min(10, order.size());
    int nw = 10;
    for (int k = 0; k < shown; k++) {
      Sector sec = index.at(order.get(k));
      nw = Math.max(nw, (sec.code() + " " + sec.name()).length());
    }
    nw = Math.min(nw, 60);
    out.append(header(nw + 2));
    for (int k = 0; k < shown; k++) {
      int i = order.get(k);
      Sector sec = index.at(i);
      out.append("  ").append(Fmt.right(truncate(sec.code() + " " + sec.name(), nw), nw));
      for (Measure m : MEASURES) {
        out.append(cell(total, m, Effect.TOTAL, i));
      }
      out.append('\n');
    }
    if (timeline != null) {
      timeline.table(out);
    }
    List<String> notes = notes();
    if (!notes.isEmpty() && !style.quiet()) {
      out.append("\nNotes\n");
      for (String n : notes) {
        out.append("  - ").append(oneLine(n)).append('\n');
      }
    }
    return out.toString();
  }

  private List<String> notes() {
    List<String> notes = new ArrayList<>(extraNotes);
    notes.addAll(result.notes());
    for (ShockResult s : result.shocks()) {
      for (String n : s.notes()) {
        notes.add(s.name() + ": " + n);
      }
    }
    return notes;
  }

  private List<Headline.Block> uncertaintyBlocks() {
    return hasOffsets() ? List.of(Headline.Block.values()) : List.of(Headline.Block.SUMMARY);
  }

  private static String blockTitle(Headline.Block b) {
    return switch (b) {
      case SUMMARY -> "Impact";
      case GROSS_LOSS -> "Gross loss";
      case OFFSETS -> "Offsets";
    };
  }

  private void uncertaintyTables(StringBuilder out) {
    out.append('\n').append("Uncertainty: ").append(Fmt.grouped(uncertainty.draws(), 0)).append(" draws, seed ")
        .append(uncertainty.seed()).append("; 5th, 50th and 95th percentiles, mean, standard deviation\n");
    for (Headline.Block b : uncertaintyBlocks()) {
      out.append("  ").append(blockTitle(b)).append('\n');
      out.append(header(18));
      for (Effect e : Effect.values()) {
        String name = e.key().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + e.key().substring(1);
        for (Uncertainty.Stat st : Uncertainty.Stat.values()) {
          out.append("  ").append(Fmt.right(st == Uncertainty.Stat.P5 ? name : "", 10))
              .append(Fmt.right(st.label, 6));
          for (Measure m : MEASURES) {
            Summary sum = uncertainty.summary(b, e, m);
            out.append(Fmt.left(sum.available() ? tableNumber(m, st.of(sum) * meta.scale(m)) : "n/a", COL));
          }
          out.append('\n');
        }
      }
    }
  }

  private List<Integer> sectorOrder(Impact total) {
    Measure key = total.available(Measure.JOBS, Effect.TOTAL) ? Measure.JOBS : Measure.OUTPUT;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < index.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -Math.abs(total.value(key, Effect.TOTAL, i)))
        .thenComparing(i -> i));
    return order;
  }

  private static String label(ShockResult s) {
    return s.kind().key().replace('_', ' ') + ": " + s.name();
  }

  private static String truncate(String s, int w) {
    return s.length() <= w ? s : s.substring(0, w - 1) + "~";
  }

  /** Greedy word wrap at a width. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" +")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static String oneLine(String s) {
    return s.replace('\n', ' ').replace('\r', ' ').trim();
  }

  private static final int COL = 16;

  /** Two header lines after {@code indent} spaces: the measures, then their units. */
  private String header(int indent) {
    String money = meta.currency() + " M/year";
    return Fmt.right("", indent) + Fmt.left("Jobs", COL) + Fmt.left("Labour income", COL)
        + Fmt.left("Value added", COL) + Fmt.left("Output", COL) + "\n"
        + Fmt.right("", indent) + Fmt.left("persons", COL) + Fmt.left(money, COL) + Fmt.left(money, COL)
        + Fmt.left(money, COL) + "\n";
  }

  private void summaryTable(StringBuilder out, String title, Impact impact) {
    out.append(title).append('\n');
    out.append(header(12));
    for (Effect e : Effect.values()) {
      String name = e.key().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + e.key().substring(1);
      out.append("  ").append(Fmt.right(name, 10)).append(row(impact, e)).append('\n');
    }
  }

  private String row(Impact impact, Effect e) {
    StringBuilder sb = new StringBuilder();
    for (Measure m : MEASURES) {
      sb.append(style.loss(Fmt.left(impact.available(m, e) ? tableNumber(m, impact.sum(m, e) * meta.scale(m))
          : "n/a", COL)));
    }
    return sb.toString();
  }

  private String cell(Impact impact, Measure m, Effect e, int sector) {
    return style.loss(Fmt.left(impact.available(m, e)
        ? tableNumber(m, impact.value(m, e, sector) * meta.scale(m)) : "n/a", COL));
  }

  private static String tableNumber(Measure m, double v) {
    return m == Measure.JOBS ? Fmt.grouped(v, 0) : Fmt.grouped(v / 1e6, 1);
  }

  // ---------------------------------------------------------------- CSV

  String csv() {
    StringBuilder out = new StringBuilder();
    out.append("scope,kind,name,code,effect,jobs,labour_income,value_added,output\n");
    csvBlock(out, "summary", "", result.scenario().name(), "", result.total(), -1);
    csvUncertainty(out, Headline.Block.SUMMARY, result.scenario().name());
    if (hasOffsets()) {
      csvBlock(out, "gross_loss", "", "closures and subcontractors", "", result.grossLoss(), -1);
      csvUncertainty(out, Headline.Block.GROSS_LOSS, "closures and subcontractors");
      csvBlock(out, "offsets", "", "offsets", "", result.of(java.util.EnumSet.of(ShockKind.OFFSET)), -1);
      csvUncertainty(out, Headline.Block.OFFSETS, "offsets");
    }
    for (ShockResult s : result.shocks()) {
      csvBlock(out, "shock", s.kind().key(), s.name(), s.sector(), s.impact(), -1);
    }
    for (int i = 0; i < index.size(); i++) {
      Sector sec = index.at(i);
      csvBlock(out, "sector", "", sec.name(), sec.code(), result.total(), i);
    }
    if (regions.isPresent()) {
      for (int k = 0; k < regions.get().size(); k++) {
        org.ripple.core.Regions.Region reg = regions.get().at(k);
        csvRegion(out, reg, result.total(), k);
      }
    }
    if (timeline != null) {
      timeline.csv(out);
    }
    return out.toString();
  }

  private void csvBlock(StringBuilder out, String scope, String kind, String name, String code, Impact impact,
      int sector) {
    for (Effect e : Effect.values()) {
      out.append(scope).append(',').append(kind).append(',').append(Csv.text(name)).append(',')
          .append(Csv.text(code)).append(',').append(e.key());
      for (Measure m : MEASURES) {
        out.append(',');
        if (impact.available(m, e)) {
          double v = sector < 0 ? impact.sum(m, e) : impact.value(m, e, sector);
          out.append(Fmt.plain(v * meta.scale(m)));
        }
      }
      out.append('\n');
    }
  }

  private void csvRegion(StringBuilder out, org.ripple.core.Regions.Region reg, Impact impact, int region) {
    for (Effect e : Effect.values()) {
      out.append("region,,").append(Csv.text(reg.name())).append(',').append(Csv.text(reg.code())).append(',')
          .append(e.key());
      for (Measure m : MEASURES) {
        out.append(',');
        if (impact.available(m, e)) {
          out.append(Fmt.plain(regionSum(impact, m, e, region) * meta.scale(m)));
        }
      }
      out.append('\n');
    }
  }

  /** Rows {@code scope,<stat>,name,,effect,...} after a block's own rows, only with draws. */
  private void csvUncertainty(StringBuilder out, Headline.Block block, String name) {
    if (uncertainty == null) {
      return;
    }
    for (Uncertainty.Stat st : Uncertainty.Stat.values()) {
      for (Effect e : Effect.values()) {
        out.append(block.key()).append(',').append(st.key).append(',').append(Csv.text(name)).append(",,")
            .append(e.key());
        for (Measure m : MEASURES) {
          out.append(',');
          Summary sum = uncertainty.summary(block, e, m);
          if (sum.available()) {
            out.append(Fmt.plain(st.of(sum) * meta.scale(m)));
          }
        }
        out.append('\n');
      }
    }
  }

  // ---------------------------------------------------------------- JSON

  String json() {
    StringWriter sw = new StringWriter();
    try (JsonGenerator g = Json.generator(sw)) {
      g.writeStartObject();
      g.writeStringField("ripple_version", meta.version());
      g.writeObjectFieldStart("scenario");
      g.writeStringField("name", result.scenario().name());
      g.writeStringField("description", result.scenario().description());
      if (meta.scenarioFile() != null) {
        g.writeStringField("file", meta.scenarioFile());
      }
      g.writeEndObject();
      Json.modelBlock(g, meta, result.total().type());
      g.writeObjectFieldStart("units");
      g.writeStringField("jobs", "persons");
      g.writeStringField("money", meta.currency() + " per year");
      g.writeStringField("sign", "losses are negative");
      g.writeEndObject();
      g.writeFieldName("summary");
      effects(g, result.total(), -1);
      if (hasOffsets()) {
        g.writeFieldName("gross_loss");
        effects(g, result.grossLoss(), -1);
        g.writeFieldName("offsets");
        effects(g, result.of(java.util.EnumSet.of(ShockKind.OFFSET)), -1);
      }
      if (uncertainty != null) {
        uncertaintyJson(g);
      }
      g.writeArrayFieldStart("sectors");
      for (int i = 0; i < index.size(); i++) {
        g.writeStartObject();
        g.writeStringField("code", index.at(i).code());
        g.writeStringField("name", index.at(i).name());
        effectFields(g, result.total(), i);
        g.writeEndObject();
      }
      g.writeEndArray();
      if (regions.isPresent()) {
        g.writeArrayFieldStart("regions");
        for (int k = 0; k < regions.get().size(); k++) {
          g.writeStartObject();
          g.writeStringField("code", regions.get().at(k).code());
          g.writeStringField("name", regions.get().at(k).name());
          for (Effect e : Effect.values()) {
            g.writeObjectFieldStart(e.key());
            for (Measure m : MEASURES) {
              g.writeFieldName(m.key());
              if (result.total().available(m, e)) {
                g.writeNumber(Fmt.plain(regionSum(result.total(), m, e, k) * meta.scale(m)));
              } else {
                g.writeNull();
              }
            }
            g.writeEndObject();
          }
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeArrayFieldStart("shocks");
      for (ShockResult s : result.shocks()) {
        g.writeStartObject();
        g.writeStringField("kind", s.kind().key());
        g.writeStringField("name", s.name());
        g.writeStringField("sector", s.sector());
        g.writeFieldName("summary");
        effects(g, s.impact(), -1);
        g.writeArrayFieldStart("notes");
        for (String n : s.notes()) {
          g.writeString(n);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      if (timeline != null) {
        timeline.json(g);
      }
      g.writeArrayFieldStart("notes");
      for (String n : extraNotes) {
        g.writeString(n);
      }
      for (String n : result.notes()) {
        g.writeString(n);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sw.toString() + "\n";
  }

  private void uncertaintyJson(JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("uncertainty");
    g.writeNumberField("draws", uncertainty.draws());
    g.writeNumberField("seed", uncertainty.seed());
    g.writeStringField("percentiles", "nearest rank");
    g.writeArrayFieldStart("inputs");
    for (UncertainInput in : uncertainty.inputs()) {
      g.writeStartObject();
      g.writeStringField("field", in.field());
      g.writeStringField("distribution", in.distribution().describe());
      g.writeFieldName("mean");
      g.writeNumber(Fmt.plain(in.distribution().mean()));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("model_uncertainty");
    g.writeFieldName("coefficient_sigma");
    g.writeNumber(Fmt.plain(uncertainty.model().coefficientSigma()));
    g.writeStringField("per", uncertainty.model().scope().key());
    g.writeFieldName("household_share_sigma");
    g.writeNumber(Fmt.plain(uncertainty.model().householdSigma()));
    g.writeEndObject();
    for (Headline.Block b : uncertaintyBlocks()) {
      g.writeObjectFieldStart(b.key());
      for (Effect e : Effect.values()) {
        g.writeObjectFieldStart(e.key());
        for (Measure m : MEASURES) {
          Summary sum = uncertainty.summary(b, e, m);
          if (!sum.available()) {
            g.writeNullField(m.key());
            continue;
          }
          g.writeObjectFieldStart(m.key());
          for (Uncertainty.Stat st : Uncertainty.Stat.values()) {
            g.writeFieldName(st.key);
            g.writeNumber(Fmt.plain(st.of(sum) * meta.scale(m)));
          }
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private void effects(JsonGenerator g, Impact impact, int sector) throws IOException {
    g.writeStartObject();
    effectFields(g, impact, sector);
    g.writeEndObject();
  }

  private void effectFields(JsonGenerator g, Impact impact, int sector) throws IOException {
    for (Effect e : Effect.values()) {
      g.writeObjectFieldStart(e.key());
      for (Measure m : MEASURES) {
        g.writeFieldName(m.key());
        if (impact.available(m, e)) {
          double v = sector < 0 ? impact.sum(m, e) : impact.value(m, e, sector);
          g.writeNumber(Fmt.plain(v * meta.scale(m)));
        } else {
          g.writeNull();
        }
      }
      g.writeEndObject();
    }
  }

  /** Shared JSON plumbing: a deterministic pretty printer (two spaces, LF), a whole document and the model block. */
  static final class Json {
    private Json() {}

    /** Writes a whole JSON document. */
    @FunctionalInterface
    interface Body {
      void write(JsonGenerator g) throws IOException;
    }

    /** The document {@code body} writes on a {@link #generator}, followed by a line break. */
    static String document(Body body) {
      StringWriter sw = new StringWriter();
      try (JsonGenerator g = generator(sw)) {
        body.write(g);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return sw + "\n";
    }

    static JsonGenerator generator(StringWriter sw) throws IOException {
      JsonGenerator g = new JsonFactory().createGenerator(sw);
      DefaultPrettyPrinter pp = new DefaultPrettyPrinter();
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      pp.indentObjectsWith(indenter);
      pp.indentArraysWith(indenter);
      g.setPrettyPrinter(pp);
      return g;
    }

    static void modelBlock(JsonGenerator g, ReportMeta meta, ModelType type) throws IOException {
      var info = meta.model();
      g.writeObjectFieldStart("model");
      g.writeStringField("name", info.name());
      g.writeStringField("title", info.title());
      g.writeStringField("region", info.region());
      g.writeNumberField("year", info.year());
      g.writeStringField("currency", info.currency());
      g.writeStringField("unit", info.unit());
      g.writeStringField("type", type.suffix());
      g.writeStringField("jobs_definition", info.jobsDefinition());
      if (!meta.attribution().isEmpty()) {
        g.writeStringField("attribution", meta.attribution());
      }
      g.writeEndObject();
    }
  }
}
