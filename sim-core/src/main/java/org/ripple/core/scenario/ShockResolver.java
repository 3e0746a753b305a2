package org.ripple.core.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.ripple.core.Measure;
import org.ripple.core.ScenarioException;
import org.ripple.core.SectorIndex;
import org.ripple.core.Suggestions;
import org.ripple.core.impact.LeontiefSystem;

/**
 * Resolves a scenario's shocks for a {@link ShockPlan}, in the scenario's order (closures, subcontractor losses,
 * offsets, demand changes), with their values in one array and the names an offset's {@code of} may refer to. It
 * checks what does not depend on the values: every sector is in the model (else the nearest code is suggested), jobs
 * can be converted to output (the model has employment data and the sector has jobs), {@code of} names a closure or
 * subcontractor loss (else the nearest name is suggested), and a share of all closed output has closures.
 */
final class ShockResolver {
  private final LeontiefSystem system;
  private final SectorIndex index;
  private final List<PlannedShock> shocks = new ArrayList<>();
  private final List<Double> values = new ArrayList<>();
  private final Map<String, List<Integer>> named = new LinkedHashMap<>();
  private final TreeSet<Integer> sectors = new TreeSet<>();

  private ShockResolver(LeontiefSystem system) {
    this.system = system;
    this.index = system.model().sectors();
  }

  /** Resolves every shock of a scenario, in order. */
  static ShockResolver of(LeontiefSystem system, Scenario scenario) {
    ShockResolver r = new ShockResolver(system);
    r.resolve(scenario);
    return r;
  }

  private void resolve(Scenario scenario) {
    for (int i = 0; i < scenario.closures().size(); i++) {
      Closure c = scenario.closures().get(i);
      int j = position(c.sector(), c.field());
      int jobs = slot(c.jobs().isPresent() ? c.jobs().getAsDouble() : Double.NaN);
      int out = slot(c.annualOutput().isPresent() ? c.annualOutput().getAsDouble() : Double.NaN);
      Profile p = profile(c.profile(), c.field(), j, jobs);
      double e = out < 0 || (c.annualPay().isPresent() && jobs < 0) ? jobsCoefficient(j, c.field() + ".jobs")
          : Double.NaN;
      name(c.name());
      add(new PlannedShock(ShockKind.CLOSURE, i, c.field(), c.sector(), j, -1, jobs, out, -1, e, null, null, false,
          null, p.pay, p.factor, p.basis, p.buys, p.shares, null, null, null));
    }
    for (int i = 0; i < scenario.subcontractors().size(); i++) {
      SubcontractorLoss s = scenario.subcontractors().get(i);
      int k = position(s.sector(), s.field());
      int jobs = slot(s.jobs().isPresent() ? s.jobs().getAsDouble() : Double.NaN);
      int out = slot(s.output().isPresent() ? s.output().getAsDouble() : Double.NaN);
      Profile p = profile(s.profile(), s.field(), k, jobs);
      double e = out < 0 || (s.profile().annualPay().isPresent() && jobs < 0)
          ? jobsCoefficient(k, s.field() + ".jobs") : Double.NaN;
      name(s.name());
      add(new PlannedShock(ShockKind.SUBCONTRACTOR, i, s.field(), s.sector(), k, -1, jobs, out, -1, e, null, null,
          s.mode() == SubcontractorMode.SUPERSEDE, null, p.pay, p.factor, p.basis, p.buys, p.shares, null, null,
          null));
    }
    for (int i = 0; i < scenario.offsets().size(); i++) {
      Offset o = scenario.offsets().get(i);
      int m = position(o.sector(), o.field());
      int share = slot(o.share().isPresent() ? o.share().getAsDouble() : Double.NaN);
      int jobs = slot(o.jobs().isPresent() ? o.jobs().getAsDouble() : Double.NaN);
      int out = slot(o.output().isPresent() ? o.output().getAsDouble() : Double.NaN);
      int[] referents = null;
      if (share >= 0 && o.of() != null) {
        referents = referents(o.of(), o.field() + ".of");
      } else if (share >= 0 && scenario.closures().isEmpty()) {
        throw new ScenarioException(o.field() + ".share",
            "a share of the closed output needs closures in the scenario; give jobs or output instead");
      }
      double e = jobs >= 0 ? jobsCoefficient(m, o.field() + ".jobs") : Double.NaN;
      add(new PlannedShock(ShockKind.OFFSET, i, o.field(), o.sector(), m, -1, jobs, out, share, e, referents, o.of(),
          false, null));
    }
    for (int i = 0; i < scenario.demandChanges().size(); i++) {
      DemandChange d = scenario.demandChanges().get(i);
      int j = position(d.sector(), d.field());
      add(new PlannedShock(ShockKind.DEMAND_CHANGE, i, d.field(), d.sector(), j, -1, -1, slot(d.amount()), -1,
          Double.NaN, null, null, false, null));
    }
  }

