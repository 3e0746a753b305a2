package org.ripple.cli.output;

import java.util.ArrayList;
import java.util.List;
import org.ripple.cli.output.tables.Column;
import org.ripple.cli.output.tables.MetadataTable;
import org.ripple.cli.output.tables.Provenance;
import org.ripple.cli.output.tables.Table;
import org.ripple.core.Measure;
import org.ripple.core.explain.PathGraph;
import org.ripple.core.explain.PathReport;
import org.ripple.core.explain.StructuralPath;
import org.ripple.core.impact.ModelType;

/**
 * The largest structural paths of a scenario ("where the effect travels"), built once as a document. A path is
 * written as its node codes joined by {@code ->} (region-qualified codes for a multi-regional model,
 * {@code households} or {@code households.QC} for a household node; JSON: an array of the codes); values are the
 * measure's, jobs in persons and money in currency units (the terminal: millions), losses negative; a share is the
 * path's value over the scenario's total effect in the measure, and the coverage is the listed paths' sum over that
 * total.
 */
public final class PathsReport extends DocumentReport {
  /** How a path's nodes are joined in text. */
  public static final String ARROW = " -> ";

  /** What the paths are of. */
  private record Subject(PathReport report, PathGraph graph, Measure measure, ModelType type, ReportMeta meta) {
    List<String> codes(StructuralPath path) {
      List<String> codes = new ArrayList<>();
      for (int node : path.nodes()) {
        codes.add(graph.label(node));
      }
      return codes;
    }

    double reported(double modelValue) {
      return modelValue * meta.scale(measure);
    }

    String figure(double modelValue) {
      double v = reported(modelValue);
      return measure == Measure.JOBS ? Fmt.grouped(v, 1) : Fmt.grouped(v / 1e6, 2);
    }

    String unit() {
      return measure == Measure.JOBS ? "persons" : meta.currency() + " M/year";
    }
  }

  private final Subject subject;

  /**
   * @param scenario the scenario's name
   * @param depth the most edges a path may have, as asked
   */
  public PathsReport(PathReport report, PathGraph graph, Measure measure, ModelType type, ReportMeta meta,
      String scenario, int depth, TableStyle style) {
    this(new Subject(report, graph, measure, type, meta), scenario, depth, style);
  }

  private PathsReport(Subject s, String scenario, int depth, TableStyle style) {
    super(document(s, scenario, depth), style);
    this.subject = s;
  }

  /** The paths found, with the total they are part of. */
  public PathReport paths() {
    return subject.report();
  }

  public Measure measure() {
    return subject.measure();
  }

  public ModelType type() {
    return subject.type();
  }

  /** The path's node codes in order. */
  public List<String> codes(StructuralPath path) {
    return subject.codes(path);
  }

  /** A figure in report units: persons, or currency units a year. */
  public double reported(double modelValue) {
    return subject.reported(modelValue);
  }

  /** A figure for people: persons with one decimal, or currency millions with two. */
  public String figure(double modelValue) {
    return subject.figure(modelValue);
  }

  /** A share as a percentage with one decimal. */
  public static String percent(double share) {
    return Fmt.fixed(100 * share, 1) + "%";
  }

  /** The paths as a keyed table: rank, steps, path, the measure's value in report units, share of the total. */
  public Table rows() {
    return rows(subject);
  }

  private static Table rows(Subject s) {
    Measure measure = s.measure();
    Column value = measure == Measure.JOBS ? Column.jobs("Jobs (persons)")
        : Column.money(measure.key() + " (" + s.meta().currency() + ")");
    Table.Builder t = Table.builder("Paths", "Where the effect travels",
        Column.ratio("Rank").keyed("rank").json(Column.Json.NONE),
        Column.ratio("Steps").keyed("steps").json(Column.Json.NONE),
        Column.text("Path").keyed("path").splitAt(ARROW), value.keyed(measure.key()),
        Column.ratio("Share").keyed("share"));
    int rank = 1;
    for (StructuralPath p : s.report().paths()) {
      t.row(rank++, p.depth(), String.join(ARROW, s.codes(p)), s.reported(p.value()), s.report().share(p));
    }
    return t.build();
  }

  /**
   * The title lines, the JSON head (scenario, model, units, measure, depth, total, coverage, completeness), the
   * paths (terminal: rank, value, share, path), the coverage lines and the workbook's Metadata.
   */
  private static Document document(Subject s, String scenario, int depth) {
    Measure measure = s.measure();
    ReportMeta meta = s.meta();
    PathReport report = s.report();
    String unit = s.unit();
    List<String> preamble = List.of("Where the effect travels: " + scenario + " (Type " + s.type().suffix() + ", "
        + measure.key() + ")", "Model:  " + meta.model().name() + " - " + meta.model().title(), "Paths:  the "
        + report.paths().size() + " largest of at most " + depth + " steps, from each shocked sector to the sector "
        + "where the effect lands; " + unit + "; losses negative", "");
    String heading = measure == Measure.JOBS ? "Jobs" : measure == Measure.OUTPUT ? "Output"
        : measure == Measure.LABOUR_INCOME ? "Labour income" : "Value added";
    TextLayout layout = new TextLayout("", null, List.of(
        TextLayout.Col.of(0, "#", TextLayout.Shown.FIXED, 0, 4),
        TextLayout.Col.of(3, heading, measure == Measure.JOBS ? TextLayout.Shown.GROUPED : TextLayout.Shown.MILLIONS,
            measure == Measure.JOBS ? 1 : 2, 16).unit(unit),
        TextLayout.Col.of(4, "Share", TextLayout.Shown.PERCENT_SIGN, 1, 9).unit("of total"),
        TextLayout.Col.trailing(2, "Path", "  ")));
    List<String> coverage = new ArrayList<>();
    coverage.add("The listed paths cover " + percent(report.coverage()) + " of the total Type " + s.type().suffix()
        + " effect (" + s.figure(report.total()) + " " + unit + ").");
    if (!report.complete()) {
      coverage.add("The search stopped at its limit of partial paths: a larger path may be missing.");
    }
    List<JsonField> about = new ArrayList<>(List.of(JsonField.text("name", scenario)));
    if (meta.scenarioFile() != null) {
      about.add(JsonField.text("file", meta.scenarioFile()));
    }
    List<JsonField> units = List.of(
        JsonField.text(measure.key(), measure == Measure.JOBS ? "persons" : meta.currency() + " per year"),
        JsonField.text("share", "of the total effect"), JsonField.text("sign", "losses are negative"));
    List<JsonField> head = List.of(JsonField.text("ripple_version", meta.version()),
        JsonField.object("scenario", about), JsonDocument.modelField(meta, s.type()), JsonField.object("units", units),
        JsonField.text("measure", measure.key()), new JsonField("depth", depth),
        new JsonField("total", s.reported(report.total())), new JsonField("coverage", report.coverage()),
        new JsonField("complete", report.complete()));
    return new Document("Ripple: where the effect of " + scenario + " travels", preamble, head, List.of(
        new Document.TableSection(rows(s), "paths", true, layout, true),
        Document.NotesSection.closing("Coverage", coverage),
        Document.TableSection.sheetOnly(MetadataTable.of(meta, Provenance.NONE, s.type(), List.of()))));
  }
}
