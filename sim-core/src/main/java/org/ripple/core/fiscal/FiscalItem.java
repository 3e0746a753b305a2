package org.ripple.core.fiscal;

/**
 * One line of a fiscal account: a revenue or a transfer of one government, on the employee or the employer side
 * where there are two. The key names the government, the item and the side, e.g. {@code federal.ei.employer}.
 */
public enum FiscalItem {
  FEDERAL_INCOME_TAX(Government.FEDERAL, "income_tax", "Personal income tax (after the Quebec abatement)"),
  EI_EMPLOYEE(Government.FEDERAL, "ei.employee", "EI premiums, employee"),
  EI_EMPLOYER(Government.FEDERAL, "ei.employer", "EI premiums, employer"),
  GST(Government.FEDERAL, "gst", "GST on household spending"),
  FEDERAL_PRODUCTION_TAXES(Government.FEDERAL, "production_taxes", "Taxes on products and production"),
  EI_BENEFITS(Government.FEDERAL, "ei_benefits", "EI benefits paid (a cost: negative)"),
  PROVINCIAL_INCOME_TAX(Government.PROVINCIAL, "income_tax", "Personal income tax"),
  QPP_EMPLOYEE(Government.PROVINCIAL, "qpp.employee", "QPP contributions, employee"),
  QPP_EMPLOYER(Government.PROVINCIAL, "qpp.employer", "QPP contributions, employer"),
  QPIP_EMPLOYEE(Government.PROVINCIAL, "qpip.employee", "QPIP premiums, employee"),
  QPIP_EMPLOYER(Government.PROVINCIAL, "qpip.employer", "QPIP premiums, employer"),
  HSF_EMPLOYER(Government.PROVINCIAL, "hsf.employer", "Health Services Fund, employer"),
  QST(Government.PROVINCIAL, "qst", "QST on household spending"),
  PROVINCIAL_PRODUCTION_TAXES(Government.PROVINCIAL, "production_taxes", "Taxes on products and production"),
  CPP_EMPLOYEE(Government.FEDERAL, "cpp.employee", "CPP contributions, employee"),
  CPP_EMPLOYER(Government.FEDERAL, "cpp.employer", "CPP contributions, employer"),
  SALES_TAX(Government.PROVINCIAL, "sales_tax", "Provincial sales tax on household spending"),
  PAYROLL_TAX_EMPLOYER(Government.PROVINCIAL, "payroll_tax.employer", "Employer payroll tax");

  private final Government government;
  private final String item;
  private final String label;

  FiscalItem(Government government, String item, String label) {
    this.government = government;
    this.item = item;
    this.label = label;
  }

  public Government government() {
    return government;
  }

  /** {@code government.item[.side]}, e.g. {@code provincial.qpp.employee}. */
  public String key() {
    return government.key() + "." + item;
  }

  /**
   * The item and side without the government, e.g. {@code qpp.employee}: an account of several provinces keys each
   * province's items by its jurisdiction ({@link Jurisdiction#key(FiscalItem)}: {@code ontario.income_tax}).
   */
  public String item() {
    return item;
  }

  public String label() {
    return label;
  }

  /** Whether the item is paid per worker from the worker's pay (income tax and payroll contributions). */
  public boolean perWorker() {
    return switch (this) {
      case GST, QST, SALES_TAX, FEDERAL_PRODUCTION_TAXES, PROVINCIAL_PRODUCTION_TAXES, EI_BENEFITS -> false;
      default -> true;
    };
  }
}
