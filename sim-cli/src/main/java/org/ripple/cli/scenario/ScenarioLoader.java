package org.ripple.cli.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.ripple.core.Model;
import org.ripple.core.ModelInfo;
import org.ripple.core.ScenarioException;
import org.ripple.core.scenario.Closure;
import org.ripple.core.scenario.DemandChange;
import org.ripple.core.scenario.FacilityProfile;
import org.ripple.core.scenario.Offset;
import org.ripple.core.scenario.Purchase;
import org.ripple.core.scenario.Scenario;
import org.ripple.core.scenario.SubcontractorLoss;
import org.ripple.core.scenario.SubcontractorMode;
import org.ripple.core.uncertainty.ModelUncertainty;
import org.ripple.core.uncertainty.Slot;
import org.ripple.core.uncertainty.UncertainInput;

/**
 * Turns a bound {@link ScenarioFile} into a core {@link Scenario} for a given model: checks required fields, converts
 * money from plain currency units to the model's unit, and parses modes. Errors are {@link ScenarioException}s that
 * name the field path.
 */
public final class ScenarioLoader {
  private ScenarioLoader() {}

  public static Scenario toScenario(ScenarioFile f, Model m) {
    ModelInfo model = m.info();
    uncertainInputs(f, model); // distributions fit their quantities; the scenario below uses their means
    modelUncertainty(f);
    require(f.name(), "name");
    if (f.currency() != null && !model.currency().isEmpty()
        && !f.currency().equalsIgnoreCase(model.currency())) {
      throw new ScenarioException("currency", "the scenario is in " + f.currency() + " but model " + model.name()
          + " is in " + model.currency());
    }
    double perUnit = 1.0 / model.unitFactor();
    List<Closure> closures = new ArrayList<>();
    List<ScenarioFile.ClosureEntry> cs = f.closures() == null ? List.of() : f.closures();
    for (int i = 0; i < cs.size(); i++) {
      ScenarioFile.ClosureEntry c = cs.get(i);
      String at = "closures[" + i + "]";
      requireEntry(c, at);
      require(c.name(), at + ".name");
      require(c.sector(), at + ".sector");
      closures.add(new Closure(c.name(), c.sector(), opt(c.jobs(), 1, at + ".jobs"),
          opt(c.annualOutput(), perUnit, at + ".annual_output"), location(c), at,
          profile(m, c.sector(), c.annualPay(), c.purchases(), c.employerPayroll(), at)));
    }
    List<SubcontractorLoss> subs = new ArrayList<>();
    List<ScenarioFile.SubcontractorEntry> ss = f.subcontractors() == null ? List.of() : f.subcontractors();
    for (int i = 0; i < ss.size(); i++) {
      ScenarioFile.SubcontractorEntry s = ss.get(i);
      String at = "subcontractors[" + i + "]";
      requireEntry(s, at);
      require(s.name(), at + ".name");
      require(s.sector(), at + ".sector");
      subs.add(new SubcontractorLoss(s.name(), s.sector(), opt(s.jobs(), 1, at + ".jobs"),
          opt(s.annualOutput(), perUnit, at + ".annual_output"), mode(s.mode(), at + ".mode"), at,
          profile(m, s.sector(), s.annualPay(), s.purchases(), s.employerPayroll(), at)));
    }
    List<Offset> offsets = new ArrayList<>();
    List<ScenarioFile.OffsetEntry> os = f.offsets() == null ? List.of() : f.offsets();
    for (int i = 0; i < os.size(); i++) {
      ScenarioFile.OffsetEntry o = os.get(i);
      String at = "offsets[" + i + "]";
      requireEntry(o, at);
      require(o.name(), at + ".name");
      require(o.sector(), at + ".sector");
      offsets.add(new Offset(o.name(), o.sector(), opt(o.share(), 1, at + ".share"), opt(o.jobs(), 1, at + ".jobs"),
          opt(o.annualOutput(), perUnit, at + ".annual_output"), o.of(), at));
    }
    List<DemandChange> changes = new ArrayList<>();
    List<ScenarioFile.DemandChangeEntry> ds = f.demandChanges() == null ? List.of() : f.demandChanges();
    for (int i = 0; i < ds.size(); i++) {
      ScenarioFile.DemandChangeEntry d = ds.get(i);
      String at = "demand_changes[" + i + "]";
      requireEntry(d, at);
      require(d.name(), at + ".name");
      require(d.sector(), at + ".sector");
      if (d.amount() == null) {
        throw new ScenarioException(at + ".amount", "a signed amount (currency units per year) is required");
      }
      finite(d.amount(), at + ".amount");
      changes.add(new DemandChange(d.name(), d.sector(), d.amount() * perUnit, at));
    }
    java.util.Map<String, String> names = new java.util.HashMap<>();
    for (int i = 0; i < closures.size(); i++) {
      unique(names, closures.get(i).name(), "closures[" + i + "].name");
    }
    for (int i = 0; i < subs.size(); i++) {
      unique(names, subs.get(i).name(), "subcontractors[" + i + "].name");
    }
    Scenario scenario = new Scenario(f.name(), f.description(), closures, subs, offsets, changes);
    if (scenario.isEmpty()) {
      throw new ScenarioException("", "the scenario has no closures, subcontractors, offsets or demand_changes");
    }
    return scenario;
  }

