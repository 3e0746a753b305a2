package org.ripple.core.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The collector gives what {@link CsrMatrix#fromTriplets} gives for the same entries, in row order or not. */
class CsrCollectorTest {
  /** Entries of a random matrix in row order; with {@code swaps} > 0, that many random pairs exchanged. */
  private static int fill(SplittableRandom rnd, int rows, int cols, int[] r, int[] c, double[] v, double zeros) {
    int count = 0;
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        if (rnd.nextDouble() < 0.3) {
          r[count] = i;
          c[count] = j;
          v[count] = rnd.nextDouble() < zeros ? 0.0 : rnd.nextDouble() - 0.2;
          count++;
        }
      }
    }
    return count;
  }

  private static CsrCollector collect(int rows, int cols, int[] r, int[] c, double[] v, int count) {
    CsrCollector collector = new CsrCollector(rows, cols, 1);
    for (int k = 0; k < count; k++) {
      if (collector.full()) {
        collector.grow(collector.size() + 1 + collector.size() / 2);
      }
      collector.add(r[k], c[k], v[k]);
    }
    return collector;
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void rowOrderAndAnyOrderGiveTheMatrixOfTheTriplets(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int rows = 1 + rnd.nextInt(40);
    int cols = 1 + rnd.nextInt(40);
    int[] r = new int[rows * cols];
    int[] c = new int[rows * cols];
    double[] v = new double[rows * cols];
    int count = fill(rnd, rows, cols, r, c, v, 0.1);
    CsrMatrix expected = CsrMatrix.fromTriplets(rows, cols, r, c, v, count);
    CsrCollector ordered = collect(rows, cols, r, c, v, count);
    assertThat(ordered.inRowOrder()).isTrue();
    assertThat(ordered.toCsr()).isEqualTo(expected);
    if (count > 1) {
      int a = rnd.nextInt(count);
      int b = rnd.nextInt(count);
      swap(r, a, b);
      swap(c, a, b);
      double t = v[a];
      v[a] = v[b];
      v[b] = t;
      CsrCollector any = collect(rows, cols, r, c, v, count);
      assertThat(any.toCsr()).isEqualTo(expected);
    }
  }

  private static void swap(int[] a, int i, int j) {
    int t = a[i];
    a[i] = a[j];
    a[j] = t;
  }

  @Test
  void aRepeatedEntryNamesTheSameTwoEntriesAsFromTriplets() {
    int[][] cases = {
        {0, 0, 1, 1, 1, 1},          // repeat right after, in row order
        {0, 0, 1, 1, 2, 2, 1, 1},    // repeat after others
        {1, 1, 1, 1, 0, 0, 0, 0},    // two repeats: the one in the lower row wins
        {0, 0, 0, 1, 0, 0},          // repeat of a zero value (values below)
    };
    for (int[] pairs : cases) {
      int count = pairs.length / 2;
      int[] r = new int[count];
      int[] c = new int[count];
      double[] v = new double[count];
      for (int k = 0; k < count; k++) {
        r[k] = pairs[2 * k];
        c[k] = pairs[2 * k + 1];
        v[k] = k == 0 ? 0.0 : k;
      }
      CsrMatrix.DuplicateEntryException expected = null;
      try {
        CsrMatrix.fromTriplets(3, 3, r, c, v, count);
      } catch (CsrMatrix.DuplicateEntryException e) {
        expected = e;
      }
      assertThat(expected).isNotNull();
      CsrMatrix.DuplicateEntryException want = expected;
      assertThatThrownBy(() -> collect(3, 3, r, c, v, count).toCsr())
          .isInstanceOfSatisfying(CsrMatrix.DuplicateEntryException.class, e -> {
            assertThat(e.first()).isEqualTo(want.first());
            assertThat(e.second()).isEqualTo(want.second());
            assertThat(e.getMessage()).isEqualTo(want.getMessage());
          });
    }
  }

  @Test
  void entriesOutOfRangeOrNotFiniteAreRefusedAsByFromTriplets() {
    int[][] cases = {{0, 0, 1, 3}, {0, 0, 3, 0}, {0, 1, 0, -1}, {0, 0, -1, 0}};
    for (int[] pairs : cases) {
      int[] r = {pairs[0], pairs[2]};
      int[] c = {pairs[1], pairs[3]};
      double[] v = {1, 2};
      String message = null;
      try {
        CsrMatrix.fromTriplets(3, 3, r, c, v, 2);
      } catch (IllegalArgumentException e) {
        message = e.getMessage();
      }
      assertThat(message).isNotNull();
      assertThatThrownBy(() -> collect(3, 3, r, c, v, 2).toCsr()).hasMessage(message);
    }
    assertThatThrownBy(() -> collect(3, 3, new int[] {0, 1}, new int[] {0, 0}, new double[] {1, Double.NaN}, 2)
        .toCsr()).hasMessage("triplet 1 has a non-finite value: NaN");
  }

  @Test
  void emptyRowsAtTheStartAndTheEndHaveEmptyPointers() {
    CsrCollector collector = collect(5, 5, new int[] {2, 2, 3}, new int[] {0, 4, 1}, new double[] {1, 2, 3}, 3);
    CsrMatrix m = collector.toCsr();
    assertThat(m).isEqualTo(CsrMatrix.fromTriplets(5, 5, new int[] {2, 2, 3}, new int[] {0, 4, 1},
        new double[] {1, 2, 3}, 3));
    assertThat(m.get(2, 4)).isEqualTo(2.0);
    assertThat(m.nonZeros()).isEqualTo(3);
  }
}
