package org.ripple.core.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.ScenarioException;
import org.ripple.core.SectorIndex;
import org.ripple.core.impact.Impact;
import org.ripple.core.impact.LeontiefSystem;

/**
 * Turns a scenario into signed final-demand vectors and propagates each through one factorised
 * {@link LeontiefSystem} (DESIGN.md, "Scenarios").
 *
 * <ul>
 *   <li>Closure in sector j: {@code d = -output}, or {@code -jobs / e[j]} when the output is not known.
 *   <li>Subcontractor loss in sector k, mode supersede: with {@code D} the closures' direct vector and
 *       {@code r = A D} their first-round purchases, entry k of r is replaced by the known loss {@code s_k}; the
 *       shock is reported with direct {@code s_k} and propagates {@code delta = s_k - r_k} at k, so that
 *       closures + subcontractors give {@code D + L r'} exactly. Several losses in one sector share the
 *       replacement in proportion to their size. Mode additive: {@code s_k} is a second direct shock.
 *   <li>Offset: a positive shock in its sector, sized as a share of the closed output, a number of jobs or output.
 *   <li>Demand change: its signed amount in its sector.
 * </ul>
 * Each shock is solved on its own (Type I and, with household data, Type II); the scenario is their sum.
 */
public final class ImpactEngine {
  private final LeontiefSystem system;
  private final Model model;
  private final SectorIndex index;

  public ImpactEngine(LeontiefSystem system) {
    this.system = system;
    this.model = system.model();
    this.index = model.sectors();
  }

  public LeontiefSystem system() {
    return system;
  }

  /** Runs a scenario. Throws {@link ScenarioException} naming the field when it does not fit the model. */
  public ScenarioResult run(Scenario scenario) {
    int n = index.size();
    List<ShockResult> results = new ArrayList<>();
    List<String> notes = new ArrayList<>(system.warnings());
    Map<Integer, Double> jobsBySector = new HashMap<>();
    Map<Integer, Double> outputBySector = new HashMap<>();

    // Closures
    double[] closed = new double[n];
    Map<String, Double> closedOutputByName = new LinkedHashMap<>();
    for (Closure c : scenario.closures()) {
      int j = position(c.sector(), c.field() + ".sector");
      double amount;
      List<String> shockNotes = new ArrayList<>();
      if (c.annualOutput().isPresent()) {
        amount = c.annualOutput().getAsDouble();
        if (c.jobs().isPresent() && system.has(Measure.JOBS)) {
          double implied = amount * system.coefficient(Measure.JOBS, j);
          shockNotes.add(String.format(Locale.ROOT,
              "annual output given: the direct jobs are the sector's jobs per unit of output times it "
                  + "(%.0f implied, %.0f stated)", implied, c.jobs().getAsDouble()));
        }
      } else {
        amount = c.jobs().getAsDouble() / jobsCoefficient(j, c.field() + ".jobs");
      }
      if (c.jobs().isPresent()) {
        addJobs(jobsBySector, j, c.jobs().getAsDouble(), c.field() + ".jobs");
      }
      double[] d = new double[n];
      d[j] = -amount;
      closed[j] -= amount;
      closedOutputByName.merge(c.name(), amount, Double::sum);
      addOutput(outputBySector, j, amount, c.field() + (c.annualOutput().isPresent() ? ".annual_output" : ".jobs"));
      results.add(propagate(ShockKind.CLOSURE, c.name(), c.sector(), c.field(), d, d, shockNotes));
    }

    // Subcontractors
    double[] firstRound = system.firstRound(closed);
    Map<Integer, Double> supersededBySector = new HashMap<>();
    List<double[]> losses = new ArrayList<>();
    for (SubcontractorLoss s : scenario.subcontractors()) {
      int k = position(s.sector(), s.field() + ".sector");
      double amount;
      if (s.output().isPresent()) {
        amount = s.output().getAsDouble();
      } else {
        amount = s.jobs().getAsDouble() / jobsCoefficient(k, s.field() + ".jobs");
        addJobs(jobsBySector, k, s.jobs().getAsDouble(), s.field() + ".jobs");
      }
      losses.add(new double[] {k, -amount});
      addOutput(outputBySector, k, amount, s.field() + (s.output().isPresent() ? ".annual_output" : ".jobs"));
      closedOutputByName.merge(s.name(), amount, Double::sum);
      if (s.mode() == SubcontractorMode.SUPERSEDE) {
        supersededBySector.merge(k, -amount, Double::sum);
      }
    }
    for (int idx = 0; idx < scenario.subcontractors().size(); idx++) {
      SubcontractorLoss s = scenario.subcontractors().get(idx);
      int k = (int) losses.get(idx)[0];
      double loss = losses.get(idx)[1];
      double[] direct = new double[n];
      direct[k] = loss;
      double[] propagated = new double[n];
      List<String> shockNotes = new ArrayList<>();
      if (s.mode() == SubcontractorMode.SUPERSEDE) {
        double modelled = firstRound[k];
        double share = loss / supersededBySector.get(k);
        propagated[k] = loss - modelled * share;
        shockNotes.add(describeSupersede(k, modelled * share, loss));
        if (scenario.closures().isEmpty()) {
          shockNotes.add("the scenario has no closures: there is no modelled first round to supersede");
        }
      } else {
        propagated[k] = loss;
        shockNotes.add("additive mode: the known loss is added to the model's own supply-chain response, "
            + "which already includes the closing facilities' purchases from this sector; it may double count");
      }
      results.add(propagate(ShockKind.SUBCONTRACTOR, s.name(), s.sector(), s.field(), direct, propagated,
          shockNotes));
    }

    // Offsets
    double totalClosed = 0;
    for (double v : closed) {
      totalClosed -= v;
    }
    for (Offset o : scenario.offsets()) {
      int m = position(o.sector(), o.field() + ".sector");
      double amount;
      List<String> shockNotes = new ArrayList<>();
      if (o.share().isPresent()) {
        double base;
        if (o.of() != null) {
          Double b = closedOutputByName.get(o.of());
          if (b == null) {
            throw new ScenarioException(o.field() + ".of", "no closure or subcontractor is named '" + o.of() + "'"
                + org.ripple.core.Suggestions.nearest(o.of(), closedOutputByName.keySet())
                    .map(x -> "; did you mean '" + x + "'?").orElse(""));
          }
          base = b;
        } else {
          if (scenario.closures().isEmpty()) {
            throw new ScenarioException(o.field() + ".share",
                "a share of the closed output needs closures in the scenario; give jobs or output instead");
          }
          base = totalClosed;
        }
        amount = o.share().getAsDouble() * base;
        shockNotes.add(String.format(Locale.ROOT, "%.1f%% of the output lost by %s taken up",
            100 * o.share().getAsDouble(), o.of() == null ? "all closures" : "'" + o.of() + "'"));
      } else if (o.jobs().isPresent()) {
        amount = o.jobs().getAsDouble() / jobsCoefficient(m, o.field() + ".jobs");
      } else {
        amount = o.output().getAsDouble();
      }
      double[] d = new double[n];
      d[m] = amount;
      results.add(propagate(ShockKind.OFFSET, o.name(), o.sector(), o.field(), d, d, shockNotes));
    }

    // Demand changes
    for (DemandChange c : scenario.demandChanges()) {
      int j = position(c.sector(), c.field() + ".sector");
      double[] d = new double[n];
      d[j] = c.amount();
      results.add(propagate(ShockKind.DEMAND_CHANGE, c.name(), c.sector(), c.field(), d, d, List.of()));
    }
    if (!system.hasTypeII()) {
      notes.add("the model has no household data: induced effects are not available and totals are Type I");
    }
    return new ScenarioResult(scenario, system, results, notes);
  }

