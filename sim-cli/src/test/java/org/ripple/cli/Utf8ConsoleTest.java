package org.ripple.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ripple program (its main, in a new JVM) prints UTF-8 on stdout and stderr under {@code LANG=C} with an ASCII
 * {@code file.encoding}: {@code Café} stays {@code Café}, never {@code Caf?}.
 */
class Utf8ConsoleTest {
  @TempDir
  Path dir;

  private static String[] run(List<String> args) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new java.util.ArrayList<>(List.of(java, "-Dfile.encoding=US-ASCII",
        "-Dsun.stdout.encoding=US-ASCII", "-Dsun.stderr.encoding=US-ASCII", "-cp",
        System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("LANG", "C");
    pb.environment().put("LC_ALL", "C");
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new String[] {new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8)};
  }

  @Test
  void stdoutAndStderrAreUtf8UnderTheCLocale() throws IOException, InterruptedException {
    Path model = BadInputsCliTest.model(dir, "m", BadInputsCliTest.MODEL_YAML, "code,name\nA,Café\nB,Beta\n",
        BadInputsCliTest.TRANSACTIONS, BadInputsCliTest.INDUSTRY);
    Path scenario = BadInputsCliTest.write(dir, "s.yaml", "name: Été\nclosures:\n  - name: plant\n    sector: A\n"
        + "    jobs: 10\n");
    String[] ok = run(List.of("run", scenario.toString(), "--model", model.toString()));
    assertThat(ok[0]).contains("Scenario: Été").contains("Café").doesNotContain("Caf?");
    Path bad = BadInputsCliTest.write(dir, "bad.yaml", "name: s\nclosures:\n  - name: plant\n    sector: Ça\n"
        + "    jobs: 10\n");
    String[] err = run(List.of("run", bad.toString(), "--model", model.toString()));
    assertThat(err[1]).contains("unknown sector 'Ça'").doesNotContain("?a'");
  }
}