  /**
   * The inputs given as distributions, in file order (closures, subcontractors, offsets, demand changes; within an
   * entry jobs, annual output, share, amount), with the factor from the file's units to the model's. Throws a
   * {@link ScenarioException} naming the field when a distribution does not fit its quantity.
   */
  public static List<UncertainInput> uncertainInputs(ScenarioFile f, ModelInfo model) {
    double perUnit = 1.0 / model.unitFactor();
    List<UncertainInput> out = new ArrayList<>();
    List<ScenarioFile.ClosureEntry> cs = f.closures() == null ? List.of() : f.closures();
    for (int i = 0; i < cs.size(); i++) {
      ScenarioFile.ClosureEntry c = cs.get(i);
      String at = "closures[" + i + "]";
      if (c != null) {
        input(out, c.jobsValue(), Slot.CLOSURE_JOBS, i, at + ".jobs", 1);
        input(out, c.annualOutputValue(), Slot.CLOSURE_OUTPUT, i, at + ".annual_output", perUnit);
      }
    }
    List<ScenarioFile.SubcontractorEntry> ss = f.subcontractors() == null ? List.of() : f.subcontractors();
    for (int i = 0; i < ss.size(); i++) {
      ScenarioFile.SubcontractorEntry s = ss.get(i);
      String at = "subcontractors[" + i + "]";
      if (s != null) {
        input(out, s.jobsValue(), Slot.SUBCONTRACTOR_JOBS, i, at + ".jobs", 1);
        input(out, s.annualOutputValue(), Slot.SUBCONTRACTOR_OUTPUT, i, at + ".annual_output", perUnit);
      }
    }
    List<ScenarioFile.OffsetEntry> os = f.offsets() == null ? List.of() : f.offsets();
    for (int i = 0; i < os.size(); i++) {
      ScenarioFile.OffsetEntry o = os.get(i);
      String at = "offsets[" + i + "]";
      if (o != null) {
        input(out, o.jobsValue(), Slot.OFFSET_JOBS, i, at + ".jobs", 1);
        input(out, o.annualOutputValue(), Slot.OFFSET_OUTPUT, i, at + ".annual_output", perUnit);
        input(out, o.shareValue(), Slot.OFFSET_SHARE, i, at + ".share", 1);
      }
    }
    List<ScenarioFile.DemandChangeEntry> ds = f.demandChanges() == null ? List.of() : f.demandChanges();
    for (int i = 0; i < ds.size(); i++) {
      ScenarioFile.DemandChangeEntry d = ds.get(i);
      if (d != null) {
        input(out, d.amountValue(), Slot.DEMAND_AMOUNT, i, "demand_changes[" + i + "].amount", perUnit);
      }
    }
    return out;
  }

  private static void input(List<UncertainInput> out, Quantity q, Slot slot, int index, String field,
      double factor) {
    if (q == null || !q.isDistribution()) {
      return;
    }
    try {
      out.add(new UncertainInput(slot, index, field, q.distribution(slot.range()), factor));
    } catch (IllegalArgumentException e) {
      throw new ScenarioException(field, e.getMessage());
    }
  }

