/**
 * The Monte Carlo of {@code ripple run --draws} on Apache Spark (RDD/Java API): the compiled
 * {@link org.ripple.core.uncertainty.DrawPlan} (model and scenario) is broadcast once, the draw indices are split
 * into contiguous ranges, one per partition, and each draw is the same pure function of (seed, draw index) as on one
 * machine, so per-draw results are bit for bit those of {@link org.ripple.core.uncertainty.MonteCarlo} whatever the
 * partition count. Summaries are reduced exactly: sorted columns are merged, and P5, P50, P95, mean and sd come from
 * the merged columns with the single-machine code.
 */
package org.ripple.spark;
