package org.ripple.cli.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ripple.cli.Version;
import org.ripple.cli.pipeline.PreparedRun;
import org.ripple.cli.output.Progress;
import org.ripple.cli.output.ReportMeta;
import org.ripple.cli.output.SweepReport;
import org.ripple.cli.output.tables.Provenance;
import org.ripple.cli.scenario.ScenarioDocument;
import org.ripple.core.fiscal.FiscalAccount;
import org.ripple.core.scenario.ImpactEngine;
import org.ripple.core.scenario.Scenario;
import org.ripple.core.sweep.Sweep;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ripple sweep SCENARIO}: the scenario once per facility ({@code --each closure}, ranked by total jobs lost,
 * then all facilities), or once per value of a field ({@code --set offsets[*].share=0,0.25,0.5,0.75}, or the file's
 * {@code sweep} key). One model factorisation serves every variant.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Run a scenario once per facility (--each closure), ranked by total jobs lost, or once per value "
        + "of a field (--set PATH=V1,V2,... or the file's sweep key).")
public final class SweepCommand extends ResultCommand {
  @Mixin
  ScenarioOptions scenarioOptions;

  @Option(names = "--each", paramLabel = "KIND", description = "closure: each facility on its own, ranked.")
  String each;

  @Option(names = "--set", paramLabel = "PATH=V1,V2,...",
      description = "A field and its values, e.g. offsets[*].share=0,0.25,0.5,0.75 (money in currency units).")
  String set;

  @Override
  int phases() {
    return 0;
  }

  @Override
  void checkOptions() {
    super.checkOptions();
    CommandLine cl = spec.commandLine();
    if (each != null && set != null) {
      throw new CommandLine.ParameterException(cl, "give --each or --set, not both");
    }
    if (each != null && !each.equals("closure")) {
      throw new CommandLine.ParameterException(cl, "--each takes 'closure', was '" + each + "'");
    }
  }

  @Override
  void execute(Progress bar) {
    CommandLine cl = spec.commandLine();
    Path scenarioFile = scenarioOptions.file();
    Variants.Spec values = set != null ? Variants.parse(cl, set) : null;
    ScenarioDocument doc = ScenarioDocument.read(scenarioFile);
    if (each == null && values == null) {
      values = Variants.fromFile(doc);
      if (values == null) {
        throw new CommandLine.ParameterException(cl, scenarioFile + " has no sweep key; give --each closure or "
            + "--set PATH=V1,V2,...");
      }
    }
    PreparedRun run = PreparedRun.prepare(doc, scenarioOptions.model(), null, stage -> { });
    warnAfterwards(run.model().warnings());
    ImpactEngine engine = run.model().engine();
    Scenario scenario = run.scenario();
    List<SweepReport.Row> rows = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    String by;
    if (each != null) {
      by = "each closure";
      Sweep.EachClosure r;
      try (Progress progress = outputOptions.progress(spec, "sweep", scenario.closures().size() + 2L)) {
        r = doc.located(() -> Sweep.eachClosure(engine, scenario, n -> progress.step("")));
      }
      for (int i = 0; i < r.facilities().size(); i++) {
        Sweep.Variant f = r.facilities().get(i);
        rows.add(new SweepReport.Row(i + 1, f.name(), f.total(), run.annualFiscal(f.result())));
      }
      FiscalAccount all = run.annualFiscal(r.all().result());
      rows.add(new SweepReport.Row(0, "All facilities", r.all().total(), all));
      notes.add("each facility is run on its own (its closure only); the facilities add up to 'All facilities' "
          + "because the model is linear");
      if (!scenario.subcontractors().isEmpty() || !scenario.offsets().isEmpty()
          || !scenario.demandChanges().isEmpty()) {
        FiscalAccount full = run.annualFiscal(r.full().result());
        rows.add(new SweepReport.Row(0, "Other shocks (not attributed)", r.notAttributed(),
            full.available() && all.available() ? full.minus(all) : full));
        rows.add(new SweepReport.Row(0, "Full scenario", r.full().total(), full));
        notes.add("subcontractor losses, offsets and demand changes are not attributed to a facility; 'All "
            + "facilities' plus 'Other shocks' is the full scenario");
      }
    } else {
      Variants.Spec v = values;
      by = v.path() + " = " + String.join(", ", v.values().stream().map(org.ripple.cli.output.Fmt::plain).toList());
      List<Scenario> scenarios = Variants.scenarios(cl, run, v);
      List<String> names = v.values().stream().map(x -> Variants.name(v, x)).toList();
      List<Sweep.Variant> variants;
      try (Progress progress = outputOptions.progress(spec, "sweep", scenarios.size())) {
        variants = doc.located(() -> Sweep.run(engine, names, scenarios, n -> progress.step("")));
      }
      for (Sweep.Variant variant : variants) {
        rows.add(new SweepReport.Row(0, variant.name(), variant.total(), run.annualFiscal(variant.result())));
      }
    }
    ReportMeta meta = run.meta();
    List<Path> inputs = run.inputs();
    outputOptions.emit(spec, new SweepReport(new SweepReport.Content(scenario.name(), by, rows, notes), meta,
        Provenance.ofScenario(meta.scenarioFile(), doc.sha256()), run.loaded().model(), outputOptions.tableStyle()),
        inputs);
  }
}
