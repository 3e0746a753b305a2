package org.ripple.cli.statcan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ripple.cli.Cli;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.model.ModelWriter;

/**
 * The bundled model can never drift from the code: rebuilding it with its recipe
 * ({@code ripple model build models/quebec-2021/recipe.yaml}, which reads {@code models/quebec-2021/source/}) gives
 * the committed files byte for byte, and so does the spelling without a recipe ({@code --source}). If this fails after
 * an intended change, regenerate with {@code ripple model build models/quebec-2021/recipe.yaml --out
 * models/quebec-2021} and commit the four files.
 */
class BundledModelTest {
  static final List<String> FILES = List.of(ModelWriter.MODEL_YAML, ModelWriter.SECTORS_CSV,
      ModelWriter.TRANSACTIONS_CSV, ModelWriter.INDUSTRY_CSV);

  @TempDir
  Path tmp;

  @Test
  void rebuildFromTheRecipeEqualsTheCommittedFilesByteForByte() throws IOException {
    Path out = tmp.resolve("quebec-2021");
    Cli.Result r = Cli.run("model", "build", ProjectRoot.model().resolve("recipe.yaml").toString(), "--out",
        out.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).isEqualTo("wrote quebec-2021 (23 sectors) to " + out + System.lineSeparator());
    assertCommittedFiles(out);
  }

  @Test
  void theSpellingWithoutARecipeBuildsTheSameFilesAndPrintsTheSame() throws IOException {
    Path out = tmp.resolve("quebec-2021");
    Cli.Result r = Cli.run("model", "build", "--source", ProjectRoot.source().toString(), "--out", out.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).isEqualTo("wrote quebec-2021 (23 sectors) to " + out + System.lineSeparator());
    assertCommittedFiles(out);
  }

  private static void assertCommittedFiles(Path out) throws IOException {
    for (String f : FILES) {
      byte[] expected = Files.readAllBytes(ProjectRoot.model().resolve(f));
      byte[] actual = Files.readAllBytes(out.resolve(f));
      assertThat(new String(actual, StandardCharsets.UTF_8)).as(f).isEqualTo(new String(expected,
          StandardCharsets.UTF_8));
      assertThat(actual).as(f).isEqualTo(expected);
    }
    try (var listing = Files.list(out)) {
      assertThat(listing.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly("concordance.csv", "industry.csv", "model.yaml", "sectors.csv", "transactions.csv");
    }
  }

  @Test
  void outputDoesNotDependOnTheDefaultLocale() throws IOException {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("fr-CA"));
      var built = Quebec2021.build(ProjectRoot.source(), null);
      var files = ModelWriter.render(built.model(), built.provenance());
      for (String f : FILES) {
        assertThat(files.get(f)).as(f)
            .isEqualTo(Files.readString(ProjectRoot.model().resolve(f), StandardCharsets.UTF_8));
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void committedFilesUseLfAndUtf8Only() throws IOException {
    for (String f : FILES) {
      String text = Files.readString(ProjectRoot.model().resolve(f), StandardCharsets.UTF_8);
      assertThat(text).as(f).doesNotContain("\r").endsWith("\n");
    }
  }
}
