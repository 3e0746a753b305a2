package org.ripple.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemoryPreflightTest {
  private static final long GB = 1L << 30;

  @Test
  void smallModelsFit() {
    assertThat(MemoryPreflight.refusal(23, 256L << 20)).isEmpty();
    assertThat(MemoryPreflight.refusal(5_000, 4 * GB)).isEmpty();
  }

  @Test
  void bigDenseModelIsRefusedWithNeedAndHeap() {
    // 40,000 sectors: 10 copies of 40,001^2 doubles = 119.2 GiB
    assertThat(MemoryPreflight.refusal(40_000, 4 * GB)).hasValue("40,000 sectors: a dense model needs ~119 GB "
        + "(10 copies of an n x n matrix), heap 4.0 GB; raise the heap (java -Xmx) or aggregate the model to fewer "
        + "sectors");
    assertThat(MemoryPreflight.refusal(100_000, 4 * GB).orElseThrow()).startsWith("100,000 sectors: a dense model "
        + "needs ~745 GB").contains("heap 4.0 GB").contains("Java arrays stop at 46,339 sectors");
  }

  @Test
  void theArrayLimitIsExact() {
    assertThat((long) (MemoryPreflight.MAX_DENSE_SECTORS + 1) * (MemoryPreflight.MAX_DENSE_SECTORS + 1))
        .isLessThan(Integer.MAX_VALUE - 8);
    assertThat((long) (MemoryPreflight.MAX_DENSE_SECTORS + 2) * (MemoryPreflight.MAX_DENSE_SECTORS + 2))
        .isGreaterThan(Integer.MAX_VALUE - 8);
    assertThat(MemoryPreflight.bytes(512L << 20)).isEqualTo("512 MB");
  }
}
