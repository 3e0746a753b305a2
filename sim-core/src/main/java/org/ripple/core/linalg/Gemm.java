package org.ripple.core.linalg;

/**
 * The one dense matrix-product kernel, {@code C -= A B}, behind the blocked LU's trailing update
 * ({@link LuKernels}) and the triangular inverses of {@link InverseDiagonal}.
 *
 * <p>C and B are arrays of rows, each row its own {@code double[]} read from index 0; A is read as scalars from a
 * row-major array. Every entry of C receives its products in ascending k, subtracted one after the other:
 * {@code ((c - a_0 b_0) - a_1 b_1) - ...}, so the result is the same bits as the textbook triple loop in the kij
 * order, and does not depend on how the caller splits rows over threads.
 *
 * <p>Register blocking: two rows of C and three rows of B at a time ({@link #rows2x3}), the six scalars of A in
 * locals, so each element of B loaded serves both rows and each element of C is loaded and stored once per three of
 * its products. The innermost loop runs over one index into arrays that are all distinct objects, which is the shape
 * HotSpot's C2 compiler turns into vector instructions (SuperWord); loads from one array at several offsets, or
 * stores into one array at two offsets, keep it scalar. Two rows by three is the largest such body that C2 still
 * unrolls and vectorises with its default limits (measured on JDK 17, one core, data in cache: about 32 GFlop/s,
 * against 22 for two by two, 7 for two by four and 13 for two by four with {@code Math.fma}).
 */
final class Gemm {
  private Gemm() {}

  /**
   * {@code c[c0 + r][0:w] -= sum_k a[aOffset + r * aStride + k] b[b0 + k][0:w]} for r in [0, rows) and k in
   * [0, depth), each entry's products subtracted in ascending k.
   */
  static void subtract(double[] a, int aOffset, int aStride, double[][] b, int b0, int depth, double[][] c, int c0,
      int rows, int w) {
    int r = 0;
    for (; r + 1 < rows; r += 2) {
      double[] t0 = c[c0 + r];
      double[] t1 = c[c0 + r + 1];
      int p = aOffset + r * aStride;
      int q = p + aStride;
      int k = 0;
      for (; k + 2 < depth; k += 3) {
        int bk = b0 + k;
        rows2x3(t0, t1, b[bk], b[bk + 1], b[bk + 2], w,
            a[p + k], a[p + k + 1], a[p + k + 2], a[q + k], a[q + k + 1], a[q + k + 2]);
      }
      for (; k < depth; k++) {
        rows2x1(t0, t1, b[b0 + k], w, a[p + k], a[q + k]);
      }
    }
    if (r < rows) {
      double[] t0 = c[c0 + r];
      int p = aOffset + r * aStride;
      int k = 0;
      for (; k + 3 < depth; k += 4) {
        int bk = b0 + k;
        rows1x4(t0, b[bk], b[bk + 1], b[bk + 2], b[bk + 3], w, a[p + k], a[p + k + 1], a[p + k + 2], a[p + k + 3]);
      }
      for (; k < depth; k++) {
        rows1x1(t0, b[b0 + k], w, a[p + k]);
      }
    }
  }

  /** Two rows of C, three rows of B. */
  private static void rows2x3(double[] t0, double[] t1, double[] v0, double[] v1, double[] v2, int w,
      double a00, double a01, double a02, double a10, double a11, double a12) {
    for (int j = 0; j < w; j++) {
      double u0 = v0[j];
      double u1 = v1[j];
      double u2 = v2[j];
      t0[j] = t0[j] - a00 * u0 - a01 * u1 - a02 * u2;
      t1[j] = t1[j] - a10 * u0 - a11 * u1 - a12 * u2;
    }
  }

  private static void rows2x1(double[] t0, double[] t1, double[] v0, int w, double a0, double a1) {
    for (int j = 0; j < w; j++) {
      double u0 = v0[j];
      t0[j] = t0[j] - a0 * u0;
      t1[j] = t1[j] - a1 * u0;
    }
  }

  private static void rows1x4(double[] t0, double[] v0, double[] v1, double[] v2, double[] v3, int w,
      double a0, double a1, double a2, double a3) {
    for (int j = 0; j < w; j++) {
      t0[j] = t0[j] - a0 * v0[j] - a1 * v1[j] - a2 * v2[j] - a3 * v3[j];
    }
  }

  private static void rows1x1(double[] t0, double[] v0, int w, double a0) {
    for (int j = 0; j < w; j++) {
      t0[j] = t0[j] - a0 * v0[j];
    }
  }
}
