package org.ripple.core.validate;

import java.util.Arrays;
import java.util.Locale;
import org.ripple.core.Model;
import org.ripple.core.ModelException;
import org.ripple.core.impact.Coefficients;
import org.ripple.core.impact.HouseholdClosure;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.impact.ModelType;
import org.ripple.core.impact.NotProductiveException;
import org.ripple.core.impact.SingularSystemException;
import org.ripple.core.impact.PerRegionClosure;
import org.ripple.core.impact.SpectralBounds;
import org.ripple.core.linalg.PerronRoot;

/**
 * The checks of a model's Leontief systems, closed as every run closes them ({@link HouseholdClosure}):
 *
 * <ul>
 *   <li>households: Type II needs labour income (warning); a household spending at least all its income on the
 *       model's output (sum of c/H at least one) is a warning naming the model or the region;
 *   <li>productivity: the Perron bounds of A and of the household-closed matrix ({@link SpectralBounds}); a lower
 *       bound within {@link SpectralBounds#MARGIN} of one (or above) is an error. Without errors so far, the system is built ({@link LeontiefSystem}: the
 *       exact test where the bounds leave it open);
 *   <li>output multipliers (column sums of L, one transposed solve): below one is an error; it can only happen with
 *       negative flows, and means L has negative entries large enough to subtract output. Without negative flows
 *       nothing is solved: {@code L = I + A + A^2 + ...} is at least I entry by entry, so every column sums to at
 *       least one;
 *   <li>signs of L (and of the n x n block of Lbar): with flows of zero or more and a spectral radius below one, L is
 *       non-negative by its power series, so nothing is solved. With accepted negative flows, every column is solved
 *       (in blocks of {@value #SIGN_BLOCK}, never the whole inverse at once) and an entry below
 *       {@code -}{@value ModelValidator#SIGN_TOLERANCE} is an error naming the cell and the value; above
 *       {@value ModelValidator#MAX_SECTORS_SIGN_CHECK} sectors a warning says it was not checked.
 * </ul>
 */
final class LeontiefChecks {
  private static final int SIGN_BLOCK = 64;
  private final Model model;
  private final Coefficients coefficients;
  private final Findings found;
  private final int n;
  private PerronRoot rootI;
  private PerronRoot rootII;
  private LeontiefSystem system;

  LeontiefChecks(Model model, Coefficients coefficients, Findings found) {
    this.model = model;
    this.coefficients = coefficients;
    this.found = found;
    this.n = model.size();
  }

  /** Whether the model has a Type II system; warns when the household data are incomplete or overspent. */
  boolean households() {
    if (!model.hasHouseholds()) {
      return false;
    }
    HouseholdClosure.Households kind = HouseholdClosure.households(model);
    if (kind == HouseholdClosure.Households.NONE) {
      found.warning(Check.HOUSEHOLDS, "model", "household_consumption is given but labour_income is not: "
          + "Type II (induced effects) is not available");
      return false;
    }
    double[] spending = HouseholdClosure.spendingPerUnitOfIncome(model);
    for (int r = 0; r < spending.length; r++) {
      if (spending[r] < 1.0) {
        continue;
      }
      if (kind == HouseholdClosure.Households.PER_REGION) {
        found.warning(Check.HOUSEHOLDS, "region " + model.regions().orElseThrow().at(r).code(),
            String.format(Locale.ROOT, "households spend %.4f of each unit of income on output of the modelled "
                + "regions (expected below 1)", spending[r]));
      } else {
        found.warning(Check.HOUSEHOLDS, "model", String.format(Locale.ROOT,
            "households spend %.4f of each unit of income on regional output (expected below 1)", spending[r]));
      }
    }
    return true;
  }

  /**
   * Productivity, output multipliers and the signs of L, in that order (see the class comment); {@code deciding}: the
   * cheapest bounds that decide productivity ({@link SpectralBounds#deciding}) instead of the power iteration's.
   */
  void productivity(boolean typeII, boolean negativeFlows, boolean deciding) {
    boolean perRegion = HouseholdClosure.households(model) == HouseholdClosure.Households.PER_REGION;
    SpectralBounds bounds = deciding ? SpectralBounds.deciding(model, coefficients)
        : SpectralBounds.of(model, coefficients);
    rootI = bounds.typeI();
    rootII = bounds.typeII();
    if (SpectralBounds.refuses(rootI)) {
      found.error(Check.PRODUCTIVITY, "model", "not productive: the spectral radius of A is "
          + SpectralBounds.atLeast(rootI.lower()));
    }
    if (rootII != null && SpectralBounds.refuses(rootII)) {
      notProductiveTypeII(perRegion, rootII.lower());
    }
    if (!found.hasErrors()) {
      system = exact(bounds, negativeFlows);
      if (system != null) {
        rootI = system.spectralRadius();
        rootII = system.spectralRadiusTypeII();
        if (system.closure() instanceof PerRegionClosure closure) {
          found.checked("Type II closed with one household per region (" + closure.households()
              + " households), as every run closes it");
        }
        leontiefSigns(negativeFlows);
      }
    }
    found.checked("productivity: spectral radius of A" + (typeII ? " and of the Type II matrix" : "") + " below 1");
  }

