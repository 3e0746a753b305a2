package org.ripple.cli.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ripple.core.Sector;
import org.ripple.core.SectorIndex;

/** {@link CodeTable}: every code found in place, near misses not found, codes it does not store left to the caller. */
class CodeTableTest {
  private static int find(CodeTable t, String code) {
    char[] c = ("<" + code + ">").toCharArray();
    return t.find(c, 1, c.length - 1);
  }

  @Test
  void findsEveryCodeAndNothingElse() {
    List<Sector> sectors = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      sectors.add(new Sector(String.format("S%06d", i), "s" + i));
    }
    sectors.add(new Sector("\u00c9lectricit\u00e9", "Latin-1"));
    sectors.add(new Sector("\u7535\u529b", "not Latin-1"));
    sectors.add(new Sector("L".repeat(300), "too long to store"));
    SectorIndex index = SectorIndex.of(sectors);
    CodeTable t = CodeTable.of(index);
    for (int i = 0; i < 5_000; i++) {
      assertThat(find(t, String.format("S%06d", i))).isEqualTo(i);
    }
    assertThat(find(t, "\u00c9lectricit\u00e9")).isEqualTo(5_000);
    assertThat(find(t, "\u7535\u529b")).isEqualTo(-1);
    assertThat(find(t, "L".repeat(300))).isEqualTo(-1);
    for (String miss : new String[] {"", "S", "S00000", "S0000000", "s000001", "S000001 ", "S005000", "\u00c9"}) {
      assertThat(find(t, miss)).as(miss).isEqualTo(-1);
    }
    char[] c = "xS000042y".toCharArray();
    assertThat(t.is(42, c, 1, 8)).isTrue();
    assertThat(t.is(41, c, 1, 8)).isFalse();
    assertThat(t.is(-1, c, 1, 8)).isFalse();
    assertThat(t.is(5_001, "\u7535\u529b".toCharArray(), 0, 2)).isFalse();
  }
}
