/**
 * Time-phased results: a {@link org.ripple.core.time.Horizon} cut into months, quarters or years, each shock's
 * {@link org.ripple.core.time.Timing} (effective date and linear ramp), optional
 * {@link org.ripple.core.time.IncomeReplacement} (severance, employment insurance, re-employment) that damps the
 * induced effect, and the {@link org.ripple.core.time.Timeline} that scales each shock's annual result period by
 * period. Nothing here solves a system: the annual per-shock results of one
 * {@link org.ripple.core.scenario.ImpactEngine} run are scaled, which is exact because the model is linear.
 */
package org.ripple.core.time;
