package org.ripple.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random mutations of every scenario file in scenarios/ (a deleted line, a value of the wrong type, huge and
 * negative numbers, a wrong sector code, a truncated file, a duplicated key, tabs, bytes that are not UTF-8) run
 * through {@code ripple run --output}: never a stack trace, never an exit code other than 0, 3 or 4, one line on
 * stderr for an error, and never an output file (or a temp file) after a failure.
 */
class ScenarioMutationTest {
  private static final int PER_FILE = 17;
  private static final Pattern NUMBER = Pattern.compile("(?<=[:\\s\\[,])-?\\d+(\\.\\d+)?(e\\d+)?");
  private static final Pattern SECTOR = Pattern.compile("(\"?sector\"?\\s*:\\s*\"?)([A-Z_]+)");
  private static final Pattern VALUE = Pattern.compile("(\"?[a-z_]+\"?\\s*:\\s*)([^\\s{\\[][^\\n]*)");

  @TempDir
  Path dir;

  static Stream<Object[]> cases() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(Cli.root().resolve("scenarios"))) {
      s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json")).sorted().forEach(files::add);
    }
    assertThat(files).isNotEmpty();
    // seeded from the file's name (String.hashCode is fixed by the language), so every checkout runs the same cases
    return files.stream().map(f -> f.getFileName().toString()).flatMap(name -> IntStream.range(0, PER_FILE)
        .mapToObj(i -> new Object[] {name, (long) i * 0x9E3779B97F4A7C15L + name.hashCode()}));
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("cases")
  void mutatedScenarioFailsCleanlyOrRuns(String file, long seed) throws IOException {
    byte[] original = Files.readAllBytes(Cli.root().resolve("scenarios").resolve(file));
    SplittableRandom rnd = new SplittableRandom(seed);
    byte[] mutated = mutate(original, rnd);
    Path scenario = Files.write(dir.resolve(file), mutated);
    Path out = dir.resolve("result.csv");
    Cli.Result r = Cli.run("run", scenario.toString(), "--format", "csv", "--output", out.toString());
    String what = "exit " + r.exit() + ", stderr: " + r.err();
    assertThat(r.exit()).as(what).isIn(ExitCodes.OK, ExitCodes.BAD_SCENARIO, ExitCodes.BAD_MODEL);
    assertThat(r.err()).as(what).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("internal");
    assertThat(r.out()).isEmpty();
    if (r.exit() == ExitCodes.OK) {
      assertThat(out).isNotEmptyFile();
    } else {
      assertThat(r.err()).as(what).hasLineCount(1).startsWith("ripple: ");
      assertThat(out).as("no output after a failure").doesNotExist();
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.filter(p -> p.toString().endsWith(".tmp"))).isEmpty();
    }
  }

  /** One or two seeded mutations. */
  static byte[] mutate(byte[] original, SplittableRandom rnd) {
    byte[] b = original;
    int rounds = 1 + rnd.nextInt(2);
    for (int k = 0; k < rounds; k++) {
      b = mutateOnce(b, rnd);
    }
    return b;
  }

  private static byte[] mutateOnce(byte[] bytes, SplittableRandom rnd) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int line = rnd.nextInt(lines.size());
    switch (rnd.nextInt(9)) {
      case 0 -> lines.remove(line); // a deleted key (or a broken structure)
      case 1 -> {
        String[] values = {"[1, 2]", "{a: 1}", "true", "\"12\"", "null", "~", "", "\"\"", "no"};
        return bytes(replace(text, VALUE, rnd, m -> m.group(1) + values[rnd.nextInt(values.length)]));
      }
      case 2 -> {
        String[] huge = {"1e400", "9".repeat(400), "1e308", "1.7976931348623157e308", "123456789012345678"};
        return bytes(replace(text, NUMBER, rnd, m -> huge[rnd.nextInt(huge.length)]));
      }
      case 3 -> {
        return bytes(replace(text, NUMBER, rnd, m -> "-" + m.group()));
      }
      case 4 -> {
        String[] codes = {"TRANSPROT", "XYZ", "0700", "transport", " TRANSPORT"};
        return bytes(replace(text, SECTOR, rnd, m -> m.group(1) + codes[rnd.nextInt(codes.length)]));
      }
      case 5 -> {
        return java.util.Arrays.copyOf(bytes, rnd.nextInt(bytes.length + 1)); // truncated
      }
      case 6 -> lines.add(line, lines.get(line)); // a duplicated key
      case 7 -> lines.set(line, lines.get(line).replaceFirst("^ {1,4}", "\t"));
      default -> {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = rnd.nextInt(bytes.length + 1);
        out.write(bytes, 0, at);
        out.write(rnd.nextBoolean() ? 0xC3 : 0xFF);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
      }
    }
    return bytes(String.join("\n", lines));
  }

  private static String replace(String text, Pattern p, SplittableRandom rnd,
      java.util.function.Function<Matcher, String> with) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    if (spans.isEmpty()) {
      return text;
    }
    int[] s = spans.get(rnd.nextInt(spans.size()));
    Matcher one = p.matcher(text);
    one.find(s[0]);
    return text.substring(0, s[0]) + with.apply(one) + text.substring(s[1]);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
