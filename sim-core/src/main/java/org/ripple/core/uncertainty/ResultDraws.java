package org.ripple.core.uncertainty;

import java.util.List;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.scenario.Scenario;
import org.ripple.core.time.Schedule;
import org.ripple.core.time.Timeline;

/**
 * The figures every Monte Carlo draw gives beyond its {@link Headline} cells, from the draw's whole result: draw i's
 * result ({@link DrawPlan#result}) is computed once, spread over the scenario's horizon once ({@link Timeline#of},
 * when the scenario has one), and handed to each part in turn; a draw's figures are the parts' figures one after the
 * other ({@link #offset}). A pure function of (seed, draw), like the draw itself, so the same bits on any thread.
 */
public final class ResultDraws implements DrawCells {
  private final DrawPlan plan;
  private final LeontiefSystem system;
  private final Scenario scenario;
  private final Schedule schedule;
  private final java.util.Map<String, Double> directPay;
  private final List<DrawFigures> parts;
  private final int[] offsets;

  /**
   * @param plan the draws' plan, compiled on {@code system} from {@code scenario}
   * @param schedule the scenario's horizon and timing, or null without a horizon
   * @param parts what each draw gives, in order
   */
  public ResultDraws(DrawPlan plan, LeontiefSystem system, Scenario scenario, Schedule schedule,
      List<DrawFigures> parts) {
    this(plan, system, scenario, schedule, java.util.Map.of(), parts);
  }

  /**
   * @param plan the draws' plan, compiled on {@code system} from {@code scenario}
   * @param schedule the scenario's horizon and timing, or null without a horizon
   * @param directPay the gross annual pay a shock states, by its field, as the point estimate's timeline has it
   *     ({@link Timeline#of(org.ripple.core.impact.ScenarioResult, Schedule, java.util.Map)}): each draw's EI
   *     replaces its rate of that pay, as the point estimate's does
   * @param parts what each draw gives, in order
   */
  public ResultDraws(DrawPlan plan, LeontiefSystem system, Scenario scenario, Schedule schedule,
      java.util.Map<String, Double> directPay, List<DrawFigures> parts) {
    this.plan = plan;
    this.directPay = java.util.Map.copyOf(directPay);
    this.system = system;
    this.scenario = scenario;
    this.schedule = schedule;
    this.parts = List.copyOf(parts);
    this.offsets = new int[this.parts.size() + 1];
    for (int k = 0; k < this.parts.size(); k++) {
      offsets[k + 1] = offsets[k] + this.parts.get(k).count();
    }
  }

  /** The parts, in order. */
  public List<DrawFigures> parts() {
    return parts;
  }

  /** Where part {@code k}'s figures start among a draw's figures. */
  public int offset(int k) {
    return offsets[k];
  }

  /** The position of {@code part} among the parts, or -1. */
  public int indexOf(DrawFigures part) {
    for (int k = 0; k < parts.size(); k++) {
      if (parts.get(k) == part) {
        return k;
      }
    }
    return -1;
  }

  /** Part {@code part}'s slice of {@code all}, figures summarised or not, in the order a draw gives them. */
  public <T> T[] slice(T[] all, DrawFigures part) {
    int k = indexOf(part);
    if (k < 0) {
      throw new IllegalArgumentException("not a part of these draws");
    }
    if (all.length != count()) {
      throw new IllegalArgumentException(all.length + " figures for " + count());
    }
    return java.util.Arrays.copyOfRange(all, offsets[k], offsets[k + 1]);
  }

  @Override
  public int count() {
    return offsets[parts.size()];
  }

  @Override
  public double[] cells(long seed, long draw) {
    DrawResult result = plan.result(system, scenario, seed, draw);
    Timeline timeline = schedule == null ? null : Timeline.of(result.result(), schedule, directPay);
    double[] out = new double[count()];
    for (int k = 0; k < parts.size(); k++) {
      parts.get(k).figures(result, timeline, out, offsets[k]);
    }
    return out;
  }
}
