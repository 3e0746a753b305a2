/**
 * Explaining a result: the structural paths through which a final-demand change travels to the sector where its
 * effect lands ({@link org.ripple.core.explain.PathSearch}), and the backward and forward linkages and hypothetical
 * extraction of every sector ({@link org.ripple.core.explain.Linkages}). Everything here is computed from a
 * {@link org.ripple.core.impact.LeontiefSystem}'s coefficients and solves; nothing forms (I - A)^-1.
 */
package org.ripple.core.explain;
