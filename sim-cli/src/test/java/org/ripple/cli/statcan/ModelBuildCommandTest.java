package org.ripple.cli.statcan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ripple.cli.Cli;
import org.ripple.cli.ExitCodes;

class ModelBuildCommandTest {
  @TempDir
  Path tmp;

  private String err = "";

  /** {@code ripple model build ARGS} in-process; its stderr is kept in {@link #err}. */
  private int run(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "model";
    all[1] = "build";
    System.arraycopy(args, 0, all, 2, args.length);
    Cli.Result r = Cli.run(all);
    err = r.err();
    return r.exit();
  }

  /** A writable copy of the source folder. */
  private Path copyOfSource() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("source"));
    for (String f : QgeSource.FILES) {
      Files.copy(ProjectRoot.source().resolve(f), dir.resolve(f));
    }
    return dir;
  }

  @Test
  void missingSourceFolderIsAnIoError() {
    Path out = tmp.resolve("out");
    int code = run("--source", tmp.resolve("nope").toString(), "--out", out.toString());
    assertThat(code).isEqualTo(ExitCodes.IO);
    assertThat(err).contains("nope").contains("no such file");
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void aMissingSectorIsBadModelDataNamingFileAndSector() throws IOException {
    Path src = copyOfSource();
    Path jobs = src.resolve(QgeSource.EMPLOYMENT);
    String kept = Files.readAllLines(jobs, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.equals("2021,Quebec,Transportation Services,162754.0"))
        .collect(Collectors.joining("\n", "", "\n"));
    Files.writeString(jobs, kept, StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");

    int code = run("--source", src.toString(), "--out", out.toString());

    assertThat(code).isEqualTo(ExitCodes.BAD_MODEL);
    assertThat(err.strip()).isEqualTo("ripple: " + jobs + ": no employment_persons for Quebec 2021, sector "
        + "Transportation Services");
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void aProvinceWithoutASavingRateIsBadModelDataNamingTheFile() throws IOException {
    Path src = copyOfSource();
    Path saving = src.resolve(QgeSource.SAVING);
    String kept = Files.readAllLines(saving, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.startsWith("2023,Quebec,")).collect(Collectors.joining("\n", "", "\n"));
    Files.writeString(saving, kept, StandardCharsets.UTF_8);
    assertThat(refusedAsBadModel(src)).isEqualTo("ripple: " + saving + ": no 2023 saving rate for Quebec");
  }

  @Test
  void aSavingRateOutsideMinusOneToOneIsBadModelDataNamingTheCell() throws IOException {
    Path src = copyOfSource();
    Path saving = src.resolve(QgeSource.SAVING);
    Files.writeString(saving, Files.readString(saving).replace("2023,Quebec,0.078,", "2023,Quebec,7.8,"));
    assertThat(refusedAsBadModel(src)).startsWith("ripple: " + saving + ":").doesNotContain("\n")
        .contains("column household_saving_rate: a saving rate must lie between -1 and 1 (a share of disposable "
            + "income), was 7.8");
  }

  /** Builds from {@code src}: refused as bad model data with nothing written; the one line on stderr. */
  private String refusedAsBadModel(Path src) {
    Path out = tmp.resolve("out");
    assertThat(run("--source", src.toString(), "--out", out.toString())).isEqualTo(ExitCodes.BAD_MODEL);
    assertThat(Files.exists(out)).isFalse();
    return err.strip();
  }

  @Test
  void aMisspelledSectorGetsASuggestion() throws IOException {
    Path src = copyOfSource();
    Path gamma = src.resolve(QgeSource.GAMMA);
    Files.writeString(gamma, Files.readString(gamma).replace("2021,Quebec,Utilities,", "2021,Quebec,Utilites,"));
    int code = run("--source", src.toString(), "--out", tmp.resolve("out").toString());
    assertThat(code).isEqualTo(ExitCodes.BAD_MODEL);
    assertThat(err).contains(QgeSource.GAMMA + ":").contains("column sector: unknown sector 'Utilites' "
        + "(did you mean 'Utilities'?)");
  }

  @Test
  void zeroOutputIsBadModelDataNamingTheSector() throws IOException {
    Path src = copyOfSource();
    Path trade = src.resolve(QgeSource.TRADE);
    String text = Files.readAllLines(trade, StandardCharsets.UTF_8).stream()
        .map(l -> l.startsWith("2021,Utilities,Quebec,") ? l.substring(0, l.lastIndexOf(',')) + ",0.0" : l)
        .collect(Collectors.joining("\n", "", "\n"));
    Files.writeString(trade, text, StandardCharsets.UTF_8);

    int code = run("--source", src.toString(), "--out", tmp.resolve("out").toString());

    assertThat(code).isEqualTo(ExitCodes.BAD_MODEL);
    assertThat(err).contains("bad model data: output of sector UTIL (Utilities) must be positive");
  }

  @Test
  void propensityOutOfRangeIsAUsageError() {
    int code = run("--out", tmp.resolve("out").toString(), "--propensity", "1.5");
    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(err).contains("--propensity must be in (0, 1], was 1.5");
  }

  @Test
  void propensityOverrideIsRecordedInModelYaml() throws IOException {
    Path out = tmp.resolve("out");
    int code = run("--source", ProjectRoot.source().toString(), "--out", out.toString(), "--propensity", "0.5");
    assertThat(code).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(out.resolve("model.yaml")))
        .contains("households spend p = 0.5000 of each dollar", "as set with --propensity");
  }

  @Test
  void aQgeRecipeForAnotherProvinceNamesTheKeyAndTheChoices() throws IOException {
    Path recipe = tmp.resolve("recipe.yaml");
    Files.writeString(recipe, "kind: qge-provincial\nname: ontario-2021\nprovince: Ontario\nsource: "
        + ProjectRoot.source() + "\n", StandardCharsets.UTF_8);
    int code = run(recipe.toString(), "--out", tmp.resolve("out").toString());
    assertThat(code).isEqualTo(ExitCodes.BAD_MODEL);
    assertThat(err.strip()).startsWith("ripple: " + recipe + ":3:").contains("province: ", "'Quebec'", "'all'",
        "was 'Ontario'").doesNotContain("\n");
    assertThat(Files.exists(tmp.resolve("out"))).isFalse();
  }

  @Test
  void aQgeRecipeWhoseNameIsNotTheModelItBuildsIsRefused() throws IOException {
    Path recipe = tmp.resolve("recipe.yaml");
    Files.writeString(recipe, "kind: qge-provincial\nname: quebec\nprovince: Quebec\nsource: "
        + ProjectRoot.source() + "\n", StandardCharsets.UTF_8);
    int code = run(recipe.toString(), "--out", tmp.resolve("out").toString());
    assertThat(code).isEqualTo(ExitCodes.BAD_MODEL);
    assertThat(err.strip()).startsWith("ripple: " + recipe + ":2:").contains("name must be 'quebec-2021'");
  }

  @Test
  void aQgeRecipeReadsItsSourceFolderRelativeToTheRecipe() throws IOException {
    copyOfSource();
    Path recipe = tmp.resolve("recipe.yaml");
    Files.writeString(recipe, "kind: qge-provincial\nname: quebec-2021\nprovince: Quebec\nsource: source\n",
        StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    int code = run(recipe.toString(), "--out", out.toString(), "--propensity", "0.5");
    assertThat(code).as(err).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(out.resolve("model.yaml"))).contains("households spend p = 0.5000 of each dollar");
  }

  @Test
  void propensityWithAMakeUseRecipeIsAUsageError() {
    Path bea = ProjectRoot.get().resolve("models/us-2022/recipe.yaml");
    int code = run(bea.toString(), "--out", tmp.resolve("out").toString(), "--propensity", "0.5");
    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(err).startsWith("ripple: " + bea + ":").contains("--propensity sets the propensity of a "
        + "qge-provincial recipe only");
  }
}
