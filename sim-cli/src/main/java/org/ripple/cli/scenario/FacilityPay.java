package org.ripple.cli.scenario;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ripple.core.Model;
import org.ripple.core.Regions;
import org.ripple.core.fiscal.FiscalParameters;
import org.ripple.core.fiscal.TaxRules;

/**
 * The labour income of a facility's stated {@code annual_pay}: the pay times {@code k(pay)}, labour income per unit
 * of pay at that pay, found as the bundled models' build finds each sector's (the one rule is
 * {@link TaxRules#labourIncomePerWage}). The pay, written in the model's money (CAD of the model's year), is carried
 * to CAD of the latest tax year whose parameters ship by the consumer price index, as the build carries SEPH pay, and
 * the province's employer contributions apply there (EI, QPP and QPIP in Quebec; EI and CPP elsewhere).
 *
 * <ul>
 *   <li>A model whose labour income is gross wages ({@code labour_income_per_wage} absent or 1): {@code k = 1}.
 *   <li>A model in CAD whose facility is in a province of the parameter file (the sector's region on a
 *       multi-regional model, else the model's region): {@code k = TaxRules.labourIncomePerWage(pay x CPI(tax year)
 *       / CPI(model year))} of that province.
 *   <li>Otherwise the model's own {@code labour_income_per_wage} (its payroll-weighted average), and the note says
 *       so.
 * </ul>
 */
public final class FacilityPay {
  private FacilityPay() {}

  /** Labour income per unit of pay and how it was found (for the shock's note). */
  public record Factor(double value, String basis) {}

  /**
   * The factor of {@code pay} (plain currency units of the model's money year, as the scenario writes it) for a
   * facility in sector {@code sector} of {@code model}.
   */
  public static Factor of(Model model, String sector, double pay) {
    double average = model.info().payFactor();
    if (average == 1.0) {
      return new Factor(1.0, "the model's labour income is gross wages and salaries");
    }
    String province = province(model, sector);
    Optional<FiscalParameters> found = FiscalParameters.forYear(FiscalParameters.LATEST_YEAR);
    String jurisdiction = TaxRules.jurisdiction(province);
    if (found.isPresent() && "CAD".equalsIgnoreCase(model.info().currency()) && !jurisdiction.equals("federal")
        && found.get().has(jurisdiction + ".income_tax.rate_1")) {
      FiscalParameters p = found.get();
      OptionalDouble prices = p.priceFactor(model.info().year());
      if (prices.isPresent()) {
        TaxRules rules = TaxRules.forProvince(p, province);
        double carried = pay * prices.getAsDouble();
        double k = rules.labourIncomePerWage(carried);
        boolean quebec = province.equals(TaxRules.QUEBEC);
        String basis = String.format(Locale.ROOT, "1 + %s's employer EI %,.2f, %s %,.2f%s CAD at that pay in CAD "
            + "of %d, %,.0f (the pay x CPI %d / %d = %.4f; %s)", province, rules.eiEmployer(carried),
            quebec ? "QPP" : "CPP", rules.qppEmployer(carried),
            quebec ? String.format(Locale.ROOT, " and QPIP %,.2f", rules.qpipEmployer(carried)) : "", p.year(),
            carried, p.year(), model.info().year(), prices.getAsDouble(), p.file());
        return new Factor(k, basis);
      }
    }
    return new Factor(average, "the model's labour_income_per_wage (no employer-contribution rules for "
        + (province.isEmpty() ? "the model's region" : province) + " in " + model.info().currency() + ")");
  }

  /** The province of a sector: its region's name on a multi-regional model, else the model's region. */
  private static String province(Model model, String sector) {
    Optional<Regions> regions = model.regions();
    int j = model.sectors().positionOf(sector);
    if (regions.isPresent() && j >= 0) {
      Regions.Region r = regions.get().at(regions.get().regionOf(j));
      return r.name().isEmpty() ? r.code() : r.name();
    }
    return model.info().region();
  }
}
