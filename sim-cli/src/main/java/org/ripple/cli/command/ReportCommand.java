package org.ripple.cli.command;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.Version;
import org.ripple.cli.io.AtomicFolder;
import org.ripple.cli.pipeline.PreparedRun;
import org.ripple.cli.output.Progress;
import org.ripple.cli.output.ReportMeta;
import org.ripple.cli.output.RunReport;
import org.ripple.cli.output.Terminal;
import org.ripple.cli.output.CompareReport;
import org.ripple.cli.output.html.ComparePage;
import org.ripple.cli.output.html.HtmlReport;
import org.ripple.cli.output.PathsReport;
import org.ripple.cli.output.TableStyle;
import org.ripple.cli.output.html.PathsSection;
import org.ripple.cli.output.html.RunPage;
import org.ripple.core.Measure;
import org.ripple.core.explain.PathGraph;
import org.ripple.core.fiscal.FiscalAccount;
import org.ripple.core.explain.PathReport;
import org.ripple.core.explain.PathSearch;
import org.ripple.core.explain.ScenarioChange;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.impact.ModelType;
import org.ripple.cli.output.tables.Provenance;
import org.ripple.cli.scenario.ScenarioDocument;
import org.ripple.core.scenario.ScenarioResult;
import org.ripple.core.time.Timeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ripple report SCENARIO --out report.html [--png DIR]}: runs a scenario and writes one self-contained HTML page
 * (tables, inline SVG charts, assumptions and sources; no scripts, nothing fetched), and optionally each chart as a PNG
 * for slides. All outputs are checked before any is written; the PNG folder is complete before the page appears.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Run a scenario and write a single-file HTML report with charts (and PNGs of the charts); with "
        + "several scenarios, a comparison page (the first is the baseline).")
public final class ReportCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  ScenarioFiles scenarios;

  /** The HTML file to write (required). */
  @Mixin
  OutputTarget target = new OutputTarget();

  @Option(names = "--png", paramLabel = "DIR", description = "Also write each chart as DIR/<chart>.png.")
  Path pngDir;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
  boolean quiet;

  /** {@code --draws N --seed S}: the page shows the bands, as {@code run --draws} computes them. */
  @Mixin
  DrawOptions draws = new DrawOptions();

  @Override
  public Integer call() {
    target.required(spec, "FILE.html");
    boolean show = Terminal.progress(quiet, System.getenv(), Terminal.interactive());
    draws.check(spec.commandLine());
    if (!scenarios.single() || sweepKey(scenarios.first().file())) {
      if (draws.any()) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--draws is for the report of one scenario "
            + "without a sweep; a comparison page has no bands (run 'ripple report' on each scenario with --draws)");
      }
      return compare(show);
    }
    try (Progress progress = Progress.start(spec.commandLine().getErr(), show, "report", draws.any() ? 6 : 5)) {
      PreparedRun run = PreparedRun.prepare(scenarios.first().file(), scenarios.first().model(), null, stage -> {
        switch (stage) {
          case SCENARIO_READ -> progress.step("model");
          case MODEL_READ -> progress.step("solve");
          default -> { }
        }
      });
      ScenarioDocument doc = run.document();
      ScenarioResult result = run.solve();
      Timeline timeline = run.timeline(result);
      FiscalAccount fiscal = run.fiscal(result, timeline);
      List<String> notes = new ArrayList<>(run.loaded().notes());
      RunReport report = new RunReport(result, run.meta(), timeline);
      if (draws.any()) {
        progress.step("draws");
        DrawOptions.Bands bands = draws.run(run, result, timeline, fiscal, n -> { });
        report.withBands(bands.headline(), bands.beyond());
        notes.addAll(run.uncertaintyNotes(true));
      }
      progress.step("page");
      ReportMeta meta = run.meta();
      HtmlReport page = report.withNotes(notes).withFiscal(fiscal)
          .withProvenance(draws.any() ? new Provenance(meta.scenarioFile(), doc.sha256(), draws.seed)
              : Provenance.ofScenario(meta.scenarioFile(), doc.sha256()))
          .page(new RunPage.ScenarioText(doc.content().assumptions(), doc.content().sources()), withPaths(run, meta));
      write(page, progress, run.inputs());
      progress.close();
      run.model().warnings().print(spec.commandLine().getErr());
    }
    return ExitCodes.OK;
  }

  /** "Where the effect travels": the scenario's 10 largest Type I paths of jobs, a section after the timeline. */
  private static List<HtmlReport.Section> withPaths(PreparedRun run, ReportMeta meta) {
    LeontiefSystem system = run.model().system();
    Measure measure = system.has(Measure.JOBS) ? Measure.JOBS : Measure.OUTPUT;
    PathGraph graph = PathGraph.of(system, measure, ModelType.TYPE_I);
    PathReport paths = PathSearch.top(graph, ScenarioChange.of(system, run.scenario()), 10, 6);
    List<HtmlReport.Section> sections = new ArrayList<>();
    sections.add(PathsSection.of(new PathsReport(paths, graph, measure, ModelType.TYPE_I, meta,
        run.scenario().name(), 6, TableStyle.PLAIN)));
    return sections;
  }

  /** Whether a single scenario file has a {@code sweep} key: its report is then the comparison of its variants. */
  private static boolean sweepKey(Path file) {
    return ScenarioDocument.read(file).content().sweep() != null;
  }

  /**
   * {@code ripple report A.yaml B.yaml ...} (or one file with a sweep key): grouped bars and tables of the scenarios
   * (or variants) side by side.
   */
  private int compare(boolean show) {
    List<Path> files = scenarios.all();
    try (Progress progress = Progress.start(spec.commandLine().getErr(), show, "report", 4)) {
      Comparison c = Comparison.run(spec.commandLine(), files, scenarios.first().model());
      progress.step("page");
      ReportMeta meta = c.model().meta(null);
      CompareReport report = new CompareReport(c.columns(), c.fiscal(), null, c.fileLines(files), meta,
          TableStyle.PLAIN);
      HtmlReport page = ComparePage.of(report.document(), c.columns(), meta, c.model().loaded().notes());
      write(page, progress, c.model().inputs(files));
      progress.close();
      c.model().warnings().print(spec.commandLine().getErr());
    }
    return ExitCodes.OK;
  }

  /** Renders the page (and its charts as PNGs with {@code --png}) and writes them, all or nothing. */
  private void write(HtmlReport page, Progress progress, List<Path> inputs) {
    byte[] html = page.render().getBytes(StandardCharsets.UTF_8);
    progress.step(pngDir == null ? "write" : "images");
    Map<String, byte[]> pngs = pngDir == null ? Map.of() : page.pngs(2);
    progress.step("write");
    AtomicFolder.writeWith(target.path(), html, pngDir, pngs, target.force(), inputs);
  }
}
