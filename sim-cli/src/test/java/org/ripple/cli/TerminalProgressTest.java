package org.ripple.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On a terminal, {@code run} and {@code multipliers} draw a progress bar on stderr and erase it before the result
 * reaches stdout. The command runs in a pseudo-terminal (util-linux {@code script}, its output the terminal's bytes), where stdout and stderr share
 * one screen; the screen is replayed (a carriage return goes back to the start of the line) and no line of it may
 * hold a piece of the bar.
 */
class TerminalProgressTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"run", "multipliers"})
  void theBarIsErasedBeforeTheFirstResultLine(String command) throws Exception {
    String raw = inPseudoTerminal(command.equals("run")
        ? List.of("run", Cli.scenario("quebec-amazon-2025.yaml").toString(), "--no-color")
        : List.of("multipliers", "--no-color"));
    assertThat(raw).as("the bar was drawn (this is a terminal)").contains("[#");
    List<String> screen = screen(raw);
    assertThat(screen).isNotEmpty();
    assertThat(screen.get(0)).startsWith(command.equals("run") ? "Scenario:" : "Multipliers");
    for (String line : screen) {
      assertThat(line).doesNotContain("[#").doesNotContain("..]");
    }
  }

  /** The bytes a terminal receives from {@code ripple ARGS} (stdout and stderr interleaved). */
  private String inPseudoTerminal(List<String> args) throws Exception {
    Path screen = tmp.resolve("screen");
    StringBuilder cmd = new StringBuilder("exec \"$RIPPLE_JAVA\" -cp \"$RIPPLE_CP\" " + Main.class.getName());
    for (int i = 0; i < args.size(); i++) {
      cmd.append(" \"$RIPPLE_ARG").append(i).append('"');
    }
    ProcessBuilder pb = new ProcessBuilder("script", "-q", "-e", "-c", cmd.toString(), "/dev/null")
        .redirectErrorStream(true).redirectOutput(screen.toFile());
    pb.environment().remove("CI");
    pb.environment().put("SHELL", "/bin/sh");
    pb.environment().put("RIPPLE_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    pb.environment().put("RIPPLE_CP", System.getProperty("java.class.path"));
    for (int i = 0; i < args.size(); i++) {
      pb.environment().put("RIPPLE_ARG" + i, args.get(i));
    }
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String text = new String(Files.readAllBytes(screen), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(text).isZero();
    return text.replace("\r\n", "\n"); // the terminal's own line ends
  }

  /** What the screen shows: each line with carriage returns replayed (later text overwrites from column 0). */
  static List<String> screen(String raw) {
    List<String> lines = new ArrayList<>();
    for (String line : raw.split("\n", -1)) {
      StringBuilder shown = new StringBuilder();
      int col = 0;
      for (char c : line.toCharArray()) {
        if (c == '\r') {
          col = 0;
        } else if (col < shown.length()) {
          shown.setCharAt(col++, c);
        } else {
          shown.append(c);
          col++;
        }
      }
      String s = shown.toString().stripTrailing();
      if (!s.isEmpty() || !lines.isEmpty()) {
        lines.add(s);
      }
    }
    return lines;
  }
}