  private String describeSupersede(int k, double modelled, double loss) {
    if (system.has(Measure.JOBS)) {
      double e = system.coefficient(Measure.JOBS, k);
      return String.format(Locale.ROOT,
          "supersede mode: the model's own first-round loss in this sector (%.0f jobs) is replaced by the known "
              + "loss (%.0f jobs)", -modelled * e, -loss * e);
    }
    return String.format(Locale.ROOT,
        "supersede mode: the model's own first-round loss in this sector (%.6g) is replaced by the known loss (%.6g)",
        -modelled, -loss);
  }

  private ShockResult propagate(ShockKind kind, String name, String sector, String field, double[] direct,
      double[] propagated, List<String> notes) {
    double[] t1 = system.solveTypeI(propagated);
    double[] t2 = !system.hasTypeII() ? null : system.solveTypeII(propagated);
    return new ShockResult(kind, name, sector, field, Impact.of(system, direct, t1, t2), notes);
  }

  private int position(String code, String field) {
    int p = index.positionOf(code);
    if (p < 0) {
      String hint = index.nearest(code).map(c -> "; did you mean '" + c + "'?").orElse("");
      throw new ScenarioException(field, "unknown sector '" + code + "' in model " + model.info().name() + hint);
    }
    return p;
  }

  private double jobsCoefficient(int j, String field) {
    if (!system.has(Measure.JOBS)) {
      throw new ScenarioException(field, "model " + model.info().name()
          + " has no employment data, so jobs cannot be converted to output; give the annual output instead");
    }
    double e = system.coefficient(Measure.JOBS, j);
    if (!(e > 0)) {
      throw new ScenarioException(field, "sector " + index.at(j).code()
          + " has no jobs in model " + model.info().name() + "; give the annual output instead");
    }
    return e;
  }

  /** Closures and subcontractor losses in one sector may not remove more than the sector's output. */
  private void addOutput(Map<Integer, Double> outputBySector, int j, double amount, String field) {
    double total = outputBySector.merge(j, amount, Double::sum);
    double output = model.output(j);
    if (total > output * (1 + 1e-9)) {
      throw new ScenarioException(field, String.format(Locale.ROOT,
          "output lost in sector %s (%.6g %s a year) exceeds the sector's output in the model (%.6g); "
              + "check the amount and its unit (plain currency units)", index.at(j).code(), total,
          model.info().unit(), output));
    }
  }

  private void addJobs(Map<Integer, Double> jobsBySector, int j, double jobs, String field) {
    if (!model.has(Measure.JOBS)) {
      return;
    }
    double total = jobsBySector.merge(j, jobs, Double::sum);
    double employment = model.level(Measure.JOBS, j);
    if (total > employment) {
      throw new ScenarioException(field, String.format(Locale.ROOT,
          "%.0f jobs lost in sector %s exceed its employment in the model (%.0f)", total, index.at(j).code(),
          employment));
    }
  }
}
