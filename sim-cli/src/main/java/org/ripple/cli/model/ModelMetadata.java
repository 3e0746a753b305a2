package org.ripple.cli.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * {@code model.yaml} as written: descriptive metadata of a model folder. Unknown keys are errors; every key is
 * optional ({@code name} defaults to the folder or bundled name; a source needs a {@code title}; {@code negative_flows}
 * lists the negative cells of the transactions the author accepts, each with a reason; {@code accepted_findings} the
 * validation warnings the author accepts, each with a reason). Money figures are in the
 * model unit ({@code unit}, e.g. "CAD thousands").
 *
 * @param unitFactor currency units per model unit (1000 for "thousands"); absent means 1
 * @param householdIncome total household income H closing the Type II model; absent means the sum of labour income
 * @param labourIncomePerWage labour income per unit of gross wages in the model's labour-income concept (1 plus the
 *     employer contributions it counts), used for a closure's {@code annual_pay}; absent means 1
 */
public record ModelMetadata(
    String name,
    String title,
    String region,
    Integer year,
    String currency,
    String unit,
    @JsonProperty("unit_factor") Double unitFactor,
    @JsonProperty("jobs_definition") String jobsDefinition,
    @JsonProperty("household_income") Double householdIncome,
    @JsonProperty("labour_income_per_wage") Double labourIncomePerWage,
    String licence,
    String attribution,
    List<Source> sources,
    List<String> assumptions,
    List<String> notes,
    @JsonProperty("negative_flows") List<NegativeFlow> negativeFlows,
    @JsonProperty("accepted_findings") List<AcceptedFinding> acceptedFindings) {

  public ModelMetadata {
    sources = sources == null ? List.of() : List.copyOf(sources);
    assumptions = assumptions == null ? List.of() : List.copyOf(assumptions);
    notes = notes == null ? List.of() : List.copyOf(notes);
    negativeFlows = negativeFlows == null ? List.of() : List.copyOf(negativeFlows);
    acceptedFindings = acceptedFindings == null ? List.of() : List.copyOf(acceptedFindings);
  }

  /**
   * A negative flow of the transactions file that the model's author accepts, with the reason (for example "as
   * published: BEA's 2022 use table records it"). Every other negative flow is an error (exit 4). All three keys are
   * required; the codes must be sectors of the model.
   */
  public record NegativeFlow(String from, String to, String reason) {}

  /**
   * A warning of the model's validation that its author has looked into and accepts, with the reason (for example six
   * provincial rows whose modelled sales exceed their output by construction): {@code ripple validate} and
   * {@code ripple models} list it, runs do not repeat it. {@code check} is {@code row_balance} or
   * {@code column_balance}, {@code sector} a code of the model; all three keys are required ({@link AcceptedFindings}).
   */
  public record AcceptedFinding(String check, String sector, String reason) {}

  /** One data source; {@code title} is required. */
  public record Source(String title, String publisher, String reference, Integer year, String unit,
      String licence) {

    /** One line: {@code title - publisher, reference, year (unit; licence)}, leaving out what is absent. */
    public String render() {
      StringBuilder sb = new StringBuilder(title);
      StringBuilder by = new StringBuilder();
      for (String part : new String[] {publisher, reference, year == null ? null : year.toString()}) {
        if (part != null && !part.isBlank()) {
          by.append(by.length() == 0 ? "" : ", ").append(part);
        }
      }
      if (by.length() > 0) {
        sb.append(" - ").append(by);
      }
      StringBuilder paren = new StringBuilder();
      for (String part : new String[] {unit, licence}) {
        if (part != null && !part.isBlank()) {
          paren.append(paren.length() == 0 ? "" : "; ").append(part);
        }
      }
      if (paren.length() > 0) {
        sb.append(" (").append(paren).append(')');
      }
      return sb.toString();
    }
  }
}
