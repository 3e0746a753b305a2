package org.ripple.core.fiscal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.Regions;
import org.ripple.core.impact.LeontiefSystem;

/**
 * What an account of {@code system} with {@code inputs} takes that no result changes: whether it is available at
 * all (else the account saying why), the tax year's parameters, the provinces (each region of the model whose
 * income-tax schedule is among the parameters) with their sectors, households, rules and governments, the
 * conversion of the model's money, and every sector's average pay with its per-worker amounts under its province's
 * rules.
 */
final class AccountBasis {
  /** The per-worker amounts of each sector ({@link TaxRules#PER_WORKER}). */
  static final int K = TaxRules.PER_WORKER.size();

  final FiscalAccount unavailable;
  final FiscalParameters parameters;
  final Scope scope;
  final double priceFactor;
  final FiscalParameters.Parameter cpiFrom;
  final FiscalParameters.Parameter cpiTo;
  /** Model money (one unit of the model) in CAD of the tax year. */
  final double money;
  /** Per sector: average pay (NaN: no jobs in the sector), and its K per-worker amounts. */
  final double[] sectorPay;
  final double[] sectorRates;

  private AccountBasis(FiscalAccount unavailable) {
    this.unavailable = unavailable;
    this.parameters = null;
    this.scope = null;
    this.priceFactor = Double.NaN;
    this.cpiFrom = null;
    this.cpiTo = null;
    this.money = Double.NaN;
    this.sectorPay = null;
    this.sectorRates = null;
  }

  private AccountBasis(LeontiefSystem system, FiscalParameters parameters, Scope scope, FiscalParameters.Parameter from,
      FiscalParameters.Parameter to) {
    this.unavailable = null;
    this.parameters = parameters;
    this.scope = scope;
    this.priceFactor = to.value() / from.value();
    this.cpiFrom = from;
    this.cpiTo = to;
    this.money = system.model().info().unitFactor() * priceFactor;
    int n = system.size();
    sectorPay = new double[n];
    sectorRates = new double[n * K];
    for (int j = 0; j < n; j++) {
      double e = system.coefficient(Measure.JOBS, j);
      int g = scope.provinceOf()[j];
      if (!(e > 0) || g < 0) {
        sectorPay[j] = Double.NaN;
        continue;
      }
      TaxRules own = scope.provinces().get(g).rules();
      double cost = system.coefficient(Measure.LABOUR_INCOME, j) / e * money;
      sectorPay[j] = own.payFromLabourCost(cost);
      own.perWorker(sectorPay[j], sectorRates, j * K);
    }
  }

  /** The rows of the account's summary table ({@link FiscalTables#summary}): each government's items and balance. */
  int summaryRows() {
    int rows = 0;
    for (Jurisdiction g : scope.governments()) {
      rows += g.items().size() + 1;
    }
    return rows;
  }

  /** The basis of the accounts of {@code system} with {@code inputs}; {@link #unavailable} says why there is none. */
  static AccountBasis of(LeontiefSystem system, FiscalInputs inputs) {
    Model model = system.model();
    String region = model.info().region();
    Optional<FiscalParameters> found = FiscalParameters.forYear(inputs.taxYear());
    if (found.isEmpty()) {
      return new AccountBasis(FiscalAccount.notAvailable(region, inputs.taxYear(), "fiscal account not available: no "
          + "tax parameters for " + inputs.taxYear() + " (the jar carries " + FiscalParameters.resource(2025) + ")"));
    }
    FiscalParameters parameters = found.get();
    if (!"CAD".equalsIgnoreCase(model.info().currency())) {
      return new AccountBasis(FiscalAccount.notAvailable(region, inputs.taxYear(), "fiscal account not available: the "
          + "account covers Canada's provinces (CAD) only; the model's region is " + quoted(region) + " in "
          + quoted(model.info().currency())));
    }
    Scope scope = Scope.of(system, parameters);
    if (scope == null) {
      return new AccountBasis(FiscalAccount.notAvailable(region, inputs.taxYear(), "fiscal account not available: the "
          + "account covers Canada's provinces whose tax parameters ship; the model's region is " + quoted(region)));
    }
    if (!system.has(Measure.JOBS) || !system.has(Measure.LABOUR_INCOME)) {
      return new AccountBasis(FiscalAccount.notAvailable(scope.province, inputs.taxYear(), "fiscal account not "
          + "available: the model has no " + (system.has(Measure.JOBS) ? "labour income" : "employment")
          + ", so no pay per job"));
    }
    int moneyYear = model.info().year();
    Optional<FiscalParameters.Parameter> from = parameters.priceIndex(moneyYear);
    Optional<FiscalParameters.Parameter> to = parameters.priceIndex(inputs.taxYear());
    if (from.isEmpty() || to.isEmpty()) {
      return new AccountBasis(FiscalAccount.notAvailable(scope.province, inputs.taxYear(), "fiscal account not "
          + "available: " + parameters.file() + " has no consumer price index for "
          + (from.isEmpty() ? moneyYear : inputs.taxYear()) + " to convert the model's money to CAD of "
          + inputs.taxYear()));
    }
    return new AccountBasis(system, parameters, scope, from.get(), to.get());
  }

