package org.ripple.cli.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.ripple.cli.concordance.Concordance;
import org.ripple.cli.model.LoadedModel;
import org.ripple.cli.model.Models;
import org.ripple.cli.output.FiniteResults;
import org.ripple.cli.output.Fmt;
import org.ripple.cli.output.ReportMeta;
import org.ripple.cli.scenario.RegionPlacement;
import org.ripple.cli.scenario.ScenarioDocument;
import org.ripple.cli.scenario.TimeLoader;
import org.ripple.core.fiscal.FiscalAccount;
import org.ripple.core.fiscal.FiscalAccounts;
import org.ripple.core.fiscal.FiscalDraws;
import org.ripple.core.fiscal.FiscalInputs;
import org.ripple.core.fiscal.FiscalParameters;
import org.ripple.core.fiscal.PayrollTaxSchedule;
import org.ripple.core.linalg.SolverKind;
import org.ripple.core.scenario.Closure;
import org.ripple.core.scenario.ShockResult;
import org.ripple.core.scenario.Scenario;
import org.ripple.core.scenario.ScenarioResult;
import org.ripple.core.time.Schedule;
import org.ripple.core.time.Timeline;
import org.ripple.core.uncertainty.DrawFigures;
import org.ripple.core.uncertainty.DrawPlan;
import org.ripple.core.uncertainty.ModelUncertainty;
import org.ripple.core.uncertainty.PeriodMeasures;
import org.ripple.core.uncertainty.ResultDraws;
import org.ripple.core.uncertainty.UncertainInput;

/**
 * A scenario made ready to solve, the one sequence of {@code run}, {@code compare}, {@code sweep}, {@code report},
 * {@code validate} and sim-spark: the scenario file read (exit 3 for anything wrong in it, 5 if it cannot be read),
 * its model resolved ({@code --model}, else its {@code model} key, else the default) and prepared (validated, exit 4
 * on the first error; the system built once), its NAICS codes mapped to the model's sectors through the model's
 * concordance (one note per mapping), and the core scenario built in the model's units. Errors from the engine are
 * reported at the scenario field they come from; a result with a non-finite figure is refused (exit 4).
 */
public final class PreparedRun {
  /** The points of {@link #prepare(Path, String, SolverKind, Consumer)} a caller's progress can follow. */
  public enum Stage {
    SCENARIO_READ, MODEL_READ, SYSTEM_BUILT
  }

  private final ScenarioDocument document;
  private final PreparedModel model;
  private final Concordance.Mapped mapped;
  private final Scenario scenario;

  private PreparedRun(ScenarioDocument document, PreparedModel model, Concordance.Mapped mapped, Scenario scenario) {
    this.document = document;
    this.model = model;
    this.mapped = mapped;
    this.scenario = scenario;
  }

  /** Reads {@code scenarioFile} and prepares it on its model with the automatic solver. */
  public static PreparedRun prepare(Path scenarioFile, String modelOverride) {
    return prepare(scenarioFile, modelOverride, null, stage -> { });
  }

  /**
   * Reads {@code scenarioFile}, resolves its model ({@code modelOverride} first; null: the file's key, else the
   * default), prepares the model with {@code solver} (null: automatic) and the scenario on it, telling
   * {@code stages} when each step is done.
   */
  public static PreparedRun prepare(Path scenarioFile, String modelOverride, SolverKind solver,
      Consumer<Stage> stages) {
    ScenarioDocument doc = ScenarioDocument.read(scenarioFile);
    stages.accept(Stage.SCENARIO_READ);
    return prepare(doc, modelOverride, solver, stages);
  }

  /** {@link #prepare(Path, String, SolverKind, Consumer)} for a file already read (to check a key first). */
  public static PreparedRun prepare(ScenarioDocument doc, String modelOverride, SolverKind solver,
      Consumer<Stage> stages) {
    LoadedModel loaded = Models.forScenario(doc, modelOverride);
    stages.accept(Stage.MODEL_READ);
    PreparedModel model = PreparedModel.of(loaded, solver);
    stages.accept(Stage.SYSTEM_BUILT);
    return on(doc, model);
  }

