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

  /** A number in messages: six significant digits. */
  static String num(double v) {
    return String.format(Locale.ROOT, "%.6g", v);
  }
}
