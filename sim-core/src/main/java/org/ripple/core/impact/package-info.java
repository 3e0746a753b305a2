/**
 * Leontief propagation: the Type I and household-closed Type II systems of a model
 * ({@link org.ripple.core.impact.LeontiefSystem}), multipliers by transposed solves
 * ({@link org.ripple.core.impact.Multipliers}), and scenario results ({@link org.ripple.core.impact.Impact}).
 * Notation and formulas follow Miller and Blair, Input-Output Analysis (2nd ed., 2009), ch. 2 and 6, as set out in
 * docs/design.md. Nothing here forms (I - A)^-1.
 */
package org.ripple.core.impact;
