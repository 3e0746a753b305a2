package org.ripple.core.fiscal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped parameter file: every value present, each with an official source or marked an assumption. */
class FiscalParametersTest {
  private static final List<String> OFFICIAL = List.of("Canada Revenue Agency", "CRA", "ESDC",
      "Employment and Social Development Canada", "Revenu Quebec", "Retraite Quebec", "RQAP", "Statistics Canada",
      "Employment Insurance Act", "Act respecting the Quebec Pension Plan", "Department of Finance",
      "Ministry of Finance", "Manitoba Finance", "Treasury Board and Finance");

  @Test
  void the2025FileHasEveryValueTheRulesAndTheAccountRead() {
    FiscalParameters p = FiscalParameters.forYear(2025).orElseThrow();
    assertThat(p.year()).isEqualTo(2025);
    new TaxRules(p);
    for (String province : List.of("Quebec", "Ontario", "British Columbia", "Manitoba", "Newfoundland and Labrador")) {
      assertThat(PayrollTaxSchedule.of(p, province)).as(province).isNotNull();
    }
    for (String key : List.of("federal.gst.rate", "quebec.qst.rate", "federal.employment_insurance.benefit_rate",
        "federal.employment_insurance.waiting_weeks", "federal.employment_insurance.benefit_weeks")) {
      assertThat(p.has(key)).as(key).isTrue();
    }
    assertThat(p.value("federal.income_tax.rate_1")).isEqualTo(0.145);
    assertThat(p.value("federal.employment_insurance.employer_multiple")).isEqualTo(1.4);
    assertThat(p.priceIndex(2021)).isPresent();
    assertThat(p.priceIndex(2025)).isPresent();
    assertThat(p.priceIndex(1990)).isEmpty();
  }

  @Test
  void everyValueNamesAnOfficialSourceOrSaysAssumption() {
    FiscalParameters p = FiscalParameters.forYear(2025).orElseThrow();
    assertThat(p.all()).hasSizeGreaterThan(40);
    for (FiscalParameters.Parameter v : p.all().values()) {
      boolean official = OFFICIAL.stream().anyMatch(v.source()::contains);
      assertThat(official || v.source().startsWith("assumption")).as(v.key() + ": " + v.source()).isTrue();
      assertThat(v.unit()).as(v.key()).isNotBlank();
    }
  }

  /**
   * Every province outside Quebec has its consumption tax (a rate of 0 where it has none), the four with a
   * general employer payroll tax have its top rate, and the other five a payroll-tax rate of 0 (they levy none): each the 2025 figure at its source, Nova Scotia's the year's
   * average of 10 % (January to March) and 9 % (April to December).
   */
  @Test
  void everyProvinceHasItsSalesTaxAndTheFourPayrollTaxesTheirTopRates() {
    FiscalParameters p = FiscalParameters.forYear(2025).orElseThrow();
    java.util.Map<String, Double> sales = java.util.Map.of("newfoundland_and_labrador", 0.10,
        "prince_edward_island", 0.10, "nova_scotia", (3 * 0.10 + 9 * 0.09) / 12, "new_brunswick", 0.10, "ontario",
        0.08, "manitoba", 0.07, "saskatchewan", 0.06, "alberta", 0.0, "british_columbia", 0.07);
    sales.forEach((province, rate) -> assertThat(p.value(province + ".sales_tax.rate")).as(province)
        .isCloseTo(rate, org.assertj.core.api.Assertions.within(1e-12)));
    assertThat(p.value("ontario.payroll_tax.top_rate")).isEqualTo(0.0195);
    assertThat(p.value("british_columbia.payroll_tax.top_rate")).isEqualTo(0.0195);
    assertThat(p.value("manitoba.payroll_tax.top_rate")).isEqualTo(0.0215);
    assertThat(p.value("newfoundland_and_labrador.payroll_tax.top_rate")).isEqualTo(0.02);
    for (String none : List.of("nova_scotia", "new_brunswick", "prince_edward_island", "saskatchewan", "alberta")) {
      assertThat(p.value(none + ".payroll_tax.top_rate")).as(none).isZero();
      TaxRules rules = TaxRules.forProvince(p, FiscalParametersTest.provinceName(none));
      assertThat(rules.leviesNoPayrollTax()).as(none).isTrue();
      assertThat(rules.hasPayrollTax()).as(none).isFalse();
      assertThat(PayrollTaxSchedule.of(p, FiscalParametersTest.provinceName(none))).as(none).isNull();
    }
  }

