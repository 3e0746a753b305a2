package org.ripple.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: help, version, models, multipliers, validate, output files, errors and exit codes. */
class CommandsTest {
  @TempDir
  Path tmp;

  @Test
  void helpAndVersionEverywhere() {
    for (String[] args : new String[][] {{"--help"}, {"run", "--help"}, {"multipliers", "--help"},
        {"validate", "--help"}, {"models", "--help"}, {"model", "build", "--help"}}) {
      Cli.Result r = Cli.run(args);
      assertThat(r.exit()).as(String.join(" ", args)).isZero();
      assertThat(r.out()).contains("Usage:");
    }
    Cli.Result v = Cli.run("--version");
    assertThat(v.exit()).isZero();
    assertThat(v.out()).startsWith("ripple ").doesNotContain("unknown").doesNotContain("${");
    assertThat(Cli.run("run", "--version").exit()).isZero();
  }

  @Test
  void usageErrorsExitTwo() {
    Cli.Result r = Cli.run("run");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("SCENARIO");
    Cli.Result f = Cli.run("run", Cli.scenario("quebec-amazon-2025.yaml").toString(), "--format", "xml");
    assertThat(f.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(f.err()).contains("'xml' is not a format");
    assertThat(Cli.run("frobnicate").exit()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void modelsListsTheBundledDefault() {
    Cli.Result r = Cli.run("models");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("quebec-2021 (default)").contains("23 sectors").contains("jobs: yes")
        .contains("Type II: yes");
    // the count is said once: the title's "23 sectors" is not followed by another; 230 sectors of 23 each are said
    String quebec = r.out().lines().filter(l -> l.startsWith("quebec-2021")).findFirst().orElseThrow();
    assertThat(quebec.split("23 sectors", -1)).hasSize(2);
    assertThat(r.out()).contains("71 industries").doesNotContain("71 sectors").contains("; 230 sectors; ");
  }

  @Test
  void multipliersCsvHasOneRowPerSectorAndTheFixedHeader() {
    Cli.Result r = Cli.run("multipliers", "--format", "csv");
    assertThat(r.exit()).as(r.err()).isZero();
    String[] lines = r.out().split("\n");
    assertThat(lines[0]).isEqualTo("code,name,output_I,output_II,jobs_effect_I,jobs_effect_II,"
        + "jobs_multiplier_I,jobs_multiplier_II,income_effect_I,income_effect_II,income_multiplier_I,"
        + "income_multiplier_II,value_added_effect_I,value_added_effect_II,value_added_multiplier_I,"
        + "value_added_multiplier_II");
    assertThat(lines).hasSize(24);
    for (int i = 1; i < lines.length; i++) {
      // names with commas are quoted; count fields after the name
      String tail = lines[i].substring(lines[i].lastIndexOf('"') + 1);
      if (!lines[i].contains("\"")) {
        tail = lines[i].substring(lines[i].indexOf(',', lines[i].indexOf(',') + 1));
      }
      String[] numbers = tail.substring(1).split(",", -1);
      assertThat(numbers).as(lines[i]).hasSize(14);
      double outI = Double.parseDouble(numbers[0]);
      double outII = Double.parseDouble(numbers[1]);
      assertThat(outI).isGreaterThanOrEqualTo(1.0);
      assertThat(outII).isGreaterThanOrEqualTo(outI);
    }
    Cli.Result table = Cli.run("multipliers");
    assertThat(table.exit()).isZero();
    assertThat(table.out()).contains("TRANSPORT Transportation Services");
  }

  @Test
  void validateAModel() {
    Cli.Result r = Cli.run("validate", "quebec-2021");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("spectral radius of A").contains("ok: model quebec-2021 is valid");
    Cli.Result folder = Cli.run("validate", Cli.root().resolve("models/quebec-2021").toString());
    assertThat(folder.exit()).as(folder.err()).isZero();
  }

  @Test
  void outputFileIsWrittenWholeAndNotOverwrittenWithoutForce() throws IOException {
    Path out = tmp.resolve("result.json");
    String scenario = Cli.scenario("quebec-amazon-2025.yaml").toString();
    Cli.Result r = Cli.run("run", scenario, "--format", "json", "--output", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    String first = Files.readString(out);
    assertThat(first).contains("\"summary\"");
    Files.writeString(out, "keep me");
    Cli.Result again = Cli.run("run", scenario, "--format", "json", "--output", out.toString());
    assertThat(again.exit()).isEqualTo(ExitCodes.IO);
    assertThat(again.err()).contains("--force").doesNotContain("Exception").hasLineCount(1);
    assertThat(Files.readString(out)).isEqualTo("keep me");
    Cli.Result forced = Cli.run("run", scenario, "--format", "json", "--output", out.toString(), "--force");
    assertThat(forced.exit()).isZero();
    assertThat(Files.readString(out)).isEqualTo(first);
    try (var files = Files.list(tmp)) {
      assertThat(files.count()).as("no temporary files left behind").isEqualTo(1);
    }
  }

  @Test
  void unknownSectorIsOneLineWithFileLineAndSuggestion() throws IOException {
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(bad, "name: bad\nclosures:\n  - name: site\n    sector: TRANSPROT\n    jobs: 10\n");
    Path out = tmp.resolve("out.csv");
    Cli.Result r = Cli.run("run", bad.toString(), "--output", out.toString(), "--format", "csv");
    assertThat(r.exit()).isEqualTo(ExitCodes.BAD_SCENARIO);
    assertThat(r.err()).hasLineCount(1).contains("bad.yaml:4:").contains("closures[0].sector")
        .contains("did you mean 'TRANSPORT'");
    assertThat(out).doesNotExist();
  }

  @Test
  void jobsAboveEmploymentAreRejected() throws IOException {
    Path bad = tmp.resolve("big.yaml");
    Files.writeString(bad, "name: big\nclosures:\n  - name: site\n    sector: TRANSPORT\n    jobs: 9000000\n");
    Cli.Result r = Cli.run("run", bad.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.BAD_SCENARIO);
    assertThat(r.err()).hasLineCount(1).contains("big.yaml:5:").contains("exceed its employment");
  }

  @Test
  void typoInTopLevelKeyIsSuggested() throws IOException {
    Path bad = tmp.resolve("typo.yaml");
    Files.writeString(bad, "name: typo\nclosure:\n  - name: site\n    sector: TRANSPORT\n    jobs: 10\n");
    Cli.Result r = Cli.run("run", bad.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.BAD_SCENARIO);
    assertThat(r.err()).hasLineCount(1).contains("typo.yaml:2").contains("closures");
  }

  @Test
  void modelFolderInScenarioMayNotEscapeItsFolder() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("sub"));
    Path bad = dir.resolve("escape.yaml");
    Files.writeString(bad, "name: x\nmodel: ../../etc\nclosures:\n  - name: s\n    sector: TRANSPORT\n    jobs: 1\n");
    Cli.Result r = Cli.run("run", bad.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.BAD_SCENARIO);
    assertThat(r.err()).hasLineCount(1).contains("escape.yaml:2").contains("outside");
    Files.writeString(bad, "name: x\nmodel: /etc\nclosures:\n  - name: s\n    sector: TRANSPORT\n    jobs: 1\n");
    assertThat(Cli.run("run", bad.toString()).exit()).isEqualTo(ExitCodes.BAD_SCENARIO);
    Files.writeString(bad, "name: x\nmodel: http://example.org/m\nclosures:\n  - name: s\n    sector: TRANSPORT\n"
        + "    jobs: 1\n");
    assertThat(Cli.run("run", bad.toString()).exit()).isEqualTo(ExitCodes.BAD_SCENARIO);
  }

  @Test
  void sameBytesInAnyLocale() {
    String scenario = Cli.scenario("quebec-amazon-2025.yaml").toString();
    Locale saved = Locale.getDefault();
    try {
      String[] outputs = new String[9];
      Locale[] locales = {Locale.ROOT, Locale.GERMANY, Locale.forLanguageTag("hi-IN")};
      String[] formats = {"table", "csv", "json"};
      for (int l = 0; l < locales.length; l++) {
        Locale.setDefault(locales[l]);
        for (int f = 0; f < formats.length; f++) {
          Cli.Result r = Cli.run("run", scenario, "--format", formats[f]);
          assertThat(r.exit()).isZero();
          outputs[l * 3 + f] = r.out();
        }
      }
      for (int l = 1; l < locales.length; l++) {
        for (int f = 0; f < formats.length; f++) {
          assertThat(outputs[l * 3 + f].getBytes(StandardCharsets.UTF_8))
              .as(locales[l] + " " + formats[f]).isEqualTo(outputs[f].getBytes(StandardCharsets.UTF_8));
        }
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void modelWithoutEmploymentReportsJobsAsNotAvailable() throws IOException {
    Path model = Files.createDirectories(tmp.resolve("noemp"));
    Files.writeString(model.resolve("model.yaml"), "name: noemp\ntitle: No employment\nregion: Test\nyear: 2020\n"
        + "currency: EUR\nunit: EUR millions\nunit_factor: 1000000\n");
    Files.writeString(model.resolve("sectors.csv"), "code,name\nA,Alpha\nB,Beta\n");
    Files.writeString(model.resolve("transactions.csv"), "code,A,B\nA,150,500\nB,200,100\n");
    Files.writeString(model.resolve("industry.csv"), "code,output,employment,labour_income,value_added\n"
        + "A,1000,,300,650\nB,2000,,500,1400\n");
    Path scenario = tmp.resolve("s.yaml");
    Files.writeString(scenario, "name: s\ndemand_changes:\n  - name: more\n    sector: A\n    amount: 1000000\n");
    Cli.Result json = Cli.run("run", scenario.toString(), "--model", model.toString(), "--format", "json");
    assertThat(json.exit()).as(json.err()).isZero();
    assertThat(json.out()).contains("\"jobs\" : null").doesNotContain("\"jobs\" : 0");
    Cli.Result table = Cli.run("run", scenario.toString(), "--model", model.toString());
    assertThat(table.out()).contains("n/a");
    Cli.Result csv = Cli.run("multipliers", "--model", model.toString(), "--format", "csv");
    assertThat(csv.exit()).as(csv.err()).isZero();
    // Miller & Blair's two-sector example: output multipliers 1.5181518... and 1.4521452...
    String[] a = csv.out().split("\n")[1].split(",", -1);
    assertThat(Double.parseDouble(a[2])).isCloseTo(1.25412541 + 0.2640264, org.assertj.core.api.Assertions.within(1e-7));
    assertThat(a[3]).as("Type II without household data").isEmpty();
    assertThat(a[4]).as("jobs without employment").isEmpty();
    Path closure = tmp.resolve("j.yaml");
    Files.writeString(closure, "name: j\nclosures:\n  - name: plant\n    sector: A\n    jobs: 10\n");
    Cli.Result jobs = Cli.run("run", closure.toString(), "--model", model.toString());
    assertThat(jobs.exit()).isEqualTo(ExitCodes.BAD_SCENARIO);
    assertThat(jobs.err()).hasLineCount(1).contains("j.yaml:5:").contains("no employment data")
        .contains("annual output");
  }
}
