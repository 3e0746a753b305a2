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

  private String classPath;

  private String[] run(List<String> args) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new java.util.ArrayList<>(List.of(java, "-Dfile.encoding=US-ASCII",
        "-Dsun.stdout.encoding=US-ASCII", "-Dsun.stderr.encoding=US-ASCII", "-cp", asciiClassPath(),
        Main.class.getName()));
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

  /**
   * The class path as a JVM under {@code LANG=C} can read it: a checkout whose path has a non-ASCII letter has its
   * class-path entries copied below the (ASCII) temporary folder first, since such a JVM decodes file names as ASCII.
   */
  private String asciiClassPath() throws IOException {
    if (classPath != null) {
      return classPath;
    }
    classPath = System.getProperty("java.class.path");
    if (StandardCharsets.US_ASCII.newEncoder().canEncode(classPath)) {
      return classPath;
    }
    List<String> copied = new java.util.ArrayList<>();
    int k = 0;
    for (String entry : classPath.split(java.io.File.pathSeparator)) {
      Path from = Path.of(entry);
      if (!java.nio.file.Files.exists(from)) {
        continue;
      }
      Path to = dir.resolve("cp").resolve(k++ + "-" + (java.nio.file.Files.isDirectory(from) ? "dir" : "entry.jar"));
      java.nio.file.Files.createDirectories(to.getParent());
      try (var walk = java.nio.file.Files.walk(from)) {
        for (Path p : (Iterable<Path>) walk::iterator) {
          Path target = to.resolve(from.relativize(p).toString());
          if (java.nio.file.Files.isDirectory(p)) {
            java.nio.file.Files.createDirectories(target);
          } else {
            java.nio.file.Files.copy(p, target);
          }
        }
      }
      copied.add(to.toString());
    }
    classPath = String.join(java.io.File.pathSeparator, copied);
    return classPath;
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
