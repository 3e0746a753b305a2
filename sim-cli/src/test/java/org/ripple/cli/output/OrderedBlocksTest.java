package org.ripple.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Blocks laid out on two threads and written in order: every block once, in index order, whichever thread laid it
 * out and however long each took; a failure of either thread's block is thrown to the caller as it was raised.
 */
class OrderedBlocksTest {
  /** Seeded block counts, windows and per-block work, so that either thread may be ahead. */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void everyBlockOnceInOrder(long seed) throws IOException {
    SplittableRandom r = new SplittableRandom(seed);
    int blocks = r.nextInt(0, 200);
    int window = r.nextInt(1, 6);
    int[] work = new int[blocks];
    for (int b = 0; b < blocks; b++) {
      work[b] = r.nextInt(0, 20_000);
    }
    List<Integer> written = new ArrayList<>();
    OrderedBlocks.<int[]>run(blocks, window, b -> new int[] {b, spin(work[b])}, block -> written.add(block[0]));
    assertThat(written).hasSize(blocks);
    for (int b = 0; b < blocks; b++) {
      assertThat(written.get(b)).isEqualTo(b);
    }
  }

  @ParameterizedTest(name = "block {0} fails")
  @ValueSource(ints = {0, 1, 2, 17, 63})
  void aFailingBlockIsThrownAsRaised(int failing) {
    AtomicInteger laidOut = new AtomicInteger();
    assertThatThrownBy(() -> OrderedBlocks.<Integer>run(64, 4, b -> {
      laidOut.incrementAndGet();
      if (b == failing) {
        throw new IllegalStateException("block " + b);
      }
      return b;
    }, block -> { })).isInstanceOf(IllegalStateException.class).hasMessage("block " + failing);
    assertThat(laidOut.get()).isLessThanOrEqualTo(64);
  }

  @ParameterizedTest(name = "write {0} fails")
  @ValueSource(ints = {0, 5, 39})
  void aFailingWriteStopsTheLayout(int failing) {
    assertThatThrownBy(() -> OrderedBlocks.<Integer>run(40, 3, b -> b, block -> {
      if (block == failing) {
        throw new IOException("disk full at " + block);
      }
    })).isInstanceOf(IOException.class).hasMessage("disk full at " + failing);
  }

  @ParameterizedTest(name = "window {0}")
  @ValueSource(ints = {0, -1})
  void aWindowBelowOneIsRefused(int window) {
    assertThatThrownBy(() -> OrderedBlocks.<Integer>run(4, window, b -> b, block -> { }))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static int spin(int n) {
    long x = n;
    for (int i = 0; i < n; i++) {
      x = x * 6364136223846793005L + 1442695040888963407L;
    }
    if (x == 42) {
      throw new UncheckedIOException(new IOException("unreachable"));
    }
    return (int) x;
  }
}
