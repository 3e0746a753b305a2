package org.ripple.core.provincial;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.ripple.core.Sector;

/**
 * Labour income measured per sector and the households' own consumption mix.
 *
 * @param annualPay gross annual wages and salaries per job in each sector, in the model's money unit (positive)
 * @param payFactor per sector, labour income per unit of wages (1 plus the employer's social contributions on the
 *     sector's pay), at least 1
 * @param collectiveShare the share g of final consumption that is government and NPISH consumption, in [0, 1)
 * @param collective the sectors whose non-market output that consumption is (education, health, public
 *     administration); their alpha must add up to more than g
 */
public record SectorIncome(double[] annualPay, double[] payFactor, double collectiveShare, boolean[] collective) {
  public SectorIncome {
    Objects.requireNonNull(annualPay, "annualPay");
    Objects.requireNonNull(payFactor, "payFactor");
    Objects.requireNonNull(collective, "collective");
    annualPay = annualPay.clone();
    payFactor = payFactor.clone();
    collective = collective.clone();
    for (double k : payFactor) {
      if (!(k >= 1) || !Double.isFinite(k)) {
        throw new IllegalArgumentException("labour income per unit of wages must be at least 1, was " + k);
      }
    }
    if (!(collectiveShare >= 0 && collectiveShare < 1)) {
      throw new IllegalArgumentException("the government and NPISH share of final consumption must be in [0, 1), "
          + "was " + collectiveShare);
    }
  }

  void check(List<Sector> sectors, double[] alpha) {
    int n = sectors.size();
    if (annualPay.length != n || payFactor.length != n || collective.length != n) {
      throw new IllegalArgumentException("annual pay, pay factors and the collective sectors must have " + n
          + " values");
    }
    double sum = 0;
    for (int j = 0; j < n; j++) {
      if (!(annualPay[j] > 0) || !Double.isFinite(annualPay[j])) {
        throw new IllegalArgumentException("annual pay of sector " + ProvincialModelBuilder.describe(sectors.get(j))
            + " must be positive, was " + annualPay[j]);
      }
      sum += collective[j] ? alpha[j] : 0;
    }
    if (!(sum > collectiveShare)) {
      throw new IllegalArgumentException("the collective sectors make " + sum + " of final consumption, less "
          + "than the government and NPISH share " + collectiveShare + " to remove from them");
    }
  }

  /**
   * The province's labour income per unit of wages: {@code sum_j E_j pay_j k_j / sum_j E_j pay_j}, the payroll-
   * weighted mean of the sectors' factors (model.yaml's {@code labour_income_per_wage}).
   */
  public double payFactor(double[] employment) {
    double wages = 0;
    double labour = 0;
    for (int j = 0; j < annualPay.length; j++) {
      wages += employment[j] * annualPay[j];
      labour += employment[j] * annualPay[j] * payFactor[j];
    }
    return labour / wages;
  }

  @Override
  public double[] annualPay() {
    return annualPay.clone();
  }

  @Override
  public double[] payFactor() {
    return payFactor.clone();
  }

  @Override
  public boolean[] collective() {
    return collective.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SectorIncome i && Arrays.equals(annualPay, i.annualPay) && Arrays.equals(payFactor, i.payFactor)
        && Double.compare(collectiveShare, i.collectiveShare) == 0 && Arrays.equals(collective, i.collective);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(annualPay), Arrays.hashCode(payFactor), collectiveShare);
  }
}
