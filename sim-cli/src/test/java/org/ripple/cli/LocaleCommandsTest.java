package org.ripple.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code multipliers} and {@code validate} print the same bytes under the root, German and Hindi (Devanagari digits) locales. */
class LocaleCommandsTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"multipliers", "multipliers --format csv", "multipliers --format json",
      "validate quebec-2021", "validate SCENARIO"})
  void sameBytesInAnyLocale(String command) {
    String[] args = command.replace("SCENARIO", Cli.scenario("quebec-amazon-2025.yaml").toString()).split(" ");
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
