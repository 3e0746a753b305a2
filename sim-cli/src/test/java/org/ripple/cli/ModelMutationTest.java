package org.ripple.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random mutations of bundled model folders (copied to a temporary folder): in model.yaml and the CSVs, a
 * deleted cell, a number changed to text, negative or huge, YAML 1.1 number forms, two rows swapped, a dropped column,
 * a duplicated code, an emptied file. {@code run} and {@code validate} run on each in-process: never a stack trace,
 * never an exit code other than 0, 3 and 4, one {@code ripple:} line for a failed run with no output file, and the
 * model folder's files unchanged byte for byte.
 */
class ModelMutationTest {
  private static final List<String> MODELS = List.of("quebec-2021", "uk-2010");
  private static final int PER_MODEL = 100;

  @TempDir
  Path dir;

  static Stream<Object[]> cases() {
    // seeded from the model's name (String.hashCode is fixed by the language): every checkout runs the same cases
    return MODELS.stream().flatMap(m -> IntStream.range(0, PER_MODEL)
        .mapToObj(i -> new Object[] {m, (long) i * 0x9E3779B97F4A7C15L + m.hashCode()}));
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("cases")
  void aMutatedModelFailsCleanlyOrRuns(String name, long seed) throws IOException {
    Path source = Cli.root().resolve("models").resolve(name);
    Path model = Files.createDirectories(dir.resolve(name));
    List<String> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(source)) {
      s.filter(p -> p.toString().endsWith(".csv") || p.getFileName().toString().equals("model.yaml"))
          .sorted().forEach(p -> files.add(p.getFileName().toString()));
    }
    for (String f : files) {
      Files.copy(source.resolve(f), model.resolve(f));
    }
    String firstCode = Files.readAllLines(source.resolve("sectors.csv")).get(1).split(",")[0];
    SplittableRandom rnd = new SplittableRandom(seed);
    int rounds = 1 + rnd.nextInt(2);
    StringBuilder what = new StringBuilder();
    for (int k = 0; k < rounds; k++) {
      String f = files.get(rnd.nextInt(files.size()));
      Path p = model.resolve(f);
      String mutated = mutate(Files.readString(p), f.endsWith(".yaml"), rnd, what.append(f).append(": "));
      Files.writeString(p, mutated);
    }
    Map<String, String> before = hashes(model);
    Path scenario = Files.writeString(dir.resolve("s.yaml"), "name: s\nclosures:\n  - name: plant\n    sector: \""
        + firstCode + "\"\n    jobs: 1\n");
    Path out = dir.resolve("result.csv");

    Cli.Result run = Cli.run("run", scenario.toString(), "--model", model.toString(), "--format", "csv", "--output",
        out.toString());
    String context = what + " -> run exit " + run.exit() + ", stderr: " + run.err();
    assertThat(run.exit()).as(context).isIn(ExitCodes.OK, ExitCodes.BAD_SCENARIO, ExitCodes.BAD_MODEL);
    assertClean(run, context);
    if (run.exit() == ExitCodes.OK) {
      assertThat(out).as(context).isNotEmptyFile();
    } else {
      assertThat(run.err()).as(context).hasLineCount(1).startsWith("ripple: ");
      assertThat(out).as(context).doesNotExist();
    }

    Cli.Result validate = Cli.run("validate", model.toString());
    String vContext = what + " -> validate exit " + validate.exit() + ", stderr: " + validate.err();
    assertThat(validate.exit()).as(vContext).isIn(ExitCodes.OK, ExitCodes.BAD_MODEL);
    assertClean(validate, vContext);
    if (validate.exit() != ExitCodes.OK) {
      assertThat(validate.err().lines().reduce((a, b) -> b).orElse("")).as(vContext).startsWith("ripple: ");
    }
    assertThat(hashes(model)).as("inputs unchanged; " + context).isEqualTo(before);
  }

  private static void assertClean(Cli.Result r, String context) {
    for (String stream : new String[] {r.out(), r.err()}) {
      assertThat(stream).as(context).doesNotContain("\tat ").doesNotContain("Exception")
          .doesNotContain("internal error");
    }
  }

  /** One seeded change to a CSV or YAML text; {@code what} gets its description. */
  static String mutate(String text, boolean yaml, SplittableRandom rnd, StringBuilder what) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int kind = rnd.nextInt(9);
    if (lines.size() < 3 || kind == 8) {
      what.append("emptied; ");
      return "";
    }
    int row = 1 + rnd.nextInt(lines.size() - 2);
    String line = lines.get(row);
    switch (kind) {
      case 0 -> {
        what.append("cell deleted at line ").append(row + 1).append("; ");
        lines.set(row, yaml ? line.replaceFirst(":\\s.*$", ":") : dropField(line, rnd));
      }
      case 1 -> {
        what.append("number to text at line ").append(row + 1).append("; ");
        lines.set(row, line.replaceFirst("\\d+(\\.\\d+)?", "n/a"));
      }
      case 2 -> {
        what.append("negative at line ").append(row + 1).append("; ");
        lines.set(row, line.replaceFirst("(?<=[,:\\s])(\\d)", "-$1"));
      }
      case 3 -> {
        what.append("huge at line ").append(row + 1).append("; ");
        lines.set(row, line.replaceFirst("\\d+(\\.\\d+)?", rnd.nextBoolean() ? "1e308" : "1e400"));
      }
      case 4 -> {
        int other = 1 + rnd.nextInt(lines.size() - 2);
        what.append("lines ").append(row + 1).append(" and ").append(other + 1).append(" swapped; ");
        lines.set(row, lines.get(other));
        lines.set(other, line);
      }
      case 5 -> {
        int column = rnd.nextInt(8);
        what.append("column ").append(column).append(" dropped; ");
        for (int i = 0; i < lines.size(); i++) {
          lines.set(i, yaml ? lines.get(i) : dropField(lines.get(i), column));
        }
        if (yaml) {
          lines.remove(row);
        }
      }
      case 6 -> {
        what.append("line ").append(row + 1).append(" duplicated; ");
        lines.add(row, line);
      }
      default -> {
        String form = List.of("010", "0x1F", "1_000", "1:30", "0b101").get(rnd.nextInt(5));
        what.append("number as ").append(form).append(" at line ").append(row + 1).append("; ");
        lines.set(row, line.replaceFirst("\\d+(\\.\\d+)?", form));
      }
    }
    return String.join("\n", lines);
  }

  private static String dropField(String line, SplittableRandom rnd) {
    String[] f = line.split(",", -1);
    int i = rnd.nextInt(f.length);
    f[i] = "";
    return String.join(",", f);
  }

  /** The line without its {@code column}-th comma-separated field (quoted commas are split too: a worse row). */
  private static String dropField(String line, int column) {
    List<String> f = new ArrayList<>(Arrays.asList(line.split(",", -1)));
    if (column < f.size()) {
      f.remove(column);
    }
    return String.join(",", f);
  }

  private static Map<String, String> hashes(Path folder) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.list(folder)) {
      for (Path p : s.sorted().toList()) {
        out.put(p.getFileName().toString(), sha256(Files.readAllBytes(p)));
      }
    }
    return out;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
