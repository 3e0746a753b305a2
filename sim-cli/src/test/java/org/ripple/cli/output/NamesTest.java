package org.ripple.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ripple.cli.Cli;

/** Names are shortened only where they must be, and two different names never to the same text. */
class NamesTest {
  @TempDir
  Path tmp;

  @Test
  void onlyANameLongerThanItsRoomIsShortened() {
    assertThat(Names.shortened(List.of("abc", "abcdefghij"), 5)).containsExactly("abc", "abcd~");
    assertThat(Names.shortened(List.of("abcde"), 5)).containsExactly("abcde");
  }

  @Test
  void namesWithTheSameStartKeepAsMuchOfTheirEndAsTellsThemApart() {
    // 27 and 28 characters in 20: the first 19 read alike, and so do the first 18 and the last one (both end in e)
    assertThat(Names.shortened(List.of("quebec-amazon-2025-additive", "quebec-amazon-2025-recapture"), 20))
        .containsExactly("quebec-amazon-202~ve", "quebec-amazon-202~re");
  }

  @Test
  void namesThatDifferOnlyInTheMiddleAreNumbered() {
    assertThat(Names.shortened(List.of("aaXaa", "aaYaa"), 3)).containsExactly("a~1", "a~2");
    assertThat(Names.shortened(List.of("same-long-name", "same-long-name"), 6)).containsExactly("same-~", "same-~");
    assertThatThrownBy(() -> Names.shortened(List.of("a"), 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void compareShowsTheFlagshipNamesWholeAndTellsLongNamesApart() throws Exception {
    Cli.Result whole = Cli.run("compare", Cli.scenario("quebec-amazon-2025.yaml").toString(),
        Cli.scenario("quebec-amazon-2025-additive.yaml").toString(),
        Cli.scenario("quebec-amazon-2025-recapture.yaml").toString());
    assertThat(whole.exit()).as(whole.err()).isZero();
    assertThat(whole.out()).contains("  quebec-amazon-2025-additive  quebec-amazon-2025-recapture\n")
        .doesNotContain("~");
    String body = Files.readString(Cli.scenario("quebec-amazon-2025.yaml"));
    Path one = tmp.resolve("one.yaml");
    Path two = tmp.resolve("two.yaml");
    Files.writeString(one, body.replaceFirst("(?m)^name: .*$",
        "name: quebec-amazon-2025-a-long-variant-number-one"));
    Files.writeString(two, body.replaceFirst("(?m)^name: .*$",
        "name: quebec-amazon-2025-a-long-variant-number-two"));
    Cli.Result cut = Cli.run("compare", one.toString(), two.toString(), "-q");
    assertThat(cut.exit()).as(cut.err()).isZero();
    String header = cut.out().lines().findFirst().orElseThrow();
    // 44 characters in a column of 32 (30 for the name): the start, a tilde and the last letter tell them apart
    assertThat(header).endsWith("  quebec-amazon-2025-a-long-va~e  quebec-amazon-2025-a-long-va~o");
  }
}
