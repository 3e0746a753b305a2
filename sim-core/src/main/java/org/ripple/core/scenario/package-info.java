/**
 * Scenarios and their propagation: closures, known subcontractor losses (modes {@code supersede} and
 * {@code additive}), offsets and final-demand changes, turned into signed final-demand vectors and solved through a
 * {@link org.ripple.core.impact.LeontiefSystem} by {@link org.ripple.core.scenario.ImpactEngine}. Money amounts are
 * in the model's monetary unit; jobs are counts. The shock rules live in one place,
 * {@link org.ripple.core.scenario.ShockPlan}, which the point estimate and every draw evaluate.
 */
package org.ripple.core.scenario;
