package org.ripple.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ripple.cli.io.TerminalText;

/**
 * Control characters in names and codes (ESC, BEL, C1, bidirectional overrides) never reach the terminal, an error
 * line, or a text or CSV output raw: they are shown escaped ({@code \u001b}).
 */
class TerminalTextCliTest {
  /** A window-title escape, a C1 CSI, and a right-to-left override. */
  static final String HOSTILE = "Alpha\u001b]0;owned\u0007 \u009b2J \u202eevil\u2066";

  @TempDir
  Path dir;

  static void assertNoRawControls(String text) {
    for (int i = 0; i < text.length(); i++) {
      assertThat(TerminalText.unsafe(text.charAt(i))).as("raw U+%04X at %d in %s", (int) text.charAt(i), i, text)
          .isFalse();
    }
  }

  private Path model() throws IOException {
    return BadInputsCliTest.model(dir, "m", BadInputsCliTest.MODEL_YAML, "code,name\nA," + HOSTILE + "\nB,Beta\n",
        BadInputsCliTest.TRANSACTIONS, BadInputsCliTest.INDUSTRY);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"table", "csv", "json"})
  void namesAreEscapedInEveryTextFormatOnStdoutAndInFiles(String format) throws IOException {
    Path scenario = BadInputsCliTest.write(dir, "s.yaml", "name: \"plant \\e[2J\"\nclosures:\n  - name: plant\n"
        + "    sector: A\n    jobs: 10\n");
    Cli.Result r = Cli.run("run", scenario.toString(), "--model", model().toString(), "--format", format);
    assertThat(r.exit()).as(r.err()).isZero();
    assertNoRawControls(r.out());
    assertNoRawControls(r.err());
    if (!format.equals("json")) {
      assertThat(r.out()).contains("\\u001b").contains("\\u202e");
    }
    Path out = dir.resolve("r." + format);
    Cli.Result file = Cli.run("run", scenario.toString(), "--model", model().toString(), "--format", format,
        "--output", out.toString());
    assertThat(file.exit()).as(file.err()).isZero();
    assertNoRawControls(Files.readString(out));
  }

  @Test
  void anErrorLineShowsControlCharactersEscaped() throws IOException {
    Path scenario = BadInputsCliTest.write(dir, "s.yaml", "name: s\nclosures:\n  - name: plant\n"
        + "    sector: \"X\\e]0;owned\\a\\u202e\"\n    jobs: 10\n");
    Cli.Result r = Cli.run("run", scenario.toString(), "--model", model().toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.BAD_SCENARIO);
    assertThat(r.err()).hasLineCount(1).startsWith("ripple: ").contains("unknown sector 'X\\u001b]0;owned\\u0007\\u202e'");
    assertNoRawControls(r.err());
    assertThat(r.out()).isEmpty();
  }

  @Test
  void validateShowsControlCharactersEscaped() throws IOException {
    Path m = BadInputsCliTest.model(dir, "v", BadInputsCliTest.MODEL_YAML.replace("name: t", "name: \"t\\e[2J\""),
        BadInputsCliTest.SECTORS, BadInputsCliTest.TRANSACTIONS, BadInputsCliTest.INDUSTRY);
    Cli.Result r = Cli.run("validate", m.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("model t\\u001b[2J");
    assertNoRawControls(r.out());
  }

  @Test
  void theFunctionEscapesEachClassAndKeepsLayoutAndOnlyItsOwnColour() {
    assertThat(TerminalText.escape("a\u0007b\u001bc\u0085d\u202ae\u2069f\u007fg\rh")).isEqualTo(
        "a\\u0007b\\u001bc\\u0085d\\u202ae\\u2069f\\u007fg\\u000dh");
    assertThat(TerminalText.escape("line\n\tnext")).isEqualTo("line\n\tnext");
    assertThat(TerminalText.escape(TerminalText.RED + "-1" + TerminalText.RESET, true))
        .isEqualTo(TerminalText.RED + "-1" + TerminalText.RESET);
    assertThat(TerminalText.escape(TerminalText.RED + "\u001b[2J", true)).isEqualTo(TerminalText.RED + "\\u001b[2J");
    assertThat(TerminalText.escape(TerminalText.RED, false)).isEqualTo("\\u001b[31m");
    assertThat(TerminalText.escape("Café")).isEqualTo("Café");
  }
}