  /** A shock's profile resolved: its labour income per job (NaN: the sector's average) and its own purchases. */
  private record Profile(double pay, double factor, String basis, int[] buys, double[] shares) {}

  /**
   * Resolves the facility profile of the shock at {@code field} in sector j ({@code jobs}: its jobs slot, -1 when
   * given as output): its purchase sectors must be the model's, a pay needs jobs (stated, or implied by the sector's
   * jobs coefficient), and the sectors its purchases, its sector's column and its households' spending reach are
   * added to the shocked sectors.
   */
  private Profile profile(FacilityProfile profile, String field, int j, int jobs) {
    if (profile.annualPay().isPresent() && jobs < 0 && !(system.has(Measure.JOBS)
        && system.coefficient(Measure.JOBS, j) > 0)) {
      throw new ScenarioException(field + ".annual_pay", "direct labour income is jobs x annual_pay, and model "
          + system.model().info().name() + " cannot imply the jobs from the output; give the facility's jobs");
    }
    int[] buys = new int[profile.purchases().size()];
    double[] shares = new double[buys.length];
    for (int k = 0; k < buys.length; k++) {
      Purchase p = profile.purchases().get(k);
      buys[k] = position(p.sector(), field + ".purchases[" + k + "]");
      shares[k] = p.share();
      sectors.add(buys[k]);
    }
    if (buys.length > 0) {
      for (int q = 0; q < index.size(); q++) {
        if (system.coefficient(q, j) != 0) {
          sectors.add(q);
        }
      }
    }
    double pay = Double.NaN;
    if (profile.annualPay().isPresent()) {
      pay = profile.annualPay().getAsDouble() * profile.payFactor();
      if (system.hasTypeII()) {
        int h = system.closure().householdOf(j);
        for (int q = 0; q < index.size(); q++) {
          if (system.closure().share(q, h) != 0) {
            sectors.add(q);
          }
        }
      }
    }
    return new Profile(pay, profile.payFactor(), profile.payBasis(), buys, shares);
  }

  /** The shocks, in the scenario's order. */
  List<PlannedShock> shocks() {
    return shocks;
  }

  /** The values of the shocks, one per slot. */
  double[] values() {
    double[] out = new double[values.size()];
    for (int v = 0; v < out.length; v++) {
      out[v] = values.get(v);
    }
    return out;
  }

  /** The positions of the shocked sectors, ascending, each once. */
  int[] sectors() {
    return sectors.stream().mapToInt(Integer::intValue).toArray();
  }

  private void add(PlannedShock shock) {
    sectors.add(shock.sector());
    shocks.add(shock);
  }

  private void name(String name) {
    named.computeIfAbsent(name, x -> new ArrayList<>()).add(shocks.size());
  }

  private int slot(double value) {
    if (Double.isNaN(value)) {
      return -1;
    }
    values.add(value);
    return values.size() - 1;
  }

  private int position(String code, String field) {
    int p = index.positionOf(code);
    if (p < 0) {
      String hint = index.nearest(code).map(c -> "; did you mean '" + c + "'?").orElse("");
      throw new ScenarioException(field + ".sector", "unknown sector '" + code + "' in model "
          + system.model().info().name() + hint);
    }
    return p;
  }

  private double jobsCoefficient(int j, String field) {
    String model = system.model().info().name();
    if (!system.has(Measure.JOBS)) {
      throw new ScenarioException(field, "model " + model
          + " has no employment data, so jobs cannot be converted to output; give the annual output instead");
    }
    double e = system.coefficient(Measure.JOBS, j);
    if (!(e > 0)) {
      throw new ScenarioException(field, "sector " + index.at(j).code() + " has no jobs in model " + model
          + "; give the annual output instead");
    }
    return e;
  }

  private int[] referents(String of, String field) {
    List<Integer> found = named.get(of);
    if (found == null) {
      throw new ScenarioException(field, "no closure or subcontractor is named '" + of + "'"
          + Suggestions.nearest(of, named.keySet()).map(x -> "; did you mean '" + x + "'?").orElse(""));
    }
    return found.stream().mapToInt(Integer::intValue).toArray();
  }
}
