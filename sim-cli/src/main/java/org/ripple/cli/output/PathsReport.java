package org.ripple.cli.output;

import java.util.ArrayList;
import java.util.List;
import org.ripple.cli.output.tables.Column;
import org.ripple.cli.output.tables.Table;
import org.ripple.core.Measure;
import org.ripple.core.explain.PathGraph;
import org.ripple.core.explain.PathReport;
import org.ripple.core.explain.StructuralPath;
import org.ripple.core.impact.ModelType;

/**
 * Renders the largest structural paths of a scenario ("where the effect travels") as a terminal table, CSV or JSON.
 * A path is written as its node codes joined by {@code ->} (region-qualified codes for a multi-regional model,
 * {@code households} or {@code households.QC} for a household node); values are the measure's, jobs in persons and
 * money in currency units (the table: millions), losses negative; a share is the path's value over the scenario's
 * total effect in the measure, and the coverage is the listed paths' sum over that total.
 */
public final class PathsReport implements Report {
  /** How a path's nodes are joined in text. */
  public static final String ARROW = " -> ";

  private final PathReport report;
  private final PathGraph graph;
  private final Measure measure;
  private final ModelType type;
  private final ReportMeta meta;
  private final String scenario;
  private final int depth;
  private final TableStyle style;

  /**
   * @param scenario the scenario's name
   * @param depth the most edges a path may have, as asked
   */
  public PathsReport(PathReport report, PathGraph graph, Measure measure, ModelType type, ReportMeta meta,
      String scenario, int depth, TableStyle style) {
    this.report = report;
    this.graph = graph;
    this.measure = measure;
    this.type = type;
    this.meta = meta;
    this.scenario = scenario;
    this.depth = depth;
    this.style = style;
  }

  /** The paths found, with the total they are part of. */
  public PathReport paths() {
    return report;
  }

  public Measure measure() {
    return measure;
  }

  public ModelType type() {
    return type;
  }

  /** The path's node codes in order. */
  public List<String> codes(StructuralPath path) {
    List<String> codes = new ArrayList<>();
    for (int node : path.nodes()) {
      codes.add(graph.label(node));
    }
    return codes;
  }

  /** A figure in report units: persons, or currency units a year. */
  public double reported(double modelValue) {
    return modelValue * meta.scale(measure);
  }

  /** The paths as a keyed table: rank, steps, path, the measure's value in report units, share of the total. */
  public Table rows() {
    Column value = measure == Measure.JOBS ? Column.jobs("Jobs (persons)")
        : Column.money(measure.key() + " (" + meta.currency() + ")");
    Table.Builder t = Table.builder("Paths", "Where the effect travels", Column.ratio("Rank").keyed("rank"),
        Column.ratio("Steps").keyed("steps"), Column.text("Path").keyed("path"), value.keyed(measure.key()),
        Column.ratio("Share").keyed("share"));
    int rank = 1;
    for (StructuralPath p : report.paths()) {
      t.row(rank++, p.depth(), String.join(ARROW, codes(p)), reported(p.value()), report.share(p));
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
    boolean money = measure != Measure.JOBS;
    String unit = money ? meta.currency() + " M/year" : "persons";
    if (!style.quiet()) {
      out.append("Where the effect travels: ").append(scenario).append(" (Type ").append(type.suffix())
          .append(", ").append(measure.key()).append(")\n");
      out.append("Model:  ").append(meta.model().name()).append(" - ").append(meta.model().title()).append('\n');
      out.append("Paths:  the ").append(report.paths().size()).append(" largest of at most ").append(depth)
          .append(" steps, from each shocked sector to the sector where the effect lands; ").append(unit)
          .append("; losses negative\n\n");
    }
    String heading = measure == Measure.JOBS ? "Jobs" : measure == Measure.OUTPUT ? "Output"
        : measure == Measure.LABOUR_INCOME ? "Labour income" : "Value added";
    out.append(Fmt.left("#", 4)).append(Fmt.left(heading, 16)).append(Fmt.left("Share", 9)).append("  Path\n");
    out.append(Fmt.left("", 4)).append(Fmt.left(unit, 16)).append(Fmt.left("of total", 9)).append('\n');
    int rank = 1;
    for (StructuralPath p : report.paths()) {
      out.append(Fmt.left(Integer.toString(rank++), 4)).append(Fmt.left(figure(p.value()), 16))
          .append(Fmt.left(percent(report.share(p)), 9)).append("  ").append(String.join(ARROW, codes(p)))
          .append('\n');
    }
    if (!style.quiet()) {
      out.append("\nThe listed paths cover ").append(percent(report.coverage())).append(" of the total Type ")
          .append(type.suffix()).append(" effect (").append(figure(report.total())).append(' ').append(unit)
          .append(").\n");
      if (!report.complete()) {
        out.append("The search stopped at its limit of partial paths: a larger path may be missing.\n");
      }
    }
    return out.toString();
  }

  /** A figure for people: persons with one decimal, or currency millions with two. */
  public String figure(double modelValue) {
    double v = reported(modelValue);
    return measure == Measure.JOBS ? Fmt.grouped(v, 1) : Fmt.grouped(v / 1e6, 2);
  }

  /** A share as a percentage with one decimal. */
  public static String percent(double share) {
    return Fmt.fixed(100 * share, 1) + "%";
  }

  @Override
  public String json() {
    return JsonDocument.of(g -> {
      g.writeStartObject();
      g.writeStringField("ripple_version", meta.version());
      g.writeObjectFieldStart("scenario");
      g.writeStringField("name", scenario);
      if (meta.scenarioFile() != null) {
        g.writeStringField("file", meta.scenarioFile());
      }
      g.writeEndObject();
      JsonDocument.modelBlock(g, meta, type);
      g.writeObjectFieldStart("units");
      g.writeStringField(measure.key(), measure == Measure.JOBS ? "persons" : meta.currency() + " per year");
      g.writeStringField("share", "of the total effect");
      g.writeStringField("sign", "losses are negative");
      g.writeEndObject();
      g.writeStringField("measure", measure.key());
      g.writeNumberField("depth", depth);
      JsonDocument.number(g, "total", reported(report.total()));
      JsonDocument.number(g, "coverage", report.coverage());
      g.writeBooleanField("complete", report.complete());
      g.writeArrayFieldStart("paths");
      for (StructuralPath p : report.paths()) {
        g.writeStartObject();
        g.writeArrayFieldStart("path");
        for (String code : codes(p)) {
          g.writeString(code);
        }
        g.writeEndArray();
        JsonDocument.number(g, measure.key(), reported(p.value()));
        JsonDocument.number(g, "share", report.share(p));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }
}