  /** A document already read, on a model already prepared (the files of a comparison share one model). */
  public static PreparedRun on(ScenarioDocument doc, PreparedModel model) {
    Concordance.Mapped mapped = Concordance.apply(RegionPlacement.apply(doc, model.loaded().model()),
        model.loaded());
    Scenario scenario = mapped.document().toScenario(model.loaded().model());
    return new PreparedRun(doc, model, mapped, scenario);
  }

  /** The file as read: its name, bytes (for the SHA-256) and the places errors point at. */
  public ScenarioDocument document() {
    return document;
  }

  /** The file with every {@code naics} replaced by its sector: what the scenario, sweeps and draws are read from. */
  public ScenarioDocument mappedDocument() {
    return mapped.document();
  }

  public PreparedModel model() {
    return model;
  }

  public LoadedModel loaded() {
    return model.loaded();
  }

  public Scenario scenario() {
    return scenario;
  }

  /** One note per NAICS code mapped to a sector. */
  public List<String> mappingNotes() {
    return mapped.notes();
  }

  /** The file's name, for reports. */
  public String fileName() {
    return document.file().getFileName().toString();
  }

  /** The report metadata of this run. */
  public ReportMeta meta() {
    return model.meta(fileName());
  }

  /** The files an output of this run may not overwrite: the scenario and the model's folder. */
  public List<Path> inputs() {
    return model.inputs(List.of(document.file()));
  }

  /** Runs the scenario: errors at the scenario's fields (exit 3), a non-finite figure refused (exit 4). */
  public ScenarioResult solve() {
    return solve(scenario);
  }

  /** Runs another scenario made from this file (a variant of a sweep) the same way. */
  public ScenarioResult solve(Scenario variant) {
    ScenarioResult result = document.located(() -> model.engine().run(variant));
    FiniteResults.require(result);
    return result;
  }

  /**
   * The result spread over the scenario's {@code horizon}, or null when it has none; EI replaces its rate of the pay
   * a shock states ({@link #directPay}, as the fiscal account's EI benefits), else of its sector's labour income per
   * job.
   */
  public Timeline timeline(ScenarioResult result) {
    Schedule schedule = document.located(() -> TimeLoader.toSchedule(document.content()));
    if (schedule == null) {
      return null;
    }
    java.util.Map<String, Double> pay = directPay(result, taxYear(result, schedule));
    return document.located(() -> Timeline.of(result, schedule, pay));
  }

  /**
   * The fiscal account of a result (spread over {@code timeline} when not null), built once here for every report.
   * The tax year is the year of the earliest date a shock takes effect (a shock without {@code effective}: the
   * horizon start); a scenario without dates uses {@link FiscalParameters#LATEST_YEAR}, and the account's notes say
   * so. Each closure's {@code annual_pay} (model money) is its direct jobs' pay, converted to CAD of the tax year by
   * {@link FiscalAccounts#moneyFactor}; the EI rules are the scenario's {@code income_replacement}, else the tax
   * year's.
   */
  public FiscalAccount fiscal(ScenarioResult result, Timeline timeline) {
    FiscalInputs inputs = fiscalInputs(result, timeline);
    FiscalAccount account = timeline == null ? FiscalAccounts.of(result, inputs)
        : FiscalAccounts.of(timeline, inputs);
    return timeline == null && account.available() ? account.withNote("the scenario has no dates: tax year "
        + inputs.taxYear() + ", the latest whose parameters ship") : account;
  }

