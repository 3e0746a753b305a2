package org.ripple.cli.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.ripple.core.uncertainty.Slot;

/**
 * The scenario file as written (YAML or JSON, same schema; see scenarios/README.md). Money amounts are in plain
 * currency units (e.g. CAD, not thousands), converted with the model's unit factor; jobs are counts of persons.
 * Bound strictly: unknown keys, wrong types and nulls are errors. A numeric input may be a {@link Quantity}: a
 * number or a distribution (its mean when the scenario is run without draws).
 */
public record ScenarioFile(
    @JsonProperty(value = "name", required = true) String name,
    @JsonProperty("description") String description,
    @JsonProperty("model") String model,
    @JsonProperty("region") String region,
    @JsonProperty("currency") String currency,
    @JsonProperty("closures") List<ClosureEntry> closures,
    @JsonProperty("subcontractors") List<SubcontractorEntry> subcontractors,
    @JsonProperty("offsets") List<OffsetEntry> offsets,
    @JsonProperty("demand_changes") List<DemandChangeEntry> demandChanges,
    @JsonProperty("assumptions") List<String> assumptions,
    @JsonProperty("sources") List<String> sources,
    @JsonProperty("horizon") HorizonEntry horizon,
    @JsonProperty("period") String period,
    @JsonProperty("income_replacement") IncomeReplacementEntry incomeReplacement,
    @JsonProperty("sweep") SweepEntry sweep,
    @JsonProperty("model_uncertainty") ModelUncertaintyEntry modelUncertainty) {

  /** How {@link #mapSectors} changes one shock's sector. */
  @FunctionalInterface
  public interface SectorMap {
    /**
     * The sector of the shock at {@code field} ({@code closures[0]}, ...), given its {@code sector} and {@code naics}
     * as written (either may be null).
     */
    String sector(String field, String sector, String naics);
  }

  /**
   * This file with every shock's sector replaced by what {@code map} gives: the one walk over the four shock lists
   * (NAICS codes mapped to sectors, {@code Concordance}; bare codes placed in a region, {@link RegionPlacement}). A
   * NAICS code that was mapped to a sector is dropped; null entries stay null.
   */
  public ScenarioFile mapSectors(SectorMap map) {
    java.util.function.BiFunction<String, String[], String[]> m = (field, sn) -> {
      String sector = map.sector(field, sn[0], sn[1]);
      return new String[] {sector, sn[1] != null && sector != null ? null : sn[1]};
    };
    List<ClosureEntry> cs = null;
    if (closures != null) {
      cs = new java.util.ArrayList<>();
      for (int i = 0; i < closures.size(); i++) {
        ClosureEntry e = closures.get(i);
        String[] sn = e == null ? null : m.apply("closures[" + i + "]", new String[] {e.sector(), e.naics()});
        cs.add(e == null ? null : new ClosureEntry(e.name(), sn[0], sn[1], e.jobsValue(), e.annualOutputValue(),
            e.location(), e.type(), e.effective(), e.ramp(), e.annualPay(),
            purchases(m, "closures[" + i + "]", e.purchases()), e.employerPayroll()));
      }
    }
    List<SubcontractorEntry> ss = null;
    if (subcontractors != null) {
      ss = new java.util.ArrayList<>();
      for (int i = 0; i < subcontractors.size(); i++) {
        SubcontractorEntry e = subcontractors.get(i);
        String[] sn = e == null ? null : m.apply("subcontractors[" + i + "]", new String[] {e.sector(), e.naics()});
        ss.add(e == null ? null : new SubcontractorEntry(e.name(), sn[0], sn[1], e.jobsValue(),
            e.annualOutputValue(), e.mode(), e.effective(), e.ramp(), e.annualPay(),
            purchases(m, "subcontractors[" + i + "]", e.purchases()), e.employerPayroll()));
      }
    }
    List<OffsetEntry> os = null;
    if (offsets != null) {
      os = new java.util.ArrayList<>();
      for (int i = 0; i < offsets.size(); i++) {
        OffsetEntry e = offsets.get(i);
        String[] sn = e == null ? null : m.apply("offsets[" + i + "]", new String[] {e.sector(), e.naics()});
        os.add(e == null ? null : new OffsetEntry(e.name(), sn[0], sn[1], e.shareValue(), e.jobsValue(),
            e.annualOutputValue(), e.of(), e.effective(), e.ramp()));
      }
    }
    List<DemandChangeEntry> ds = null;
    if (demandChanges != null) {
      ds = new java.util.ArrayList<>();
      for (int i = 0; i < demandChanges.size(); i++) {
        DemandChangeEntry e = demandChanges.get(i);
        String[] sn = e == null ? null : m.apply("demand_changes[" + i + "]", new String[] {e.sector(), e.naics()});
        ds.add(e == null ? null : new DemandChangeEntry(e.name(), sn[0], sn[1], e.amountValue(), e.effective(),
            e.ramp()));
      }
    }
    return new ScenarioFile(name, description, model, region, currency, cs, ss, os, ds, assumptions, sources,
        horizon, period, incomeReplacement, sweep, modelUncertainty);
  }

  /** A shock's purchases with each sector mapped like a shock's own ({@code closures[0].purchases[1]}, ...). */
  private static List<PurchaseEntry> purchases(java.util.function.BiFunction<String, String[], String[]> m,
      String at, List<PurchaseEntry> purchases) {
    if (purchases == null) {
      return null;
    }
    List<PurchaseEntry> out = new java.util.ArrayList<>();
    for (int k = 0; k < purchases.size(); k++) {
      PurchaseEntry p = purchases.get(k);
      String[] sn = p == null ? null : m.apply(at + ".purchases[" + k + "]", new String[] {p.sector(), p.naics()});
      out.add(p == null ? null : new PurchaseEntry(sn[0], sn[1], p.share()));
    }
    return out;
  }

  /**
   * Relative lognormal perturbations of the model's coefficients, drawn in every Monte Carlo draw (ignored without
   * draws): {@code coefficient_sigma} of A's cells ({@code per: cell}, the default, or {@code column}) and
   * {@code household_share_sigma} of the household spending share.
   */
  public record ModelUncertaintyEntry(
      @JsonProperty("coefficient_sigma") Double coefficientSigma,
      @JsonProperty("per") String per,
      @JsonProperty("household_share_sigma") Double householdShareSigma) {}

  /**
   * An entry sized by jobs or annual output (a closure, a subcontractor loss, an offset), each a number or a
   * distribution.
   */
  public interface Sized {
    Quantity jobsValue();

    Quantity annualOutputValue();

    /** Jobs, or the mean of their distribution; null when absent. */
    default Double jobs() {
      return Quantity.point(jobsValue(), Slot.Range.POSITIVE);
    }

    /** Annual output, or the mean of its distribution; null when absent. */
    default Double annualOutput() {
      return Quantity.point(annualOutputValue(), Slot.Range.POSITIVE);
    }
  }

  /**
   * A facility that closes. Its profile, each part optional: {@code annual_pay}, gross annual wages and salaries per
   * job in the scenario's currency; {@code purchases}, its own regional purchases per unit of its output;
   * {@code employer_payroll}, its employer's total annual payroll in the scenario's currency (the rate of the
   * employer payroll tax on the direct jobs).
   */
  public record ClosureEntry(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty("sector") String sector,
      @JsonProperty("naics") String naics,
      @JsonProperty("jobs") Quantity jobsValue,
      @JsonProperty("annual_output") Quantity annualOutputValue,
      @JsonProperty("location") String location,
      @JsonProperty("type") String type,
      @JsonProperty("effective") String effective,
      @JsonProperty("ramp") String ramp,
      @JsonProperty("annual_pay") Double annualPay,
      @JsonProperty("purchases") List<PurchaseEntry> purchases,
      @JsonProperty("employer_payroll") Double employerPayroll) implements Sized {}

  /**
   * One line of a facility's own regional purchases: a sector, named as a shock names its sector (a model code, a
   * bare code placed in the scenario's region, or {@code naics} mapped by the model's concordance), and its share of
   * the facility's output.
   */
  public record PurchaseEntry(
      @JsonProperty("sector") String sector,
      @JsonProperty("naics") String naics,
      @JsonProperty(value = "share", required = true) Double share) {}

  /** A known loss at subcontractors, with the same optional profile as a closure's. */
  public record SubcontractorEntry(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty("sector") String sector,
      @JsonProperty("naics") String naics,
      @JsonProperty("jobs") Quantity jobsValue,
      @JsonProperty("annual_output") Quantity annualOutputValue,
      @JsonProperty("mode") String mode,
      @JsonProperty("effective") String effective,
      @JsonProperty("ramp") String ramp,
      @JsonProperty("annual_pay") Double annualPay,
      @JsonProperty("purchases") List<PurchaseEntry> purchases,
      @JsonProperty("employer_payroll") Double employerPayroll) implements Sized {}

  /** Work picked up by regional firms. */
  public record OffsetEntry(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty("sector") String sector,
      @JsonProperty("naics") String naics,
      @JsonProperty("share") Quantity shareValue,
      @JsonProperty("jobs") Quantity jobsValue,
      @JsonProperty("annual_output") Quantity annualOutputValue,
      @JsonProperty("of") String of,
      @JsonProperty("effective") String effective,
      @JsonProperty("ramp") String ramp) implements Sized {
    /** The share, or the mean of its distribution; null when absent. */
    public Double share() {
      return Quantity.point(shareValue, Slot.Range.SHARE);
    }
  }

  /** A change of final demand. */
  public record DemandChangeEntry(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty("sector") String sector,
      @JsonProperty("naics") String naics,
      @JsonProperty(value = "amount", required = true) Quantity amountValue,
      @JsonProperty("effective") String effective,
      @JsonProperty("ramp") String ramp) {
    /** The amount, or the mean of its distribution; null when absent. */
    public Double amount() {
      return Quantity.point(amountValue, Slot.Range.SIGNED);
    }
  }

  /** The span of a timeline: first and last day (ISO dates, inclusive). */
  public record HorizonEntry(
      @JsonProperty(value = "start", required = true) String start,
      @JsonProperty(value = "end", required = true) String end) {}

  /** Income replacement for the induced effect; absent keys take the documented defaults. */
  public record IncomeReplacementEntry(
      @JsonProperty("enabled") Boolean enabled,
      @JsonProperty("severance_weeks") Double severanceWeeks,
      @JsonProperty("ei_rate") Double eiRate,
      @JsonProperty("ei_max_insurable_earnings") Double eiMaxInsurableEarnings,
      @JsonProperty("ei_waiting_weeks") Double eiWaitingWeeks,
      @JsonProperty("ei_weeks") Double eiWeeks,
      @JsonProperty("reemployment") String reemployment,
      @JsonProperty("reemployment_half_life_months") Double reemploymentHalfLifeMonths,
      @JsonProperty("reemployment_table") List<ReemploymentPoint> reemploymentTable) {}

  /** A point of a re-employment table: share of the displaced re-employed after a number of months. */
  public record ReemploymentPoint(
      @JsonProperty(value = "months", required = true) Double months,
      @JsonProperty(value = "share", required = true) Double share) {}

  /** Variants of this scenario for {@code ripple sweep} and {@code ripple compare}: one value of a field each. */
  public record SweepEntry(
      @JsonProperty(value = "set", required = true) String set,
      @JsonProperty(value = "values", required = true) List<Double> values) {}
}