  private static String quoted(String s) {
    return s.isEmpty() ? "(not given)" : s;
  }

  /**
   * One province of the account: its workers' rules, its households (the closure's household, -1 without), its
   * consumption tax on household spending (QST in Quebec, else the HST's provincial part or the PST / RST: {@code
   * salesTax} null where the rate is 0, as in Alberta; {@code salesTaxRate} NaN where no rate is among the
   * parameters) and its government in the account.
   */
  record Province(String name, TaxRules rules, int household, FiscalItem salesTax, double salesTaxRate,
      Jurisdiction government) {}

  /**
   * The provinces of the account, the province of each sector (-1: a region without tax parameters, not counted),
   * the governments (federal first, then each province's), the provinces' names for people ({@code province}) and
   * the regions left out.
   */
  record Scope(String province, List<Province> provinces, int[] provinceOf, List<Jurisdiction> governments,
      List<String> others) {
    /** The Quebec worker's items, as every Quebec account has had them. */
    private static final List<FiscalItem> QUEBEC_ITEMS = List.of(FiscalItem.PROVINCIAL_INCOME_TAX,
        FiscalItem.QPP_EMPLOYEE, FiscalItem.QPP_EMPLOYER, FiscalItem.QPIP_EMPLOYEE, FiscalItem.QPIP_EMPLOYER,
        FiscalItem.HSF_EMPLOYER, FiscalItem.QST, FiscalItem.PROVINCIAL_PRODUCTION_TAXES);
    /** What each province's employer payroll tax and consumption tax are called (where the province names them). */
    private static final Map<String, String> PAYROLL_TAX_NAMES = Map.of("ontario", "Employer Health Tax",
        "british_columbia", "Employer Health Tax", "manitoba", "HE levy (health and education payroll tax)",
        "newfoundland_and_labrador", "HAPSET (health and education payroll tax)");
    private static final Map<String, String> SALES_TAX_NAMES = Map.of("ontario", "HST, provincial part",
        "new_brunswick", "HST, provincial part", "newfoundland_and_labrador", "HST, provincial part",
        "nova_scotia", "HST, provincial part", "prince_edward_island", "HST, provincial part",
        "british_columbia", "PST", "saskatchewan", "PST", "manitoba", "RST");

    static Scope of(LeontiefSystem system, FiscalParameters p) {
      Model model = system.model();
      int n = system.size();
      int[] provinceOf = new int[n];
      java.util.Arrays.fill(provinceOf, -1);
      List<String> names = new ArrayList<>();
      List<Integer> households = new ArrayList<>();
      List<String> others = new ArrayList<>();
      Optional<Regions> regions = model.regions();
      if (regions.isPresent()) {
        Regions r = regions.get();
        int[] index = new int[r.size()];
        for (int k = 0; k < r.size(); k++) {
          Regions.Region region = r.at(k);
          String name = provinceName(region.code(), region.name(), p);
          index[k] = -1;
          if (name == null) {
            others.add(region.name().isEmpty() ? region.code() : region.name());
          } else {
            index[k] = names.size();
            names.add(name);
            households.add(-1);
          }
        }
        for (int j = 0; j < n; j++) {
          int g = index[r.regionOf(j)];
          provinceOf[j] = g;
          if (g >= 0 && system.hasTypeII()) {
            households.set(g, system.closure().householdOf(j));
          }
        }
      } else {
        String name = provinceName("", model.info().region(), p);
        if (name == null) {
          return null;
        }
        names.add(name);
        households.add(system.hasTypeII() ? 0 : -1);
        java.util.Arrays.fill(provinceOf, 0);
      }
      if (names.isEmpty()) {
        return null;
      }
      boolean one = names.size() == 1;
      boolean quebecOnly = one && names.get(0).equals(TaxRules.QUEBEC);
      boolean withQuebec = names.contains(TaxRules.QUEBEC);
      List<FiscalItem> federal = new ArrayList<>(List.of(FiscalItem.FEDERAL_INCOME_TAX, FiscalItem.EI_EMPLOYEE,
          FiscalItem.EI_EMPLOYER));
      if (!quebecOnly) {
        federal.addAll(List.of(FiscalItem.CPP_EMPLOYEE, FiscalItem.CPP_EMPLOYER));
      }
      federal.addAll(List.of(FiscalItem.GST, FiscalItem.FEDERAL_PRODUCTION_TAXES, FiscalItem.EI_BENEFITS));
      Map<FiscalItem, String> federalLabels = quebecOnly ? Map.of() : Map.of(FiscalItem.FEDERAL_INCOME_TAX,
          withQuebec ? "Personal income tax (Quebec's workers after the Quebec abatement)" : "Personal income tax");
      List<Jurisdiction> governments = new ArrayList<>();
      governments.add(new Jurisdiction("federal", "federal", Government.FEDERAL, federal, federalLabels));
      List<Province> provinces = new ArrayList<>();
      for (int g = 0; g < names.size(); g++) {
        String name = names.get(g);
        TaxRules rules = TaxRules.forProvince(p, name);
        String own = TaxRules.jurisdiction(name);
        String key = one ? Government.PROVINCIAL.key() : own;
        FiscalItem salesTax;
        double rate;
        Jurisdiction government;
        if (rules.isQuebec()) {
          salesTax = FiscalItem.QST;
          rate = p.value("quebec.qst.rate");
          government = new Jurisdiction(key, name, Government.PROVINCIAL, QUEBEC_ITEMS, Map.of());
        } else {
          rate = p.has(own + ".sales_tax.rate") ? p.value(own + ".sales_tax.rate") : Double.NaN;
          salesTax = rate == 0 ? null : FiscalItem.SALES_TAX;
          List<FiscalItem> items = new ArrayList<>(List.of(FiscalItem.PROVINCIAL_INCOME_TAX));
          if (!rules.leviesNoPayrollTax()) {
            items.add(FiscalItem.PAYROLL_TAX_EMPLOYER);
          }
          if (salesTax != null) {
            items.add(FiscalItem.SALES_TAX);
          }
          items.add(FiscalItem.PROVINCIAL_PRODUCTION_TAXES);
          Map<FiscalItem, String> labels = new java.util.EnumMap<>(FiscalItem.class);
          if (PAYROLL_TAX_NAMES.containsKey(own)) {
            labels.put(FiscalItem.PAYROLL_TAX_EMPLOYER, PAYROLL_TAX_NAMES.get(own) + ", employer");
          }
          if (SALES_TAX_NAMES.containsKey(own)) {
            labels.put(FiscalItem.SALES_TAX, SALES_TAX_NAMES.get(own) + " on household spending");
          }
          government = new Jurisdiction(key, name, Government.PROVINCIAL, items, labels);
        }
        governments.add(government);
        provinces.add(new Province(name, rules, households.get(g), salesTax, rate, government));
      }
      return new Scope(String.join(", ", names), provinces, provinceOf, governments, others);
    }

    /**
     * The province a region is, as {@link TaxRules#forProvince} names it, when the parameters carry its income-tax
     * schedule (Quebec always: by its code QC or its name); null for any other region.
     */
    private static String provinceName(String code, String name, FiscalParameters p) {
      if (code.equalsIgnoreCase("QC") || name.equalsIgnoreCase(TaxRules.QUEBEC)) {
        return TaxRules.QUEBEC;
      }
      if (name.isBlank()) {
        return null;
      }
      return TaxRules.forProvince(p, name).provincialScheduleIsOwn() ? name : null;
    }
  }
}
