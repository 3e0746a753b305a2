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

  /** A facility that closes. */
  public record ClosureEntry(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty("sector") String sector,
      @JsonProperty("naics") String naics,
      @JsonProperty("jobs") Quantity jobsValue,
      @JsonProperty("annual_output") Quantity annualOutputValue,
      @JsonProperty("location") String location,
      @JsonProperty("type") String type,
      @JsonProperty("effective") String effective,
      @JsonProperty("ramp") String ramp) implements Sized {}

  /** A known loss at subcontractors. */
  public record SubcontractorEntry(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty("sector") String sector,
      @JsonProperty("naics") String naics,
      @JsonProperty("jobs") Quantity jobsValue,
      @JsonProperty("annual_output") Quantity annualOutputValue,
      @JsonProperty("mode") String mode,
      @JsonProperty("effective") String effective,
      @JsonProperty("ramp") String ramp) implements Sized {}

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
