package org.ripple.core.uncertainty;

import java.io.Serializable;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.impact.HouseholdClosure;

/**
 * The households of the Type II closure as the draws use it, taken from the system in one place: how many
 * households close the model (0 without Type II, 1 for one household, one per region for a multi-regional model
 * closed per region, as the point estimate closes it), which household receives each sector's labour income, and
 * the household shares c/H, row-major n x R ({@code share[i * R + r]}).
 */
final class DrawHouseholds implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int households;
  private final int[] householdOf;
  private final double[] shares;
  private final double[] sums;

  private DrawHouseholds(int households, int[] householdOf, double[] shares) {
    this.households = households;
    this.householdOf = householdOf;
    this.shares = shares;
    this.sums = new double[households];
    for (int k = 0; shares != null && k < shares.length; k++) {
      sums[k % households] += shares[k];
    }
  }

  /** The households of a system's Type II closure ({@link LeontiefSystem#closure()}). */
  static DrawHouseholds of(LeontiefSystem system) {
    HouseholdClosure closure = system.closure();
    int r = closure.households();
    if (r == 0) {
      return new DrawHouseholds(0, null, null);
    }
    int n = system.size();
    int[] householdOf = new int[n];
    double[] shares = new double[n * r];
    for (int i = 0; i < n; i++) {
      householdOf[i] = closure.householdOf(i);
      for (int h = 0; h < r; h++) {
        shares[i * r + h] = closure.share(i, h);
      }
    }
    return new DrawHouseholds(r, householdOf, shares);
  }

  /** R: the number of households (0 without Type II). */
  int households() {
    return households;
  }

  /** The household (0 to R - 1) that receives sector j's labour income. */
  int householdOf(int sector) {
    return householdOf[sector];
  }

  /** The shares c/H, n x R row-major, or null without Type II; a copy. */
  double[] shares() {
    return shares == null ? null : shares.clone();
  }

  /** The sum over sectors of household r's shares. */
  double sum(int household) {
    return sums[household];
  }
}
