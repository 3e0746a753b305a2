package org.ripple.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Results stay physically possible, through the command line: a fall of demand removes at most its sector's output
 * (alone or with closures), the offsets of one closure take up at most 100 % of it, a model whose spectral radius is
 * within 1e-9 of one is refused by run as by validate, and a sector losing more jobs in total than it employs is a
 * warning in every format. On Miller and Blair's two-sector table: outputs 1000 and 2000, employment 100 and 50.
 */
class PhysicalBoundsCliTest {
  @TempDir
  Path dir;

  private Cli.Result run(String scenario, Path model, Path out) throws IOException {
    Path s = BadInputsCliTest.write(dir, "s.yaml", scenario);
    return Cli.run("run", s.toString(), "--model", model.toString(), "--format", "csv", "--output", out.toString());
  }

  private void assertRefused(Cli.Result r, Path out, int exit, String... fragments) {
    assertThat(r.exit()).as(r.err()).isEqualTo(exit);
    assertThat(r.err()).hasLineCount(1).startsWith("ripple: ");
    for (String f : fragments) {
      assertThat(r.err()).contains(f);
    }
    assertThat(r.out()).isEmpty();
    assertThat(out).doesNotExist();
  }

  @Test
  void aFallOfDemandRemovesAtMostItsSectorsOutput() throws IOException {
    Path out = dir.resolve("r.csv");
    Cli.Result r = run("name: s\ndemand_changes:\n  - name: less\n    sector: A\n    amount: -1500\n",
        BadInputsCliTest.model(dir), out);
    assertRefused(r, out, ExitCodes.BAD_SCENARIO, "s.yaml:5:5: demand_changes[0].amount: output lost in sector A (1500",
        "exceeds the sector's output in the model (1000.00)");
  }

  @Test
  void aFallOfDemandAndAClosureTogetherRemoveAtMostTheOutput() throws IOException {
    Path out = dir.resolve("r.csv");
    Path model = BadInputsCliTest.model(dir);
    Cli.Result r = run("name: s\nclosures:\n  - name: plant\n    sector: A\n    annual_output: 600\ndemand_changes:\n"
        + "  - name: less\n    sector: A\n    amount: -500\n", model, out);
    assertRefused(r, out, ExitCodes.BAD_SCENARIO, "demand_changes[0].amount: output lost in sector A (1100");
    Cli.Result gain = run("name: s\nclosures:\n  - name: plant\n    sector: A\n    annual_output: 600\n"
        + "demand_changes:\n  - name: more\n    sector: A\n    amount: 500\n", model, out);
    assertThat(gain.exit()).as("a rise of demand removes nothing; %s", gain.err()).isZero();
  }

  @Test
  void theOffsetsOfOneClosureTakeUpAtMostAllOfIt() throws IOException {
    Path out = dir.resolve("r.csv");
    Path model = BadInputsCliTest.model(dir);
    String closure = "name: s\nclosures:\n  - name: plant\n    sector: A\n    jobs: 10\noffsets:\n";
    Cli.Result named = run(closure + "  - {name: one, sector: B, share: 0.7, of: plant}\n"
        + "  - {name: two, sector: B, share: 0.4, of: plant}\n", model, out);
    assertRefused(named, out, ExitCodes.BAD_SCENARIO, "offsets[1].share: the offsets take up 110.0% of the output "
        + "lost by closures[0] (sector A); the offsets of one closure may add up to 100% at most");
    Cli.Result mixed = run(closure + "  - {name: one, sector: B, share: 0.6, of: plant}\n"
        + "  - {name: all, sector: B, share: 0.6}\n", model, out);
    assertRefused(mixed, out, ExitCodes.BAD_SCENARIO, "offsets[1].share: the offsets take up 120.0%");
    Cli.Result whole = run(closure + "  - {name: one, sector: B, share: 0.5, of: plant}\n"
        + "  - {name: all, sector: B, share: 0.5}\n", model, out);
    assertThat(whole.exit()).as(whole.err()).isZero();
  }

  /** Both columns of A sum to 1 - 5e-10: the spectral radius is 1 - 5e-10. */
  private Path nearlyUnproductive() throws IOException {
    return BadInputsCliTest.model(dir, "near", BadInputsCliTest.MODEL_YAML, BadInputsCliTest.SECTORS,
        "code,A,B\nA,500,500\nB,499.9999995,499.9999995\n",
        "code,output,employment,labour_income,value_added\nA,1000,100,0.0000001,0.0000001\n"
            + "B,1000,50,0.0000001,0.0000001\n");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"run", "multipliers", "validate"})
  void aSpectralRadiusWithin1e9OfOneIsRefusedByEveryCommandWithValidatesMessage(String command) throws IOException {
    Path model = nearlyUnproductive();
    String message = "not productive: the spectral radius of A is at least 0.99999999";
    Path out = dir.resolve("r.csv");
    Cli.Result r = switch (command) {
      case "run" -> run(BadInputsCliTest.CLOSURE, model, out);
      case "multipliers" -> Cli.run("multipliers", "--model", model.toString(), "--format", "csv", "--output",
          out.toString());
      default -> Cli.run("validate", model.toString());
    };
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.BAD_MODEL);
    assertThat(r.err() + r.out()).contains(message).contains("within 1e-9 of 1 (must be below 1 by more than 1e-9)");
    assertThat(out).doesNotExist();
    if (!command.equals("validate")) {
      assertThat(r.err()).hasLineCount(1).startsWith("ripple: " + model + ": model: " + message);
    }
  }

  @Test
  void aSectorLosingMoreJobsInTotalThanItEmploysIsAWarningInEveryFormat() throws IOException {
    Path model = BadInputsCliTest.model(dir);
    Path s = BadInputsCliTest.write(dir, "s.yaml", "name: s\nclosures:\n  - name: plant\n    sector: A\n"
        + "    annual_output: 900\n");
    String warning = "warning: sector A loses 124 jobs in total (direct, indirect and induced), more than its "
        + "employment in the model (100)";
    for (String format : new String[] {"table", "csv", "json"}) {
      Cli.Result r = Cli.run("run", s.toString(), "--model", model.toString(), "--format", format);
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(r.out()).as(format).contains(warning).doesNotContain("sector B loses");
    }
    Path xlsx = dir.resolve("r.xlsx");
    Cli.Result r = Cli.run("run", s.toString(), "--model", model.toString(), "--format", "xlsx", "--output",
        xlsx.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(zipText(xlsx)).contains(warning);
    Path small = BadInputsCliTest.write(dir, "small.yaml", BadInputsCliTest.CLOSURE);
    assertThat(Cli.run("run", small.toString(), "--model", model.toString()).out()).doesNotContain("loses");
    assertThat(Files.exists(model.resolve("model.yaml"))).isTrue();
  }

  /** Every entry of a zip file (an XLSX workbook) as UTF-8 text, one after the other. */
  static String zipText(Path zip) throws IOException {
    StringBuilder sb = new StringBuilder();
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
      while (in.getNextEntry() != null) {
        sb.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return sb.toString();
  }
}
