package org.ripple.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code multipliers} and {@code validate} print the same bytes under the root, German and Hindi (Devanagari digits)
 * locales.
 */
class LocaleCommandsTest {
  /** Each command as its list of arguments (a path with spaces stays one argument). */
  static Stream<List<String>> commands() {
    return Stream.of(List.of("multipliers"), List.of("multipliers", "--format", "csv"),
        List.of("multipliers", "--format", "json"), List.of("validate", "quebec-2021"),
        List.of("validate", Cli.scenario("quebec-amazon-2025.yaml").toString()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void sameBytesInAnyLocale(List<String> command) {
    String[] args = command.toArray(String[]::new);
    Locale saved = Locale.getDefault();
    try {
      byte[] reference = null;
      for (Locale l : List.of(Locale.ROOT, Locale.GERMANY, Locale.forLanguageTag("hi-IN-u-nu-deva"))) {
        Locale.setDefault(l);
        Cli.Result r = Cli.run(args);
        assertThat(r.exit()).as(r.err()).isZero();
        byte[] bytes = r.out().getBytes(StandardCharsets.UTF_8);
        if (reference == null) {
          reference = bytes;
          assertThat(r.out()).isNotBlank();
        } else {
          assertThat(bytes).as(l.toLanguageTag()).isEqualTo(reference);
        }
      }
    } finally {
      Locale.setDefault(saved);
    }
  }
}