  /** The scenario's {@code model_uncertainty}, or {@link ModelUncertainty#NONE}. */
  public static ModelUncertainty modelUncertainty(ScenarioFile f) {
    ScenarioFile.ModelUncertaintyEntry m = f.modelUncertainty();
    if (m == null) {
      return ModelUncertainty.NONE;
    }
    ModelUncertainty.Scope scope = ModelUncertainty.Scope.CELL;
    if (m.per() != null) {
      scope = null;
      for (ModelUncertainty.Scope s : ModelUncertainty.Scope.values()) {
        if (s.key().equals(m.per().toLowerCase(Locale.ROOT))) {
          scope = s;
        }
      }
      if (scope == null) {
        throw new ScenarioException("model_uncertainty.per", "per must be 'cell' or 'column', was '" + m.per() + "'");
      }
    }
    double a = sigma(m.coefficientSigma(), "model_uncertainty.coefficient_sigma");
    double h = sigma(m.householdShareSigma(), "model_uncertainty.household_share_sigma");
    return new ModelUncertainty(a, scope, h);
  }

  private static double sigma(Double v, String field) {
    if (v == null) {
      return 0;
    }
    if (!(v >= 0 && v <= 2)) {
      throw new ScenarioException(field, "must be in [0, 2] (a standard deviation of a log), was " + v);
    }
    return v;
  }

  private static void unique(java.util.Map<String, String> seen, String name, String field) {
    String first = seen.putIfAbsent(name, field);
    if (first != null) {
      throw new ScenarioException(field, "the name '" + name + "' is already used at " + first
          + "; closures and subcontractors need distinct names (offsets refer to them with 'of')");
    }
  }

  /**
   * A closure's or a subcontractor loss's profile: its pay in the model's unit with the labour income per unit of that
   * pay ({@link FacilityPay}), its employer's payroll in the model's unit, and its own purchases, each naming a sector
   * and giving its share (the core checks ranges and the sum).
   */
  private static FacilityProfile profile(Model m, String sector, Double annualPay,
      List<ScenarioFile.PurchaseEntry> purchases, Double employerPayroll, String at) {
    OptionalDouble pay = opt(annualPay, 1.0 / m.info().unitFactor(), at + ".annual_pay");
    FacilityPay.Factor factor = pay.isPresent() ? FacilityPay.of(m, sector, annualPay)
        : new FacilityPay.Factor(1.0, "");
    OptionalDouble payroll = opt(employerPayroll, 1.0 / m.info().unitFactor(), at + ".employer_payroll");
    return new FacilityProfile(pay, factor.value(), factor.basis(), purchases(purchases, at), payroll);
  }

  private static List<Purchase> purchases(List<ScenarioFile.PurchaseEntry> purchases, String at) {
    List<Purchase> out = new ArrayList<>();
    if (purchases == null) {
      return out;
    }
    if (purchases.isEmpty()) {
      throw new ScenarioException(at + ".purchases", "the list is empty; give {sector, share} entries or leave "
          + "purchases out to use the sector's average inputs");
    }
    for (int k = 0; k < purchases.size(); k++) {
      ScenarioFile.PurchaseEntry p = purchases.get(k);
      String here = at + ".purchases[" + k + "]";
      requireEntry(p, here);
      require(p.sector(), here + ".sector");
      finite(p.share(), here + ".share");
      out.add(new Purchase(p.sector(), p.share()));
    }
    return out;
  }

  private static String location(ScenarioFile.ClosureEntry c) {
    if (c.type() == null) {
      return c.location();
    }
    return c.location() == null ? c.type() : c.location() + " (" + c.type() + ")";
  }

  private static void requireEntry(Object entry, String at) {
    if (entry == null) {
      throw new ScenarioException(at, "an entry is required here, found null");
    }
  }

  private static void require(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new ScenarioException(field, "a non-empty value is required");
    }
  }

  private static void finite(double v, String field) {
    if (!Double.isFinite(v)) {
      throw new ScenarioException(field, "must be a finite number, was " + v);
    }
  }

  private static OptionalDouble opt(Double v, double factor, String field) {
    if (v == null) {
      return OptionalDouble.empty();
    }
    finite(v, field);
    if (factor != 1) { // money in the scenario's unit: refused as written, before it becomes the model's unit
      org.ripple.core.scenario.Values.positive(field, v);
    }
    return OptionalDouble.of(v * factor);
  }

  private static SubcontractorMode mode(String text, String field) {
    if (text == null) {
      return SubcontractorMode.SUPERSEDE;
    }
    for (SubcontractorMode m : SubcontractorMode.values()) {
      if (m.key().equals(text.toLowerCase(Locale.ROOT))) {
        return m;
      }
    }
    throw new ScenarioException(field, "mode must be 'supersede' or 'additive', was '" + text + "'");
  }
}
