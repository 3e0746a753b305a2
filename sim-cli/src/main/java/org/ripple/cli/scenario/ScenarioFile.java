package org.ripple.cli.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The scenario file as written (YAML or JSON, same schema; see scenarios/README.md). Money amounts are in plain
 * currency units (e.g. CAD, not thousands), converted with the model's unit factor; jobs are counts of persons.
 * Bound strictly: unknown keys, wrong types and nulls are errors.
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
    @JsonProperty("sweep") SweepEntry sweep) {

  /** A facility that closes. */
  public record ClosureEntry(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty("sector") String sector,
      @JsonProperty("naics") String naics,
      @JsonProperty("jobs") Double jobs,
      @JsonProperty("annual_output") Double annualOutput,
      @JsonProperty("location") String location,
      @JsonProperty("type") String type,
      @JsonProperty("effective") String effective,
      @JsonProperty("ramp") String ramp) {}

  /** A known loss at subcontractors. */
  public record SubcontractorEntry(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty("sector") String sector,
      @JsonProperty("naics") String naics,
      @JsonProperty("jobs") Double jobs,
      @JsonProperty("annual_output") Double annualOutput,
      @JsonProperty("mode") String mode,
      @JsonProperty("effective") String effective,
      @JsonProperty("ramp") String ramp) {}

  /** Work picked up by regional firms. */
  public record OffsetEntry(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty("sector") String sector,
      @JsonProperty("naics") String naics,
      @JsonProperty("share") Double share,
      @JsonProperty("jobs") Double jobs,
      @JsonProperty("annual_output") Double annualOutput,
      @JsonProperty("of") String of,
      @JsonProperty("effective") String effective,
      @JsonProperty("ramp") String ramp) {}

  /** A change of final demand. */
  public record DemandChangeEntry(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty("sector") String sector,
      @JsonProperty("naics") String naics,
      @JsonProperty(value = "amount", required = true) Double amount,
      @JsonProperty("effective") String effective,
      @JsonProperty("ramp") String ramp) {}

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
