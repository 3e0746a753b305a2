package org.ripple.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A mistyped command or option: one line on stderr with the nearest name and where the help is, exit code 2. */
class UsageErrorsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "runn | ripple: unknown command 'runn'; did you mean 'run'? (see 'ripple --help')",
      "multipliers --formt=json | ripple: multipliers: unknown option '--formt'; did you mean '--format'? "
          + "(see 'ripple multipliers --help')",
      "run --modle quebec-2021 x.yaml | ripple: run: unknown option '--modle'; did you mean '--model'? "
          + "(see 'ripple run --help')",
      "model buld | ripple: model: unknown command 'buld'; did you mean 'build'? (see 'ripple model --help')",
      "zzzzzzzz | ripple: unknown command 'zzzzzzzz' (see 'ripple --help')",
      "run | ripple: run: Missing required parameter: 'SCENARIO' (see 'ripple run --help')",
      "validate a b | ripple: validate: unexpected argument 'b' (see 'ripple validate --help')"})
  void oneLineWithTheNearestNameAndTheHelp(String args, String line) {
    Cli.Result r = Cli.run(args.split(" "));
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo(line + System.lineSeparator());
  }
}
