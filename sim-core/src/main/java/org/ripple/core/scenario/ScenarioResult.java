package org.ripple.core.scenario;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ripple.core.impact.Impact;
import org.ripple.core.impact.LeontiefSystem;

/** A scenario's result: one {@link ShockResult} per shock and their sum. */
public final class ScenarioResult {
  private final Scenario scenario;
  private final LeontiefSystem system;
  private final List<ShockResult> shocks;
  private final Impact total;
  private final List<String> notes;
  private final List<String> warnings;

  ScenarioResult(Scenario scenario, LeontiefSystem system, List<ShockResult> shocks, List<String> notes) {
    this.scenario = scenario;
    this.system = system;
    this.shocks = List.copyOf(shocks);
    List<Impact> parts = new ArrayList<>();
    for (ShockResult s : shocks) {
      parts.add(s.impact());
    }
    this.total = Impact.sum(system, parts);
    this.warnings = JobLossBound.warnings(system, total);
    List<String> all = new ArrayList<>(notes);
    all.addAll(warnings);
    this.notes = List.copyOf(all);
  }

  public Scenario scenario() {
    return scenario;
  }

  public LeontiefSystem system() {
    return system;
  }

  public List<ShockResult> shocks() {
    return shocks;
  }

  /** The net effect of the whole scenario: the sum of all shocks. */
  public Impact total() {
    return total;
  }

  /** The sum of the shocks of the given kinds (e.g. closures and subcontractors = the gross loss). */
  public Impact of(Set<ShockKind> kinds) {
    List<Impact> parts = new ArrayList<>();
    for (ShockResult s : shocks) {
      if (kinds.contains(s.kind())) {
        parts.add(s.impact());
      }
    }
    return Impact.sum(system, parts);
  }

  /** Closures and subcontractor losses: the gross loss before offsets. */
  public Impact grossLoss() {
    return of(EnumSet.of(ShockKind.CLOSURE, ShockKind.SUBCONTRACTOR));
  }

  public boolean hasKind(ShockKind kind) {
    for (ShockResult s : shocks) {
      if (s.kind() == kind) {
        return true;
      }
    }
    return false;
  }

  /**
   * Scenario-level notes (e.g. the model's warnings, double counting in additive mode, sectors losing more jobs in
   * total than they employ: {@link JobLossBound}).
   */
  public List<String> notes() {
    return notes;
  }

  /** The notes that say a result is beyond what the model's economy has (also in {@link #notes()}). */
  public List<String> warnings() {
    return warnings;
  }
}
