/**
 * Linear algebra of Leontief systems: dense matrices ({@link org.ripple.core.linalg.DenseMatrix}, row-major) and
 * their LU factorisation, sparse CSR matrices, the matrix {@code I - B} of a Leontief system
 * ({@link org.ripple.core.linalg.LeontiefMatrix}) and the solver strategies over it. Public facades check shapes once
 * and hand plain arrays to package-private static kernels.
 */
package org.ripple.core.linalg;
