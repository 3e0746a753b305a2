package org.ripple.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of the bad-input catalogue in docs/reliability.md through the command line: the exit code, one line on
 * stderr naming the file and the place (line:column, field path, cell or sector), no stack trace, nothing on stdout,
 * and no output file afterwards ({@code run ... --output FILE}). Cases 31 and 34 are not errors and have their own
 * tests at the end; rows with several variants are numbered 24a, 24b, ...
 */
class BadInputsCliTest {
  @TempDir
  Path dir;

  /** What one row runs and expects. {@code keep}: the content a pre-existing output file must still have. */
  record Case(List<String> args, int exit, List<String> fragments, Path output, String keep) {}

  @FunctionalInterface
  interface Fixture {
    Case make(Path dir) throws IOException;
  }

  static final String MODEL_YAML = "name: t\ntitle: Two sectors\nregion: Test\nyear: 2020\ncurrency: EUR\n"
      + "unit: EUR\nunit_factor: 1\n";
  static final String SECTORS = "code,name\nA,Alpha\nB,Beta\n";
  static final String TRANSACTIONS = "code,A,B\nA,150,500\nB,200,100\n";
  static final String INDUSTRY = "code,output,employment,labour_income,value_added,household_consumption\n"
      + "A,1000,100,300,650,100\nB,2000,50,500,1400,200\n";
  /** model.yaml lines accepting the negative flow {@code from -> to}. */
  static String accept(String from, String to) {
    return "negative_flows:\n  - from: " + from + "\n    to: " + to + "\n    reason: as published\n";
  }

  static final String CLOSURE = "name: s\nclosures:\n  - name: plant\n    sector: A\n    jobs: 10\n";

  /** Miller and Blair's two-sector table with satellites, with any file replaced. */
  static Path model(Path dir, String name, String yaml, String sectors, String transactions, String industry)
      throws IOException {
    Path m = Files.createDirectories(dir.resolve(name));
    Files.writeString(m.resolve("model.yaml"), yaml);
    Files.writeString(m.resolve("sectors.csv"), sectors);
    if (transactions != null) {
      Files.writeString(m.resolve("transactions.csv"), transactions);
    }
    Files.writeString(m.resolve("industry.csv"), industry);
    return m;
  }

  static Path model(Path dir) throws IOException {
    return model(dir, "m", MODEL_YAML, SECTORS, TRANSACTIONS, INDUSTRY);
  }

  static Path write(Path dir, String name, String content) throws IOException {
    return Files.write(dir.resolve(name), content.getBytes(StandardCharsets.UTF_8));
  }

  /** {@code run SCENARIO [--model M] --output out/result.csv --format csv}, expecting an error. */
  static Case run(Path dir, Path scenario, Path model, int exit, String... fragments) throws IOException {
    Path out = Files.createDirectories(dir.resolve("out")).resolve("result.csv");
    List<String> args = new ArrayList<>(List.of("run", scenario.toString(), "--format", "csv", "--output",
        out.toString()));
    if (model != null) {
      args.addAll(List.of("--model", model.toString()));
    }
    return new Case(args, exit, List.of(fragments), out, null);
  }

  /** A YAML scenario on the bundled model. */
  static Fixture yaml(String content, int exit, String... fragments) {
    return d -> run(d, write(d, "s.yaml", content), null, exit, fragments);
  }

  static Fixture json(String content, int exit, String... fragments) {
    return d -> run(d, write(d, "s.json", content), null, exit, fragments);
  }

  /** The default closure scenario on a model folder with one file changed. */
  static Fixture modelRow(String yaml, String sectors, String transactions, String industry, int exit,
      String... fragments) {
    return d -> run(d, write(d, "s.yaml", CLOSURE), model(d, "m", yaml, sectors, transactions, industry), exit,
        fragments);
  }

  static Arguments row(String id, String title, Fixture fixture) {
    return Arguments.of(id, title, fixture);
  }

