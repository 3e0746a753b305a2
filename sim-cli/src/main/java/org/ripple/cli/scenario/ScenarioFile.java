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
    @JsonProperty("sources") List<String> sources) {

  /** A facility that closes. */
  public record ClosureEntry(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty("sector") String sector,
      @JsonProperty("naics") String naics,
      @JsonProperty("jobs") Double jobs,
      @JsonProperty("annual_output") Double annualOutput,
      @JsonProperty("location") String location,
      @JsonProperty("type") String type) {}

  /** A known loss at subcontractors. */
  public record SubcontractorEntry(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty("sector") String sector,
      @JsonProperty("naics") String naics,
      @JsonProperty("jobs") Double jobs,
      @JsonProperty("annual_output") Double annualOutput,
      @JsonProperty("mode") String mode) {}

  /** Work picked up by regional firms. */
  public record OffsetEntry(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty("sector") String sector,
      @JsonProperty("naics") String naics,
      @JsonProperty("share") Double share,
      @JsonProperty("jobs") Double jobs,
      @JsonProperty("annual_output") Double annualOutput,
      @JsonProperty("of") String of) {}

  /** A change of final demand. */
  public record DemandChangeEntry(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty("sector") String sector,
      @JsonProperty("naics") String naics,
      @JsonProperty(value = "amount", required = true) Double amount) {}
}
