/**
 * Variants of a scenario run on one factorised {@link org.ripple.core.impact.LeontiefSystem}: one per facility
 * (which site hurts most) or one per value of a parameter (recapture share 0, 25, 50, 75 %). The model is linear, so
 * per-facility results add up to the all-facilities result; every variant shares the engine's single factorisation.
 */
package org.ripple.core.sweep;