  static String billionLaughs() {
    StringBuilder sb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'i'; c++) {
      char p = (char) (c - 1);
      sb.append(c).append(": &").append(c).append(" [*").append(p);
      for (int k = 0; k < 8; k++) {
        sb.append(",*").append(p);
      }
      sb.append("]\n");
    }
    return sb.toString();
  }

  static String manyAliases() {
    StringBuilder sb = new StringBuilder("name: s\nclosures:\n  - &c {name: plant, sector: TRANSPORT, jobs: 1}\n");
    for (int i = 0; i < 60; i++) {
      sb.append("  - *c\n");
    }
    return sb.toString();
  }

  static Stream<Arguments> rows() {
    int s = ExitCodes.BAD_SCENARIO;
    int m = ExitCodes.BAD_MODEL;
    int io = ExitCodes.IO;
    String closureOf = "name: s\nclosures:\n  - name: plant\n    sector: TRANSPORT\n    jobs: ";
    return Stream.of(
        row("01", "billion laughs", yaml(billionLaughs(), s, "s.yaml:1:4: ", "anchors and aliases")),
        row("02", "60 aliases to one closure", yaml(manyAliases(), s, "s.yaml:3:5: closures[0]: ",
            "anchors and aliases")),
        row("03a", "YAML nested 5,000 deep", yaml("name: " + "[".repeat(5000) + "]".repeat(5000) + "\n", s,
            "s.yaml:1:", "nested more than 64 levels")),
        row("03b", "JSON nested 100,000 deep", json("{\"name\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}",
            s, "s.json:1:", "nested more than 64 levels")),
        row("04", "5,000-digit number", yaml(closureOf + "9".repeat(5000) + "\n", s, "s.yaml:5:",
            "number has more than 64 characters")),
        row("05", "jobs: 1e400", yaml(closureOf + "1e400\n", s, "s.yaml:5:11: closures[0].jobs: ",
            "not a finite number: 1e400")),
        row("06a", "jobs: .nan", yaml(closureOf + ".nan\n", s, "s.yaml:5:11: closures[0].jobs: ",
            "not a finite number: .nan")),
        row("06b", "jobs: .inf", yaml(closureOf + ".inf\n", s, "s.yaml:5:11: closures[0].jobs: ",
            "not a finite number: .inf")),
        row("07a", "jobs: null", yaml(closureOf + "null\n", s, "s.yaml:5:11: closures[0].jobs: ",
            "a value is required here, found null")),
        row("07b", "jobs: ~", yaml(closureOf + "~\n", s, "s.yaml:5:11: closures[0].jobs: ",
            "a value is required here, found ~")),
        row("08", "jobs: \"12\"", yaml(closureOf + "\"12\"\n", s, "s.yaml:5:11: closures[0].jobs: ",
            "expected a number, found text \"12\"")),
        row("09", "year: 2.7 into a whole number (model.yaml)", modelRow(MODEL_YAML.replace("2020", "2.7"), SECTORS,
            TRANSACTIONS, INDUSTRY, m, "model.yaml:4:7: year: ", "expected a whole number")),
        row("10", "year: 1e10 into a whole number (model.yaml)", modelRow(MODEL_YAML.replace("2020", "1e10"),
            SECTORS, TRANSACTIONS, INDUSTRY, m, "model.yaml:4:", "whole number")),
        row("11a", "duplicate key, YAML", yaml("name: s\nname: t\nclosures: []\n", s, "s.yaml:2:",
            "duplicate key 'name'")),
        row("11b", "duplicate key, JSON", json("{\"name\": \"s\",\n \"name\": \"t\"}", s, "s.json:2:",
            "duplicate key 'name'")),
        row("12", "typo closure:", yaml("name: s\nclosure:\n  - name: plant\n", s, "s.yaml:2:1: ",
            "unknown key 'closure'; did you mean 'closures'?")),
        row("13", "!!javax.script.ScriptEngineManager gadget", yaml("name: s\nclosures: "
            + "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL "
            + "[\"http://localhost:1/\"]]]]\n", s, "s.yaml:2:11: closures: ",
            "explicit tags (!!javax.script.ScriptEngineManager)")),
        row("14", "local tag !custom", yaml("name: !custom s\n", s, "s.yaml:1:7: name: ", "explicit tags (!custom)")),
        row("15", "two YAML documents", yaml(CLOSURE + "---\n" + CLOSURE, s, "s.yaml:7:", "one document per file")),
        row("16", "empty file", yaml("", s, "s.yaml: ", "file is empty")),
        row("17", "sector: 0700 stays text", yaml("name: s\nclosures:\n  - name: plant\n    sector: 0700\n"
            + "    jobs: 1\n", s, "s.yaml:4:5: closures[0].sector: ", "unknown sector '0700'")),
        row("18", "file over 8 MB", d -> run(d, Files.write(d.resolve("s.yaml"), bigFile()), null, s,
            "s.yaml: ", "limited to 8 MB")),
        row("19a", "100,001-character string", yaml("name: " + "a".repeat(100_001) + "\n", s, "s.yaml:1:",
            "longer than 100000 characters")),
        row("19b", "300-character key", yaml("name: s\n" + "k".repeat(300) + ": 1\n", s, "s.yaml:2:",
            "key is longer than 256 characters")),
        row("20", "trailing JSON document", json("{\"name\": \"s\"}\n{\"name\": \"t\"}", s, "s.json:2:1: ",
            "unexpected content after the end of the document")),
        row("21a", "JSON NaN", json("{\"name\": \"s\", \"closures\": [{\"name\": \"p\", \"sector\": \"TRANSPORT\", "
            + "\"jobs\": NaN}]}", s, "s.json:1:", "not a finite number")),
        row("21b", "JSON comment", json("{\n// hi\n\"name\": \"s\"}", s, "s.json:2:1: ",
            "comments are not allowed in JSON")),
        row("22", "merge key", yaml("name: s\nclosures:\n  - <<: {name: plant}\n    jobs: 1\n", s,
            "s.yaml:3:5: closures[0].<<: ", "merge keys (<<)")),
        row("23", "tab indentation", yaml("name: s\nclosures:\n\t- name: plant\n", s, "s.yaml:3:1: ",
            "indent with spaces")),
        row("24a", "model: ../ outside", d -> pathRow(d, "../m")),
        row("24b", "model: absolute path", d -> pathRow(d, d.resolve("m").toString())),
        row("24c", "model: file: URL", d -> pathRow(d, "file:///etc")),
        row("24d", "model: http: URL", d -> pathRow(d, "http://example.org/model")),
        row("24e", "model: UNC path", d -> pathRow(d, "'\\\\server\\share\\model'")),
        row("24f", "model: symlink pointing outside", BadInputsCliTest::symlinkRow),
        row("24i", "model: a file of the folder linked outside", BadInputsCliTest::linkedFileRow),
        row("24g", "model: empty string", d -> pathRow(d, "\"\"")),
        row("24h", "model: blank string", d -> pathRow(d, "'   '")),
        row("25a", "CSV row of 20,000 columns", modelRow(MODEL_YAML, SECTORS, "code" + ",A".repeat(20_000) + "\n",
            INDUSTRY, m, "transactions.csv:1:", "16384")),
        row("25b", "CSV field over 1,000,000 characters", modelRow(MODEL_YAML, "code,name\nA,"
            + "x".repeat(1_000_001) + "\nB,Beta\n", TRANSACTIONS, INDUSTRY, m, "sectors.csv:2:3", "1000000")),
        row("26a", "CSV unclosed quote", modelRow(MODEL_YAML, "code,name\nA,\"Alpha\nB,Beta\n", TRANSACTIONS,
            INDUSTRY, m, "sectors.csv:2:3", "quote")),
        row("26b", "CSV ragged row", modelRow(MODEL_YAML, SECTORS, "code,A,B\nA,150,500\nB,200\n", INDUSTRY, m,
            "transactions.csv:3:", "2 fields")),
        row("27", "100,000 x 100,000 dense model", d -> {
          StringBuilder sb = new StringBuilder("code,name\n");
          for (int i = 0; i < 100_000; i++) {
            sb.append('S').append(i).append(",Sector ").append(i).append('\n');
          }
          // no transactions file: the preflight must refuse before looking for it
          return run(d, write(d, "s.yaml", CLOSURE), model(d, "m", MODEL_YAML, sb.toString(), null, INDUSTRY), m,
              "sectors.csv: ", "100,000 sectors: a dense model needs ~", " GB", "heap ");
        }),
        row("28a", "column sum of A >= 1", modelRow(MODEL_YAML, SECTORS, "code,A,B\nA,150,500\nB,900,100\n",
            INDUSTRY, m, "sector A: ", "buys 1.0500 of regional inputs per unit of output")),
        row("28b", "Type II spectral radius >= 1", modelRow(MODEL_YAML, SECTORS, TRANSACTIONS,
            INDUSTRY.replace("300,650,100", "600,650,1600").replace("500,1400,200", "1000,1400,1600"), m, "model: ",
            "household-closed (Type II) model is not productive", "spectral radius")),
        row("28c", "negative a_ij", modelRow(MODEL_YAML, SECTORS, "code,A,B\nA,150,-5\nB,200,100\n", INDUSTRY, m,
            "transactions.csv:2:7: ", "negative flow from A to B: -5", "flows must be zero or more",
            "negative_flows")),
        row("28d", "accepted negative a_ij, L with a negative entry (by hand: -0.0025 / 0.808)",
            modelRow(MODEL_YAML + accept("A", "B"), SECTORS, "code,A,B\nA,150,-5\nB,200,100\n", INDUSTRY, m,
                "sector B: ", "L[A, B] = -0.00309406 is negative")),
        row("28e", "accepted negative a_ij making L subtract output", modelRow(MODEL_YAML + accept("A", "A"), SECTORS,
            "code,A,B\nA,-900,0\nB,0,100\n", INDUSTRY, m, "sector A: ", "output multiplier is 0.526316")),
        row("28f", "negative_flows naming an unknown sector", modelRow(MODEL_YAML + accept("A", "C"), SECTORS,
            TRANSACTIONS, INDUSTRY, m, "model.yaml:" + (MODEL_YAML.split("\n").length + 3) + ":", "negative_flows[0].to",
            "unknown sector code 'C'")),
        row("29", "results not finite (1e308 of demand)", d -> run(d, write(d, "s.yaml", "name: s\ndemand_changes:\n"
            + "  - name: huge\n    sector: A\n    amount: 1e308\n"), model(d), m,
            "summed over sectors is not a finite number")),
        row("30a", "closure jobs above the sector's employment", yaml(closureOf + "9000000\n", s,
            "s.yaml:5:5: closures[0].jobs: ", "exceed its employment")),
        row("30b", "unknown sector code", yaml("name: s\nclosures:\n  - name: plant\n    sector: TRANSPROT\n"
            + "    jobs: 1\n", s, "s.yaml:4:5: closures[0].sector: ", "did you mean 'TRANSPORT'?")),
        row("30c", "annual output above the sector's output", d -> run(d, write(d, "s.yaml", "name: s\nclosures:\n"
            + "  - name: plant\n    sector: A\n    annual_output: 5000\n"), model(d), s,
            "s.yaml:5:5: closures[0].annual_output: ", "exceeds the sector's output in the model")),
        row("32a", "output = input path", d -> {
          Path scenario = write(d, "s.yaml", "name: s\nclosures:\n  - name: p\n    sector: TRANSPORT\n    jobs: 1\n");
          return new Case(List.of("run", scenario.toString(), "--output", scenario.toString(), "--force"), io,
              List.of("s.yaml: ", "is also an input file"), scenario, Files.readString(scenario));
        }),
        row("32b", "existing output file without --force", d -> {
          Case c = run(d, write(d, "s.yaml", "name: s\nclosures:\n  - name: p\n    sector: TRANSPORT\n"
              + "    jobs: 1\n"), null, io, "result.csv exists; use --force to overwrite");
          Files.writeString(c.output(), "keep me");
          return new Case(c.args(), c.exit(), c.fragments(), c.output(), "keep me");
        }),
        row("32c", "read-only output folder", BadInputsCliTest::readOnlyRow),
        row("33a", "scenario not UTF-8", d -> run(d, Files.write(d.resolve("s.yaml"), new byte[] {'n', 'a', 'm', 'e',
            ':', ' ', (byte) 0xC3, '\n'}), null, s, "s.yaml:1:7: ", "file is not UTF-8")),
        row("33b", "scenario in UTF-16 with BOM", d -> run(d, Files.write(d.resolve("s.yaml"),
            "name: s\n".getBytes(StandardCharsets.UTF_16)), null, s, "s.yaml:", "file is not UTF-8")),
        row("33c", "model CSV not UTF-8", d -> {
          Path mm = model(d);
          Files.write(mm.resolve("sectors.csv"), new byte[] {'c', 'o', 'd', 'e', ',', 'n', 'a', 'm', 'e', '\n', 'A',
              ',', (byte) 0xFF, '\n'});
          return run(d, write(d, "s.yaml", CLOSURE), mm, m, "sectors.csv:2:3: ", "file is not UTF-8");
        }),
        row("35", "scenario file missing", d -> run(d, d.resolve("nope.yaml"), null, io, "nope.yaml: no such file")),
        row("36", "--model folder missing", d -> run(d, write(d, "s.yaml", CLOSURE), d.resolve("nomodel"), io,
            "nomodel: --model: no such model folder")),
        row("37", "scenario without .yaml/.json", d -> run(d, write(d, "s.txt", CLOSURE), null, s,
            "s.txt: ", "must end in .yaml, .yml or .json")),
        row("38", "model without industry output column", modelRow(MODEL_YAML, SECTORS, TRANSACTIONS,
            "code,employment\nA,100\nB,50\n", m, "industry.csv:1:", "must start with code,output")));
  }

  static byte[] bigFile() {
    byte[] big = new byte[(8 << 20) + 1];
    Arrays.fill(big, (byte) 'a');
    return big;
  }

  /** A scenario in {@code d/scen/} naming a model folder that is not under {@code scen/}. */
  static Case pathRow(Path d, String ref) throws IOException {
    model(d);
    Path scen = Files.createDirectories(d.resolve("scen"));
    Path scenario = write(scen, "s.yaml", "name: s\nmodel: " + ref + "\nclosures:\n  - name: plant\n    sector: A\n"
        + "    jobs: 10\n");
    return run(d, scenario, null, ExitCodes.BAD_SCENARIO, "s.yaml:2:1: model: ");
  }

  static Case symlinkRow(Path d) throws IOException {
    Path outside = model(d);
    Path scen = Files.createDirectories(d.resolve("scen"));
    Files.createSymbolicLink(scen.resolve("link"), outside);
    Path scenario = write(scen, "s.yaml", "name: s\nmodel: link\nclosures:\n  - name: plant\n    sector: A\n"
        + "    jobs: 10\n");
    return run(d, scenario, null, ExitCodes.BAD_SCENARIO, "s.yaml:2:1: model: ", "is a link pointing outside");
  }

  /**
   * A model folder inside the scenario's folder whose industry.csv is a link to a file outside it: refused before the
   * file is read, nothing of it printed.
   */
  static Case linkedFileRow(Path d) throws IOException {
    Path outside = model(d);
    Path scen = Files.createDirectories(d.resolve("scen"));
    Path inside = model(scen, "m", MODEL_YAML, SECTORS, TRANSACTIONS, INDUSTRY);
    Files.delete(inside.resolve("industry.csv"));
    Files.createSymbolicLink(inside.resolve("industry.csv"), outside.resolve("industry.csv"));
    Path scenario = write(scen, "s.yaml", "name: s\nmodel: m\nclosures:\n  - name: plant\n    sector: A\n"
        + "    jobs: 10\n");
    return run(d, scenario, null, ExitCodes.BAD_SCENARIO, "s.yaml:2:1: model: ", "'m/industry.csv' is a link "
        + "pointing outside the scenario's folder");
  }

  /** A folder the process cannot write to: a read-only folder, or /sys when running as root (which ignores modes). */
  static Case readOnlyRow(Path d) throws IOException {
    Path scenario = write(d, "s.yaml", CLOSURE.replace("sector: A", "sector: TRANSPORT"));
    Path folder = Files.createDirectories(d.resolve("ro"));
    try {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    } catch (UnsupportedOperationException e) {
      folder = null;
    }
    if (folder == null || Files.isWritable(folder)) {
      folder = Path.of("/sys");
      assumeTrue(Files.isDirectory(folder) && !Files.isWritable(folder.resolve("ripple-test")),
          "no folder this process cannot write to");
    }
    Path out = folder.resolve("result.csv");
    return new Case(List.of("run", scenario.toString(), "--output", out.toString()), ExitCodes.IO,
        List.of("result.csv: cannot write"), out, null);
  }

  @ParameterizedTest(name = "row {0}: {1}")
  @MethodSource("rows")
  void badInput(String id, String title, Fixture fixture) throws IOException {
    Case c = fixture.make(dir);
    Cli.Result r = Cli.run(c.args().toArray(String[]::new));
    assertThat(r.exit()).as("exit code; stderr: %s", r.err()).isEqualTo(c.exit());
    assertThat(r.err()).as("one line on stderr").hasLineCount(1).startsWith("ripple: ")
        .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("\n\tat");
    for (String fragment : c.fragments()) {
      assertThat(r.err()).contains(fragment);
    }
    assertThat(r.out()).as("nothing on stdout").isEmpty();
    if (c.keep() == null) {
      assertThat(c.output()).as("no output file").doesNotExist();
    } else {
      assertThat(Files.readString(c.output())).as("output file unchanged").isEqualTo(c.keep());
    }
    Path parent = c.output().getParent();
    if (parent.startsWith(dir) && Files.isDirectory(parent)) {
      try (Stream<Path> files = Files.list(parent)) {
        assertThat(files.filter(f -> f.getFileName().toString().endsWith(".tmp"))).as("no temp files").isEmpty();
      }
    }
  }

  @Test
  void anEmptyModelKeyIsABadScenarioNamingTheFileAndTheField() throws IOException {
    Path scenario = write(dir, "s.yaml", "name: s\nmodel: \"\"\nclosures:\n  - name: plant\n    sector: TRANSPORT\n"
        + "    jobs: 10\n");
    Cli.Result r = Cli.run("run", scenario.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.BAD_SCENARIO);
    assertThat(r.err()).hasLineCount(1).startsWith("ripple: " + scenario + ":2:1: model: is empty; name a bundled "
        + "model (").contains("remove the key to use the default, quebec-2021");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void row17CodesThatLookLikeNumbersWorkUnquoted() throws IOException {
    Path mm = model(dir, "m", MODEL_YAML, "code,name\n0700,Alpha\n1.10,Beta\n", "code,0700,1.10\n0700,150,500\n"
        + "1.10,200,100\n", INDUSTRY.replace("\nA,", "\n0700,").replace("\nB,", "\n1.10,"));
    Path scenario = write(dir, "s.yaml", "name: s\nclosures:\n  - name: plant\n    sector: 0700\n    jobs: 10\n"
        + "  - name: mill\n    sector: 1.10\n    jobs: 5\n");
    Path out = dir.resolve("r.csv");
    Cli.Result r = Cli.run("run", scenario.toString(), "--model", mm.toString(), "--format", "csv", "--output",
        out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(out)).contains(",0700,").contains(",1.10,");
  }

  @Test
  void row28AnAcceptedNegativeFlowIsListedByValidateNamingTheCellAndTheRunGoesOn() throws IOException {
    // a negative diagonal cell leaves L non-negative: L = adj(I - A) / det, and adj's entries are 1 - a_BB, a_AB, a_BA
    Path mm = model(dir, "m", MODEL_YAML + accept("A", "A"), SECTORS, "code,A,B\nA,-5,500\nB,200,100\n",
        INDUSTRY);
    Path out = dir.resolve("r.csv");
    Cli.Result r = Cli.run("run", write(dir, "s.yaml", CLOSURE).toString(), "--model", mm.toString(), "--format",
        "csv", "--output", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).as("accepted in model.yaml: not repeated by a run").isEmpty();
    assertThat(out).exists();
    Cli.Result v = Cli.run("validate", mm.toString());
    assertThat(v.exit()).isZero();
    assertThat(v.out()).contains("accepted: ").contains("transactions.csv:2:3")
        .contains("negative flow from A to A: -5, accepted in model.yaml: as published")
        .contains("is valid (with accepted findings)");
  }

  /** compare, sweep and report validate the model as run does: the same one-line error, exit 4, nothing written. */
  @Test
  void everyCommandThatRunsAScenarioValidatesTheModel() throws IOException {
    Path mm = model(dir, "m", MODEL_YAML + accept("A", "B"), SECTORS, "code,A,B\nA,150,-5\nB,200,100\n", INDUSTRY);
    Path s = write(dir, "s.yaml", CLOSURE + "sweep:\n  set: closures[0].jobs\n  values: [5, 10]\n");
    Path out = dir.resolve("o.html");
    for (String[] args : new String[][] {
        {"run", s.toString(), "--model", mm.toString()},
        {"compare", s.toString(), "--model", mm.toString()},
        {"sweep", s.toString(), "--model", mm.toString()},
        {"report", s.toString(), "--model", mm.toString(), "--out", out.toString()}}) {
      Cli.Result r = Cli.run(args);
      assertThat(r.exit()).as(args[0] + ": " + r.err()).isEqualTo(4);
      assertThat(r.err()).as(args[0]).hasLineCount(1).contains("L[A, B] = -0.00309406 is negative");
      assertThat(r.out()).as(args[0]).isEmpty();
    }
    assertThat(out).doesNotExist();
  }

  /** A model's warnings accompany a successful run only: a failed run prints its one error line and nothing else. */
  @Test
  void aFailedRunPrintsItsErrorLineOnlyNotTheModelsWarnings() throws IOException {
    Path mm = model(dir, "m", MODEL_YAML, "code,name\nA,Alpha\nB,Beta\nC,Idle\n",
        "code,A,B,C\nA,150,500,0\nB,200,100,0\nC,0,0,0\n", INDUSTRY + "C,0,0,0,0,0\n");
    Cli.Result r = Cli.run("run", write(dir, "s.yaml", CLOSURE.replace("sector: A", "sector: D")).toString(),
        "--model", mm.toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).hasLineCount(1).contains("unknown sector 'D'").doesNotContain("warning");
  }

  /** Two sectors failing a balance check are one line on a run; 'ripple validate' lists each. */
  @Test
  void balanceWarningsAreOneLinePerCheckOnARun() throws IOException {
    // A and B each sell 1,100 to C but make 1,000: both rows off (no final_demand: one-sided); C buys 0.22 per unit
    Path mm = model(dir, "m", MODEL_YAML, "code,name\nA,Alpha\nB,Beta\nC,Gamma\n",
        "code,A,B,C\nA,0,0,1100\nB,0,0,1100\nC,0,0,0\n", "code,output,employment\nA,1000,100\nB,1000,50\n"
            + "C,10000,500\n");
    Cli.Result r = Cli.run("run", write(dir, "s.yaml", CLOSURE).toString(), "--model", mm.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEqualTo("ripple: warning: row balance: 2 sectors outside the 1% tolerance (A, B); list "
        + "them with: ripple validate " + mm.toAbsolutePath() + "\n");
    Cli.Result v = Cli.run("validate", mm.toString());
    assertThat(v.out()).contains("warning: sector A: regional intermediate sales 1,100 exceed output 1,000")
        .contains("warning: sector B: regional intermediate sales 1,100 exceed output 1,000");
  }

  @Test
  void row29ZeroOutputSectorIsFlaggedAndTheRunGoesOn() throws IOException {
    Path mm = model(dir, "m", MODEL_YAML, "code,name\nA,Alpha\nB,Beta\nC,Idle\n",
        "code,A,B,C\nA,150,500,0\nB,200,100,0\nC,0,0,0\n", INDUSTRY + "C,0,0,0,0,0\n");
    Cli.Result r = Cli.run("run", write(dir, "s.yaml", CLOSURE).toString(), "--model", mm.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).hasLineCount(1).contains("ripple: warning: ").contains("industry.csv:4:")
        .contains("sector C has zero output");
    Cli.Result v = Cli.run("validate", mm.toString());
    assertThat(v.exit()).isZero();
    assertThat(v.out()).contains("sector C has zero output").contains("ok: model t is valid (with warnings)");
  }

  @Test
  void row31FormulaInSectorNameIsNeutralisedInCsv() throws IOException {
    Path mm = model(dir, "m", MODEL_YAML, "code,name\nA,\"=HYPERLINK(\"\"http://x.example/\"\",\"\"click\"\")\"\n"
        + "B,+SUM(1)\n", TRANSACTIONS, INDUSTRY);
    Path out = dir.resolve("mult.csv");
    Cli.Result r = Cli.run("multipliers", "--model", mm.toString(), "--format", "csv", "--output", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String csv = Files.readString(out);
    assertThat(csv).contains("A,\"'=HYPERLINK(\"\"http://x.example/\"\",\"\"click\"\")\"").contains("B,'+SUM(1)");
    Path runOut = dir.resolve("run.csv");
    Cli.Result run = Cli.run("run", write(dir, "s.yaml", CLOSURE).toString(), "--model", mm.toString(),
        "--format", "csv", "--output", runOut.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.readString(runOut)).doesNotContain(",=").doesNotContain(",+SUM");
  }

  @Test
  void row34SameBytesUnderGermanAndHindiLocales() throws IOException {
    Locale saved = Locale.getDefault();
    try {
      List<byte[]> files = new ArrayList<>();
      for (Locale l : List.of(Locale.ROOT, Locale.GERMANY, Locale.forLanguageTag("hi-IN"))) {
        Locale.setDefault(l);
        Path out = dir.resolve("r-" + files.size() + ".json");
        Cli.Result r = Cli.run("run", Cli.scenario("quebec-amazon-2025.yaml").toString(), "--format", "json",
            "--output", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        files.add(Files.readAllBytes(out));
      }
      assertThat(files.get(1)).isEqualTo(files.get(0));
      assertThat(files.get(2)).isEqualTo(files.get(0));
    } finally {
      Locale.setDefault(saved);
    }
  }
}