  /**
   * The annual fiscal account of a result, as a comparison and a sweep show it beside their annual effects: the tax
   * year is the one {@link #fiscal} takes (from the scenario's dates when it has a horizon), the account the annual
   * effect's (no periods), with the scenario's {@code income_replacement} when it has one.
   */
  public FiscalAccount annualFiscal(ScenarioResult result) {
    Timeline timeline = timeline(result);
    if (timeline == null) {
      return fiscal(result, null);
    }
    FiscalInputs dated = fiscalInputs(result, timeline);
    // the scenario's income replacement, which its timeline would apply, sets the annual EI benefits too
    FiscalInputs inputs = new FiscalInputs(dated.taxYear(), dated.directPay(),
        timeline.schedule().incomeReplacement(), dated.employerPayroll());
    FiscalAccount account = FiscalAccounts.of(result, inputs);
    return account.available() ? account.withNote("the annual effect's account (the first 365 days of EI "
        + "benefits), tax year " + inputs.taxYear() + ", the year of the scenario's earliest effective date") : account;
  }

  /**
   * What the fiscal rules take of this run besides its result: the tax year ({@link #taxYear}) and each closure's
   * {@code annual_pay} in CAD of that year; the same for the point estimate and for every Monte Carlo draw.
   */
  public FiscalInputs fiscalInputs(ScenarioResult result, Timeline timeline) {
    int year = taxYear(result, timeline == null ? null : timeline.schedule());
    return new FiscalInputs(year, directPay(result, year), null, employerPayroll(result, year));
  }

  /** A closure or a subcontractor loss: its field, sector and profile. */
  private record Facility(String field, String sector, org.ripple.core.scenario.FacilityProfile profile) {}

  /**
   * The {@code employer_payroll} of each closure and subcontractor loss that states one, by its field, in CAD of
   * {@code taxYear} as {@link #directPay} converts the pay, with the Health Services Fund's sector group of its
   * sector: from the NAICS prefixes the model's concordance maps to it ({@link PayrollTaxSchedule.Group#ofNaics}),
   * other sectors (an assumption, said in the notes) when the model has no concordance or none maps to the sector.
   */
  java.util.Map<String, FiscalInputs.EmployerPayroll> employerPayroll(ScenarioResult result, int taxYear) {
    java.util.Map<String, FiscalInputs.EmployerPayroll> out = new java.util.LinkedHashMap<>();
    List<Facility> stated = new ArrayList<>();
    for (Closure c : result.scenario().closures()) {
      stated.add(new Facility(c.field(), c.sector(), c.profile()));
    }
    for (org.ripple.core.scenario.SubcontractorLoss s : result.scenario().subcontractors()) {
      stated.add(new Facility(s.field(), s.sector(), s.profile()));
    }
    double factor = FiscalAccounts.moneyFactor(result.system().model(), taxYear)
        .orElse(result.system().model().info().unitFactor());
    Concordance concordance = null;
    for (Facility shock : stated) {
      java.util.OptionalDouble payroll = shock.profile().employerPayroll();
      if (payroll.isEmpty()) {
        continue;
      }
      String sector = shock.sector();
      concordance = concordance == null ? Concordance.of(model.loaded()) : concordance;
      List<String> naics = concordance == null ? List.of() : concordance.prefixesOf(sector);
      String basis = concordance == null ? "assumption: the model has no NAICS concordance"
          : naics.isEmpty() ? "assumption: the model's concordance maps no NAICS code to " + sector
          : sector + " is NAICS " + String.join(", ", naics);
      out.put(shock.field(), new FiscalInputs.EmployerPayroll(payroll.getAsDouble() * factor,
          PayrollTaxSchedule.Group.ofNaics(naics), basis));
    }
    return out;
  }

