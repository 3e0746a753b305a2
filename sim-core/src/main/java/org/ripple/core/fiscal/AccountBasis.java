package org.ripple.core.fiscal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.Regions;
import org.ripple.core.impact.LeontiefSystem;

/**
 * What an account of {@code system} with {@code inputs} takes that no result changes: whether it is available at
 * all (else the account saying why), the tax year's parameters, the province's sectors and households, the
 * conversion of the model's money, and every sector's average pay with its per-worker amounts.
 */
final class AccountBasis {
  /** The per-worker amounts of each sector ({@link TaxRules#PER_WORKER}). */
  static final int K = TaxRules.PER_WORKER.size();

  final FiscalAccount unavailable;
  final FiscalParameters parameters;
  final TaxRules rules;
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
    this.rules = null;
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
    this.rules = new TaxRules(parameters);
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
      if (!(e > 0)) {
        sectorPay[j] = Double.NaN;
        continue;
      }
      double cost = system.coefficient(Measure.LABOUR_INCOME, j) / e * money;
      sectorPay[j] = rules.payFromLabourCost(cost);
      rules.perWorker(sectorPay[j], sectorRates, j * K);
    }
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
          + "account covers Quebec (CAD) only; the model's region is " + quoted(region) + " in "
          + quoted(model.info().currency())));
    }
    Scope scope = Scope.of(system);
    if (scope == null) {
      return new AccountBasis(FiscalAccount.notAvailable(region, inputs.taxYear(), "fiscal account not available: the "
          + "account covers Quebec only; the model's region is " + quoted(region)));
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

  /** The sectors whose jobs the province's rules apply to, and the province's households. */
  record Scope(String province, boolean[] inside, int household, List<String> others) {
    static Scope of(LeontiefSystem system) {
      Model model = system.model();
      int n = system.size();
      boolean[] inside = new boolean[n];
      Optional<Regions> regions = model.regions();
      if (regions.isPresent()) {
        Regions r = regions.get();
        int qc = -1;
        List<String> others = new ArrayList<>();
        for (int k = 0; k < r.size(); k++) {
          Regions.Region region = r.at(k);
          if (region.code().equalsIgnoreCase("QC") || region.name().equalsIgnoreCase("Quebec")) {
            qc = k;
          } else {
            others.add(region.name().isEmpty() ? region.code() : region.name());
          }
        }
        if (qc < 0) {
          return null;
        }
        int household = -1;
        for (int j = 0; j < n; j++) {
          inside[j] = r.regionOf(j) == qc;
          if (inside[j] && system.hasTypeII()) {
            household = system.closure().householdOf(j);
          }
        }
        return new Scope(r.at(qc).name().isEmpty() ? "Quebec" : r.at(qc).name(), inside, household, others);
      }
      if (!model.info().region().equalsIgnoreCase("Quebec")) {
        return null;
      }
      java.util.Arrays.fill(inside, true);
      return new Scope("Quebec", inside, system.hasTypeII() ? 0 : -1, List.of());
    }
  }
}
