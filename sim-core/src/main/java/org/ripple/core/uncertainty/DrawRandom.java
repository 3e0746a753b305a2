package org.ripple.core.uncertainty;

/**
 * Counter-based uniform numbers for one draw: the k-th number of stream s in draw d under seed S is a pure function
 * of (S, d, s, k), so a draw never depends on which thread or partition computed the draws before it.
 *
 * <p>The mixing function is SplitMix64's finaliser ({@link #mix64}, Steele, Lea and Flood, "Fast splittable
 * pseudorandom number generators", OOPSLA 2014; the constants are Stafford's "variant 13"), the one behind
 * {@link java.util.SplittableRandom}:
 *
 * <pre>
 *   streamSeed = mix64(S + GOLDEN * (s + 1))
 *   key        = mix64(streamSeed + GOLDEN * (d + 1))
 *   bits(k)    = mix64(key + GOLDEN * (k + 1))
 *   uniform(k) = ((bits(k) &gt;&gt;&gt; 11) + 0.5) * 2^-53      (in the open interval (0, 1))
 * </pre>
 *
 * with {@code GOLDEN = 0x9E3779B97F4A7C15} (2^64 divided by the golden ratio). Streams: 0 for scenario inputs (k =
 * the input's position in the file), 1 for the coefficients of A (k = the cell's row-major index, or the column),
 * 2 for the household spending share. Written out here (not {@code SplittableRandom}) so that the numbers are fixed
 * by this code, not by a JDK version.
 */
public final class DrawRandom {
  /** 2^64 / phi, odd: SplitMix64's increment. */
  static final long GOLDEN = 0x9E3779B97F4A7C15L;

  /** Stream of the scenario's uncertain inputs. */
  public static final int INPUTS = 0;
  /** Stream of the perturbation factors of A. */
  public static final int COEFFICIENTS = 1;
  /** Stream of the perturbation factor of the household spending share. */
  public static final int HOUSEHOLDS = 2;

  private final long key;

  private DrawRandom(long key) {
    this.key = key;
  }

  /** The numbers of stream {@code stream} in draw {@code draw} under {@code seed}. */
  public static DrawRandom of(long seed, long draw, int stream) {
    long streamSeed = mix64(seed + GOLDEN * (stream + 1L));
    return new DrawRandom(mix64(streamSeed + GOLDEN * (draw + 1)));
  }

  /** SplitMix64's finaliser: a bijection of the 64-bit integers with good avalanche. */
  public static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The k-th uniform number of this stream, in the open interval (0, 1). */
  public double uniform(long k) {
    long bits = mix64(key + GOLDEN * (k + 1));
    return ((bits >>> 11) + 0.5) * 0x1.0p-53;
  }
}
