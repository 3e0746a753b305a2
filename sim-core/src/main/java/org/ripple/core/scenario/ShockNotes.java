package org.ripple.core.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an analyst should know about how each shock of an evaluation was computed: output given instead of jobs, a
 * facility's own pay and purchases, the supersede or additive rule of a subcontractor loss, an offset's share. The
 * plan's per-sector figures it reads are those of {@link ShockPlan}.
 *
 * @param unit the model's money unit
 * @param jobsPerOutput per shocked sector, jobs per unit of output, or null when the model has no employment
 * @param labourIncome per shocked sector, labour income per unit of output, or null when the model has none
 * @param hasClosures whether the scenario has closures (a superseding loss replaces their first round)
 */
record ShockNotes(String unit, double[] jobsPerOutput, double[] labourIncome, boolean hasClosures)
    implements java.io.Serializable {
  /** The notes of {@code sh}, the {@code shock}-th shock of the plan, in evaluation {@code ev}. */
  List<String> of(PlannedShock sh, int shock, ShockPlan.Evaluation ev) {
    List<String> notes = new ArrayList<>();
    switch (sh.kind()) {
      case CLOSURE -> {
        if (sh.output() >= 0 && sh.jobs() >= 0 && jobsPerOutput != null) {
          double implied = ev.amounts[shock] * jobsPerOutput[sh.local()];
          notes.add(String.format(Locale.ROOT, "annual output given: the direct jobs are the sector's jobs per unit "
              + "of output times it (%.0f implied, %.0f stated)", implied, ev.values[sh.jobs()]));
        }
        profile(sh, shock, ev, notes);
      }
      case SUBCONTRACTOR -> {
        profile(sh, shock, ev, notes);
        if (sh.supersede()) {
          notes.add(describeSupersede(sh, ev.replaced[shock], ev.direct[shock]));
          if (!hasClosures) {
            notes.add("the scenario has no closures: there is no modelled first round to supersede");
          }
        } else {
          notes.add("additive mode: the known loss is added to the model's own supply-chain response, which "
              + "already includes the closing facilities' purchases from this sector; it may double count");
        }
      }
      case OFFSET -> {
        if (sh.share() >= 0) {
          notes.add(String.format(Locale.ROOT, "%.1f%% of the output lost by %s taken up",
              100 * ev.values[sh.share()], sh.of() == null ? "all closures" : "'" + sh.of() + "'"));
        }
      }
      default -> {
        // a demand change needs no note
      }
    }
    return notes;
  }

  /** The notes of a closure's or a subcontractor loss's own pay and purchases. */
  private void profile(PlannedShock sh, int shock, ShockPlan.Evaluation ev, List<String> notes) {
    if (sh.paid() && labourIncome == null) {
      notes.add("annual_pay not used: the model has no labour income");
    } else if (sh.paid()) {
      double average = labourIncome[sh.local()] * ev.amounts[shock];
      notes.add(String.format(Locale.ROOT, "facility pay: the direct labour income is %,.0f jobs x %,.4f %s of "
          + "labour income per job (annual_pay x %.4f%s) = %,.1f %s; the sector's average for the same output is "
          + "%,.1f %s", ev.paidJobs[shock], sh.pay(), unit, sh.payFactor(),
          sh.payBasis().isEmpty() ? "" : ", " + sh.payBasis(), ev.paidJobs[shock] * sh.pay(), unit, average, unit));
    }
    if (sh.buysOwn()) {
      double sum = 0;
      for (double b : sh.buyShares()) {
        sum += b;
      }
      notes.add(String.format(Locale.ROOT, "facility purchases: its own regional purchases (%.4f per unit of "
          + "output, %d sectors) replace the sector's average input column in the first round", sum,
          sh.buyShares().length));
    }
  }

  private String describeSupersede(PlannedShock sh, double modelled, double loss) {
    if (jobsPerOutput != null) {
      double e = jobsPerOutput[sh.local()];
      return String.format(Locale.ROOT,
          "supersede mode: the model's own first-round loss in this sector (%.0f jobs) is replaced by the known "
              + "loss (%.0f jobs)", -modelled * e, -loss * e);
    }
    return String.format(Locale.ROOT,
        "supersede mode: the model's own first-round loss in this sector (%.6g) is replaced by the known loss (%.6g)",
        -modelled, -loss);
  }
}
