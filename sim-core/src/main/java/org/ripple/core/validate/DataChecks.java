package org.ripple.core.validate;

import java.util.HashSet;
import java.util.Set;
import org.ripple.core.Measure;
import org.ripple.core.Model;

/**
 * The checks of a model's data as given: shape and codes (at least one sector, n values of output, codes unique and
 * non-blank), finite numbers everywhere, and signs (negative output, employment, labour income or household
 * consumption is an error, zero output a warning; a negative flow is an error unless accepted with a reason, when it
 * is a warning).
 */
record DataChecks(Model model, AcceptedFlows accepted, Findings found) {

  void shapeAndCodes(double[] x) {
    if (n() < 1 || x.length != n()) {
      found.error(Check.SHAPE, "model", "output must have " + n() + " values; found " + x.length);
    }
    Set<String> seen = new HashSet<>();
    for (int j = 0; j < n(); j++) {
      String c = found.code(j);
      if (c == null || c.isBlank()) {
        found.error(Check.CODES, "sector " + (j + 1), "sector code is empty");
      } else if (!seen.add(c)) {
        found.error(Check.CODES, "sector " + c, "sector code is used twice");
      }
    }
    found.checked("shape: " + n() + " x " + n() + " transactions, " + n() + " sectors with unique codes");
  }

  /** Whether every number of the model is finite (the first non-finite one of each kind is an error). */
  boolean finite(double[] x, FlowScan flows) {
    boolean all = flows.badFrom < 0;
    if (!all) {
      found.error(Check.FINITE, "flow " + found.code(flows.badFrom) + " -> " + found.code(flows.badTo),
          "not a finite number: " + flows.badValue);
    }
    all &= finiteVector("output", x);
    for (Measure m : new Measure[] {Measure.JOBS, Measure.LABOUR_INCOME, Measure.VALUE_ADDED}) {
      double[] v = model.levelsCopy(m);
      if (v != null) {
        all &= finiteVector(m.key(), v);
      }
    }
    if (model.hasHouseholds()) {
      all &= finiteVector("household_consumption", model.householdConsumptionCopy());
    }
    String[] names = {"taxes", "imports", "final_demand"};
    double[][] optional = {model.taxesCopy(), model.importsCopy(), model.finalDemandCopy()};
    for (int k = 0; k < names.length; k++) {
      if (optional[k] != null) {
        all &= finiteVector(names[k], optional[k]);
      }
    }
    found.checked("numbers: every value finite");
    return all;
  }

  private boolean finiteVector(String what, double[] v) {
    for (int j = 0; j < v.length; j++) {
      if (!Double.isFinite(v[j])) {
        found.error(Check.FINITE, "sector " + found.code(j), what + " is not a finite number: " + v[j]);
        return false;
      }
    }
    return true;
  }

  /** The sign checks; returns whether the model has negative flows (accepted or not). */
  boolean signs(double[] x, FlowScan flows) {
    for (int j = 0; j < n(); j++) {
      if (x[j] < 0) {
        found.error(Check.NEGATIVE_OUTPUT, "sector " + found.code(j), "output is negative (" + Findings.num(x[j])
            + "); output must be zero or more");
      } else if (x[j] == 0) {
        found.warning(Check.ZERO_OUTPUT, "sector " + found.code(j),
            "output is zero: its column of A and its coefficients are set to zero");
      }
    }
    nonNegative(Measure.JOBS, "employment");
    nonNegative(Measure.LABOUR_INCOME, "labour_income");
    if (model.hasHouseholds()) {
      double[] c = model.householdConsumptionCopy();
      for (int j = 0; j < n(); j++) {
        if (c[j] < 0) {
          found.error(Check.NEGATIVE_SATELLITE, "sector " + found.code(j), "household_consumption is negative ("
              + Findings.num(c[j]) + ")");
        }
      }
    }
    for (int k = 0; k < flows.negatives.size(); k++) {
      int i = flows.negatives.row(k);
      int j = flows.negatives.col(k);
      double v = flows.negatives.value(k);
      String reason = accepted.reason(i, j);
      String place = "flow " + found.code(i) + " -> " + found.code(j);
      if (reason == null) {
        found.error(Check.NEGATIVE_FLOW, place, "negative flow " + Findings.num(v)
            + "; flows must be zero or more: correct the cell, or accept it with a reason if the source table "
            + "has it");
      } else {
        found.warning(Check.NEGATIVE_FLOW, place, "negative flow " + Findings.num(v) + ", accepted: " + reason);
      }
    }
    found.checked("signs: output, satellites and flows not negative (negative flows only where accepted with a "
        + "reason: " + accepted.size() + " accepted); zero outputs are warnings");
    return flows.negatives.size() > 0;
  }

  private void nonNegative(Measure m, String what) {
    double[] v = model.levelsCopy(m);
    if (v == null) {
      return;
    }
    for (int j = 0; j < n(); j++) {
      if (v[j] < 0) {
        found.error(Check.NEGATIVE_SATELLITE, "sector " + found.code(j), what + " is negative ("
            + Findings.num(v[j]) + ")");
      }
    }
  }

  /** The number of sectors. */
  private int n() {
    return model.size();
  }
}
