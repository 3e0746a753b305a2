package org.ripple.core.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ripple.core.Model;

/**
 * What the checks of one validation have found so far: the findings (errors and warnings, each naming its place),
 * and one line per check saying what was checked. Shared by the check classes of {@link ModelValidator}.
 */
final class Findings {
  private final Model model;
  private final List<Finding> findings = new ArrayList<>();
  private final List<String> checks = new ArrayList<>();

  Findings(Model model) {
    this.model = model;
  }

  void error(Check check, String place, String message) {
    findings.add(new Finding(Severity.ERROR, check, place, message));
  }

  void warning(Check check, String place, String message) {
    findings.add(new Finding(Severity.WARNING, check, place, message));
  }

  /** Records what a check checked. */
  void checked(String line) {
    checks.add(line);
  }

  boolean hasErrors() {
    return findings.stream().anyMatch(Finding::isError);
  }

  List<Finding> findings() {
    return findings;
  }

  List<String> checks() {
    return checks;
  }

  /** The code of sector j. */
  String code(int j) {
    return model.sectors().at(j).code();
  }

  /**
   * A number in messages, written plainly with thousands separators and never with an exponent: whole units from
   * 100,000 up ({@code 2,928,370}), six significant digits below, trailing zeros dropped ({@code 8,213.15},
   * {@code 1,100}, {@code 0.000123457}).
   */
  static String num(double v) {
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    java.math.BigDecimal b = new java.math.BigDecimal(Math.abs(v));
    b = Math.abs(v) >= 1e5 ? b.setScale(0, java.math.RoundingMode.HALF_EVEN)
        : b.round(new java.math.MathContext(6, java.math.RoundingMode.HALF_EVEN));
    String plain = b.stripTrailingZeros().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String grouped = String.format(Locale.ROOT, "%,d", new java.math.BigInteger(whole));
    boolean zero = b.signum() == 0;
    return (v < 0 && !zero ? "-" : "") + grouped + (dot < 0 ? "" : plain.substring(dot));
  }
}