  /**
   * The {@code annual_pay} of each closure and subcontractor loss that states one, by its field, in CAD of
   * {@code taxYear} ({@link FiscalAccounts#moneyFactor}): the pay the fiscal account taxes and the one whose EI the
   * timeline's income replacement and the account's EI benefits apply. A model whose money has no such conversion
   * (no CPI for its year, or another currency; its account is not available) keeps its own money, plain units.
   */
  java.util.Map<String, Double> directPay(ScenarioResult result, int taxYear) {
    java.util.OptionalDouble money = FiscalAccounts.moneyFactor(result.system().model(), taxYear);
    double factor = money.orElse(result.system().model().info().unitFactor());
    java.util.Map<String, Double> pay = new java.util.LinkedHashMap<>();
    for (Closure c : result.scenario().closures()) {
      c.annualPay().ifPresent(p -> pay.put(c.field(), p * factor));
    }
    for (org.ripple.core.scenario.SubcontractorLoss s : result.scenario().subcontractors()) {
      s.profile().annualPay().ifPresent(p -> pay.put(s.field(), p * factor));
    }
    return pay;
  }

  /**
   * What every Monte Carlo draw of this run gives beyond its headline cells, from the draw's whole result
   * ({@link ResultDraws}, on the draws' plan): the fiscal account ({@link FiscalDraws}, with the point estimate's
   * inputs; annual, or over the horizon and period by period) when the point estimate's {@code fiscal} is available,
   * and with a horizon ({@code timeline} not null) each period's measures ({@link PeriodMeasures}); null when there
   * is neither.
   */
  public ResultDraws resultDraws(DrawPlan plan, ScenarioResult result, Timeline timeline, FiscalAccount fiscal) {
    List<DrawFigures> parts = new ArrayList<>();
    if (fiscal.available()) {
      parts.add(new FiscalDraws(model.system(), fiscalInputs(result, timeline), fiscal));
    }
    if (timeline != null) {
      parts.add(new PeriodMeasures(timeline.periods().size()));
    }
    if (parts.isEmpty()) {
      return null;
    }
    Schedule schedule = timeline == null ? null : timeline.schedule();
    return new ResultDraws(plan, model.system(), scenario, schedule,
        schedule == null ? java.util.Map.of() : directPay(result, taxYear(result, schedule)), parts);
  }

  /** The year of the earliest effective date, or {@link FiscalParameters#LATEST_YEAR} without a horizon. */
  static int taxYear(ScenarioResult result, Schedule schedule) {
    if (schedule == null) {
      return FiscalParameters.LATEST_YEAR;
    }
    int year = schedule.horizon().start().getYear();
    boolean any = false;
    for (ShockResult s : result.shocks()) {
      int y = schedule.timing(s.field()).effective().getYear();
      year = any ? Math.min(year, y) : y;
      any = true;
    }
    return year;
  }

  /** The inputs given as distributions, in the model's units. */
  public List<UncertainInput> uncertainInputs() {
    return mapped.document().uncertainInputs(model.loaded().model().info());
  }

  /** The scenario's {@code model_uncertainty}, or none. */
  public ModelUncertainty modelUncertainty() {
    return mapped.document().modelUncertainty();
  }

  /** The draws' plan: what each draw perturbs and re-solves. */
  public DrawPlan drawPlan() {
    List<UncertainInput> uncertain = uncertainInputs();
    ModelUncertainty modelUncertainty = modelUncertainty();
    return document.located(() -> DrawPlan.compile(model.system(), scenario, uncertain, modelUncertainty));
  }

  /**
   * What the scenario's distributions mean in this run, one note each: the point estimate uses their means; without
   * draws ({@code drawn} false) each says how to get bands, and model uncertainty is said to be unused.
   */
  public List<String> uncertaintyNotes(boolean drawn) {
    List<String> notes = new ArrayList<>();
    for (UncertainInput in : uncertainInputs()) {
      notes.add(in.field() + " is " + in.distribution().describe() + "; the point estimate uses its mean, "
          + Fmt.plain(in.distribution().mean()) + (drawn ? "" : " (run with --draws N for uncertainty bands)"));
    }
    if (modelUncertainty().any()) {
      notes.add(drawn ? "model_uncertainty: every draw perturbs the model's coefficients and re-solves"
          : "model_uncertainty is used only with --draws");
    }
    return notes;
  }
}
