/**
 * The model: sectors and their index, the input-output table with its satellites, and the vocabulary of results
 * ({@link org.ripple.core.Measure}, {@link org.ripple.core.Effect}). No file formats and no numerics live here;
 * readers are at the edge (sim-cli) and the solves are in {@code org.ripple.core.linalg} and
 * {@code org.ripple.core.impact}.
 */
package org.ripple.core;
