package org.ripple.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * model.yaml's {@code unit} words and {@code unit_factor} agree: a scale word without a factor gives the factor, a
 * contradiction or an unreadable unit without a factor is exit 4 with one line, and nothing is written.
 */
class UnitScaleCliTest {
  @TempDir
  Path dir;

  private Path model(String name, String unitLines) throws IOException {
    String yaml = BadInputsCliTest.MODEL_YAML.replace("unit: EUR\nunit_factor: 1\n", unitLines);
    return BadInputsCliTest.model(dir, name, yaml, BadInputsCliTest.SECTORS, BadInputsCliTest.TRANSACTIONS,
        BadInputsCliTest.INDUSTRY);
  }

  private static Cli.Result multipliers(Path model) {
    return Cli.run("multipliers", "--model", model.toString(), "--format", "csv");
  }

  @ParameterizedTest(name = "unit: {0}")
  @CsvSource(delimiter = '|', value = {"EUR millions|1000000", "GBP million|1000000", "CAD thousands|1000",
      "USD billions|1000000000", "USD Billion, current prices|1000000000", "EUR|1"})
  void aScaleWordWithoutAFactorGivesTheFactor(String unit, String factor) throws IOException {
    Cli.Result words = multipliers(model("words", "unit: " + unit + "\n"));
    Cli.Result explicit = multipliers(model("explicit", "unit: " + unit + "\nunit_factor: " + factor + "\n"));
    assertThat(words.exit()).as(words.err()).isZero();
    assertThat(explicit.exit()).as(explicit.err()).isZero();
    assertThat(words.out()).isEqualTo(explicit.out());
    if (!factor.equals("1")) {
      Cli.Result ones = multipliers(model("ones", "unit: EUR\nunit_factor: 1\n"));
      assertThat(words.out()).as("jobs per million depend on the factor").isNotEqualTo(ones.out());
    }
  }

  @Test
  void wordsThatSayThousandsAndAFactorOfOneAreABadModel() throws IOException {
    Path m = model("m", "unit: CAD thousands\nunit_factor: 1\n");
    Path out = dir.resolve("r.csv");
    Path scenario = BadInputsCliTest.write(dir, "s.yaml", BadInputsCliTest.CLOSURE);
    Cli.Result r = Cli.run("run", scenario.toString(), "--model", m.toString(), "--format", "csv", "--output",
        out.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.BAD_MODEL);
    assertThat(r.err()).hasLineCount(1).isEqualTo("ripple: " + m.resolve("model.yaml") + ":7:1: unit_factor: 1 "
        + "contradicts unit \"CAD thousands\", which says 1000 currency units per model unit; write unit_factor: "
        + "1000, or correct the unit\n");
    assertThat(r.out()).isEmpty();
    assertThat(out).doesNotExist();
  }

  @ParameterizedTest(name = "unit: {0}")
  @CsvSource(delimiter = '|', value = {"EUR '000", "k EUR", "EUR mn", "EUR 10^3", "thousand millions EUR",
      "INR lakhs"})
  void aUnitWhoseScaleCannotBeReadNeedsAUnitFactor(String unit) throws IOException {
    Path m = model("m", "unit: \"" + unit + "\"\n");
    Cli.Result r = Cli.run("validate", m.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.BAD_MODEL);
    assertThat(r.err()).hasLineCount(1).startsWith("ripple: " + m.resolve("model.yaml") + ":6:1: unit: cannot tell "
        + "how many currency units one model unit is from \"" + unit + "\"; add unit_factor");
    Cli.Result withFactor = Cli.run("validate", model("f", "unit: \"" + unit + "\"\nunit_factor: 1000\n").toString());
    assertThat(withFactor.exit()).as(withFactor.err()).isZero();
  }
}
