package org.ripple.core.scenario;

import java.io.Serializable;

/**
 * One shock of a {@link ShockPlan}, resolved against the model. {@code jobs}, {@code output} and {@code share} are
 * value slots (-1: not given); a demand change keeps its amount in {@code output}. {@code jobsCoefficient} is
 * {@code e[j]} when jobs are converted to output, else NaN; {@code referents} are the shocks named by an offset's
 * {@code of} (null: all closures); {@code purchases} is row k of A at the shocked sectors, for a superseding loss.
 *
 * @param kind closure, subcontractor, offset or demand change
 * @param entry its position in its list in the scenario
 * @param field its path in the scenario file
 * @param code the code of the sector it hits
 * @param sector that sector's position in the model
 * @param local that sector's position among the plan's shocked sectors
 * @param pay labour income per job of a stated pay (annual pay times {@code payFactor}); NaN: the sector's average
 * @param payFactor labour income per unit of the stated pay; {@code payBasis} how it was found (for the note)
 */
record PlannedShock(ShockKind kind, int entry, String field, String code, int sector, int local, int jobs,
    int output, int share, double jobsCoefficient, int[] referents, String of, boolean supersede, double[] purchases,
    double pay, double payFactor, String payBasis, int[] buys, double[] buyShares, double[] profile, double[] column, double[] spending)
    implements Serializable {

  /** A shock without a facility profile. */
  PlannedShock(ShockKind kind, int entry, String field, String code, int sector, int local, int jobs, int output,
      int share, double jobsCoefficient, int[] referents, String of, boolean supersede, double[] purchases) {
    this(kind, entry, field, code, sector, local, jobs, output, share, jobsCoefficient, referents, of, supersede,
        purchases, Double.NaN, 1.0, "", new int[0], new double[0], null, null, null);
  }

  /** Whether the closure has its own purchases. */
  boolean buysOwn() {
    return buys.length > 0;
  }

  /** Whether the closure states its pay. */
  boolean paid() {
    return !Double.isNaN(pay);
  }
}