  /**
   * The 2025 figures re-read at their official sources (issue 17), each with its published arithmetic: the CPI
   * annual average is the mean of the twelve monthly indexes of Table 18-10-0004-01, 1970.2 / 12 = 164.18, published
   * to one decimal; Saskatchewan's second bound is 53,463 + the next 99,287; Nova Scotia's basic amount is 8,744 plus
   * the 3,000 supplement now given to every filer; Alberta's is 2024's 21,885 x 1.02 = 22,322.7; Manitoba's is the
   * year's average of January's 15,969 and July's prorated 15,591; HAPSET's exemption is 2 million from 2023.
   */
  @Test
  void theReReadFiguresFollowTheirSourcesArithmetic() {
    FiscalParameters p = FiscalParameters.forYear(2025).orElseThrow();
    double[] months = {161.3, 163.0, 163.5, 163.4, 164.3, 164.4, 164.9, 164.8, 164.9, 165.3, 165.4, 165.0};
    double sum = 0;
    for (double m : months) {
      sum += m;
    }
    assertThat(sum).isCloseTo(1_970.2, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(p.priceIndex(2025).orElseThrow().value()).isEqualTo(Math.round(sum / 12 * 10) / 10.0)
        .isEqualTo(164.2);
    assertThat(p.value("saskatchewan.income_tax.bracket_2_upper")).isEqualTo(53_463 + 99_287);
    assertThat(p.value("saskatchewan.income_tax.basic_personal_amount")).isEqualTo(19_491);
    assertThat(p.value("nova_scotia.income_tax.basic_personal_amount")).isEqualTo(8_744 + 3_000);
    assertThat(p.value("alberta.income_tax.basic_personal_amount")).isEqualTo(Math.round(21_885 * 1.02));
    assertThat(p.value("alberta.income_tax.rate_1")).isEqualTo(0.08);
    assertThat(p.value("alberta.income_tax.bracket_1_upper")).isEqualTo(60_000);
    assertThat(p.value("manitoba.income_tax.basic_personal_amount")).isEqualTo((15_969 + 15_591) / 2.0);
    assertThat(p.value("prince_edward_island.income_tax.basic_personal_amount")).isEqualTo(14_650);
    assertThat(p.value("newfoundland_and_labrador.payroll_tax.exemption")).isEqualTo(2_000_000);
  }

  /** "prince_edward_island" -> "Prince Edward Island", as Statistics Canada names the province. */
  static String provinceName(String jurisdiction) {
    StringBuilder b = new StringBuilder();
    for (String word : jurisdiction.split("_")) {
      b.append(b.length() == 0 ? "" : " ")
          .append(word.equals("and") ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return b.toString();
  }

  @Test
  void theLatestYearShipsAndNoLaterOneDoes() {
    assertThat(FiscalParameters.forYear(FiscalParameters.LATEST_YEAR)).isPresent();
    assertThat(FiscalParameters.forYear(FiscalParameters.LATEST_YEAR + 1)).isEmpty();
  }

  @Test
  void aYearWithoutAFileIsEmpty() {
    assertThat(FiscalParameters.forYear(1999)).isEmpty();
  }

  @Test
  void malformedRowsNameTheFileAndLine() {
    assertThatThrownBy(() -> FiscalParameters.parse(2025, "t.csv", "# c\nfederal,gst,rate,0.05,share\n"))
        .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("t.csv:2:");
    assertThatThrownBy(() -> FiscalParameters.parse(2025, "t.csv", "federal,gst,rate,five,share,CRA\n"))
        .hasMessage("t.csv:1: value 'five' is not a number");
    assertThatThrownBy(() -> FiscalParameters.parse(2025, "t.csv",
        "federal,gst,rate,0.05,share,CRA\nfederal,gst,rate,0.05,share,CRA\n"))
        .hasMessageContaining("given twice");
    FiscalParameters p = FiscalParameters.parse(2025, "t.csv", "federal,gst,rate,0.05,share,CRA, page one, two\n");
    assertThat(p.parameter("federal.gst.rate").source()).isEqualTo("CRA, page one, two");
    assertThatThrownBy(() -> p.value("quebec.qst.rate")).hasMessageContaining("t.csv: no value for quebec.qst.rate");
  }
}
