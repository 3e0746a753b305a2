package org.ripple.core.uncertainty;

import org.ripple.core.scenario.ScenarioResult;

/**
 * The whole result of one Monte Carlo draw ({@link DrawPlan#result}): what a rule that needs more than the headline
 * cells (the fiscal account) evaluates, draw after draw, exactly as it evaluates the point estimate.
 *
 * @param draw the draw's index
 * @param result every shock's effect on every sector, for the draw's values (and perturbed model)
 * @param householdShares the draw's household shares c'/H, n x R row-major ({@code share[i * R + r]}), when the
 *     model's coefficients vary; null when they do not (the system's own shares apply)
 */
public record DrawResult(long draw, ScenarioResult result, double[] householdShares) {}