  private void notProductiveTypeII(boolean perRegion, double lower) {
    found.error(Check.PRODUCTIVITY_TYPE_II, "model", perRegion
        ? "the Type II model closed per region is not productive: the spectral radius is "
            + SpectralBounds.atLeast(lower)
        : "the household-closed (Type II) model is not productive: the spectral radius is "
            + SpectralBounds.atLeast(lower) + "; check household_consumption and labour_income");
  }

  /** The bounds found: from the system when it was built, else from the Perron iteration alone. */
  SpectralBounds bounds() {
    return new SpectralBounds(rootI, rootII);
  }

  /** The system built, or null when it could not be. */
  LeontiefSystem system() {
    return system;
  }

  /**
   * The exact productivity test and the output multipliers, through the system every command uses (on a sparse
   * model, its default iterative solver). Returns the system, or null when it could not be built.
   */
  private LeontiefSystem exact(SpectralBounds bounds, boolean negativeFlows) {
    LeontiefSystem built;
    try {
      built = LeontiefSystem.of(model, coefficients, bounds);
    } catch (NotProductiveException e) {
      if (e.type() == ModelType.TYPE_II) {
        notProductiveTypeII(HouseholdClosure.households(model) == HouseholdClosure.Households.PER_REGION,
            e.lowerBound());
      } else {
        found.error(Check.PRODUCTIVITY, "model", "not productive: the spectral radius of A is "
            + SpectralBounds.atLeast(e.lowerBound()));
      }
      return null;
    } catch (SingularSystemException e) {
      found.error(e.type() == ModelType.TYPE_II ? Check.PRODUCTIVITY_TYPE_II : Check.PRODUCTIVITY,
          e.sector() == null ? "model" : "sector " + e.sector(), e.getMessage());
      return null;
    } catch (ModelException e) {
      found.error(Check.PRODUCTIVITY, e.sector() == null ? "model" : "sector " + e.sector(), e.getMessage());
      return null;
    }
    if (!negativeFlows) {
      found.checked("output multipliers (column sums of L) at least 1: it follows from flows of zero or more");
      return built;
    }
    double[] ones = new double[n];
    Arrays.fill(ones, 1.0);
    double[] multipliers = built.solveTypeITransposed(ones);
    for (int j = 0; j < n; j++) {
      if (multipliers[j] < 1.0 - 1e-12) {
        found.error(Check.OUTPUT_MULTIPLIER, "sector " + found.code(j), String.format(Locale.ROOT,
            "output multiplier is %.6f (must be at least 1): negative flows make the supply chain subtract "
                + "output; check the negative cells", multipliers[j]));
      }
    }
    found.checked("output multipliers (column sums of L) at least 1");
    return built;
  }

  /** The signs of L (and of Lbar's n x n block): see the class comment. */
  private void leontiefSigns(boolean negativeFlows) {
    if (!negativeFlows) {
      found.checked("L has no negative entries: it follows from flows of zero or more and a spectral radius below 1");
      return;
    }
    int max = ModelValidator.MAX_SECTORS_SIGN_CHECK;
    if (n > max) {
      found.warning(Check.NEGATIVE_LEONTIEF, "model", "the model has negative flows, and with " + n + " sectors "
          + "(more than " + max + ") the signs of L are not checked: results may subtract output where they "
          + "should add it");
      found.checked("L has no negative entries: not checked (negative flows, more than " + max + " sectors)");
      return;
    }
    signsOf(ModelType.TYPE_I, "L");
    if (system.hasTypeII()) {
      signsOf(ModelType.TYPE_II, "Lbar (Type II)");
    }
    found.checked((system.hasTypeII() ? "L and Lbar have" : "L has") + " no negative entries (solved column by "
        + "column because the model has negative flows)");
  }

  private void signsOf(ModelType type, String name) {
    int count = 0;
    int worstRow = -1;
    int worstColumn = -1;
    double worst = 0;
    for (int start = 0; start < n; start += SIGN_BLOCK) {
      int k = Math.min(SIGN_BLOCK, n - start);
      double[][] rhs = new double[k][n];
      for (int c = 0; c < k; c++) {
        rhs[c][start + c] = 1.0;
      }
      double[][] columns = system.solve(type, rhs);
      for (int c = 0; c < k; c++) {
        double[] col = columns[c];
        for (int i = 0; i < n; i++) {
          if (col[i] < -ModelValidator.SIGN_TOLERANCE) {
            count++;
            if (col[i] < worst) {
              worst = col[i];
              worstRow = i;
              worstColumn = start + c;
            }
          }
        }
      }
    }
    if (count > 0) {
      found.error(Check.NEGATIVE_LEONTIEF, "sector " + found.code(worstColumn), String.format(Locale.ROOT,
          "%s[%s, %s] = %s is negative%s: with the negative flows, more final demand for %s would lower the output "
              + "of %s; the Leontief model cannot be used until the negative flows are corrected", name,
          found.code(worstRow), found.code(worstColumn), Findings.num(worst), count == 1 ? ""
              : " (the most negative of " + count + " negative entries)", found.code(worstColumn),
          found.code(worstRow)));
    }
  }
}
