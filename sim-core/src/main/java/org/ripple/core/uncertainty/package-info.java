/**
 * Monte Carlo uncertainty for scenarios: {@link org.ripple.core.uncertainty.Distribution}s of scenario inputs,
 * relative perturbations of the model's coefficients ({@link org.ripple.core.uncertainty.ModelUncertainty}), a
 * compiled, serialisable {@link org.ripple.core.uncertainty.DrawPlan} that evaluates one draw as a pure function of
 * (seed, draw index), the local multi-threaded runner {@link org.ripple.core.uncertainty.MonteCarlo} and exact,
 * order-independent {@link org.ripple.core.uncertainty.Summary summaries} (P5, P50, P95, mean, standard deviation).
 * Every draw is seeded from (seed, draw index) with {@link org.ripple.core.uncertainty.DrawRandom}, never from a
 * shared stream, so the results are the same bytes whatever the number of threads or Spark partitions.
 */
package org.ripple.core.uncertainty;
