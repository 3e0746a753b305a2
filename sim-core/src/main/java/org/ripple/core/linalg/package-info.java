/**
 * Dense linear algebra on primitive arrays. Matrices are one row-major {@code double[]} ({@code a[i * n + j]});
 * public facades check shapes once and hand plain arrays to package-private static kernels.
 */
package org.ripple.core.linalg;
