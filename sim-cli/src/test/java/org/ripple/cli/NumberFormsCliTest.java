package org.ripple.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * YAML 1.1 number forms an analyst does not mean (octal {@code 010}, sexagesimal {@code 1:30}, binary, hexadecimal,
 * digit separators) in a number field of a scenario or of model.yaml: exit 3 or 4, one {@code ripple:} line naming the
 * file, line, column and field and what to write instead, and no output file. Text fields keep the lexeme.
 */
class NumberFormsCliTest {
  @TempDir
  Path dir;

  static Stream<Arguments> scenarioForms() {
    return Stream.of(
        Arguments.of("010", "010 has a leading zero, which YAML reads as an octal number; write 10"),
        Arguments.of("0b101", "0b101 is a binary number in YAML; write it in decimal (5)"),
        Arguments.of("0x1F", "0x1F is a hexadecimal number in YAML; write it in decimal (31)"),
        Arguments.of("1_000", "1_000 has digit separators (_), which are not part of a number here; write 1000"),
        Arguments.of("1:30", "expected a number, found text \"1:30\"; 1:30 is a base-60 (sexagesimal) number"),
        Arguments.of("{distribution: uniform, min: 0x05, max: 20}", "0x05 is a hexadecimal number"));
  }

  @ParameterizedTest(name = "jobs: {0}")
  @MethodSource("scenarioForms")
  void aScenarioNumberInAYaml11FormIsRefusedAtItsPlace(String value, String message) throws IOException {
    Path model = BadInputsCliTest.model(dir);
    Path scenario = BadInputsCliTest.write(dir, "s.yaml",
        "name: s\nclosures:\n  - name: plant\n    sector: A\n    jobs: " + value + "\n");
    Path out = dir.resolve("r.csv");
    Cli.Result r = Cli.run("run", scenario.toString(), "--model", model.toString(), "--format", "csv", "--output",
        out.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.BAD_SCENARIO);
    assertThat(r.err()).hasLineCount(1).startsWith("ripple: " + scenario + ":5:").contains("closures[0].jobs")
        .contains(message);
    assertThat(r.out()).isEmpty();
    assertThat(out).doesNotExist();
  }

  @Test
  void aModelYamlNumberInAYaml11FormIsABadModel() throws IOException {
    Path model = BadInputsCliTest.model(dir, "m", BadInputsCliTest.MODEL_YAML.replace("unit_factor: 1", "unit_factor: "
        + "1_000"), BadInputsCliTest.SECTORS, BadInputsCliTest.TRANSACTIONS, BadInputsCliTest.INDUSTRY);
    Cli.Result r = Cli.run("validate", model.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.BAD_MODEL);
    assertThat(r.err()).hasLineCount(1).startsWith("ripple: " + model.resolve("model.yaml") + ":7:14: unit_factor: "
        + "1_000 has digit separators (_), which are not part of a number here; write 1000");
  }

  @Test
  void aYearWithALeadingZeroIsRefusedAsAWholeNumber() throws IOException {
    Path model = BadInputsCliTest.model(dir, "m", BadInputsCliTest.MODEL_YAML.replace("year: 2020", "year: 02020"),
        BadInputsCliTest.SECTORS, BadInputsCliTest.TRANSACTIONS, BadInputsCliTest.INDUSTRY);
    Cli.Result r = Cli.run("validate", model.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.BAD_MODEL);
    assertThat(r.err()).hasLineCount(1).contains("model.yaml:4:7: year: 02020 has a leading zero").contains("write 2020");
  }

  @Test
  void plainDecimalsAndCodesThatLookLikeNumbersStillRead() throws IOException {
    Path model = BadInputsCliTest.model(dir);
    Path scenario = BadInputsCliTest.write(dir, "s.yaml",
        "name: s\nclosures:\n  - name: plant\n    sector: A\n    jobs: 0.5e1\n  - name: mill\n    sector: B\n"
            + "    jobs: +.5\n");
    Path out = dir.resolve("r.csv");
    Cli.Result r = Cli.run("run", scenario.toString(), "--model", model.toString(), "--format", "csv", "--output",
        out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(out)).contains("plant").contains("mill");
  }
}
