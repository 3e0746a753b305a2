package org.ripple.cli.statcan;

import org.ripple.cli.command.ModelBuildCommand;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ripple.cli.ExitCodes;
import picocli.CommandLine;

class ModelBuildCommandTest {
  @TempDir
  Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cmd = new CommandLine(new ModelBuildCommand());
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    return cmd.execute(args);
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
    assertThat(err.toString()).contains("nope").contains("no such file");
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
    assertThat(err.toString().strip()).isEqualTo(jobs + ": no employment_persons for Quebec 2021, sector "
        + "Transportation Services");
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void aMisspelledSectorGetsASuggestion() throws IOException {
    Path src = copyOfSource();
    Path gamma = src.resolve(QgeSource.GAMMA);
    Files.writeString(gamma, Files.readString(gamma).replace("2021,Quebec,Utilities,", "2021,Quebec,Utilites,"));
    int code = run("--source", src.toString(), "--out", tmp.resolve("out").toString());
    assertThat(code).isEqualTo(ExitCodes.BAD_MODEL);
    assertThat(err.toString()).contains(QgeSource.GAMMA + ":").contains("column sector: unknown sector 'Utilites' "
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
    assertThat(err.toString()).contains("bad model data: output of sector UTIL (Utilities) must be positive");
  }

  @Test
  void propensityOutOfRangeIsAUsageError() {
    int code = run("--out", tmp.resolve("out").toString(), "--propensity", "1.5");
    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--propensity must be in (0, 1], was 1.5");
  }

  @Test
  void propensityOverrideIsRecordedInModelYaml() throws IOException {
    Path out = tmp.resolve("out");
    int code = run("--source", ProjectRoot.source().toString(), "--out", out.toString(), "--propensity", "0.5");
    assertThat(code).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(out.resolve("model.yaml")))
        .contains("households spend p = 0.5000 of each dollar", "as set with --propensity");
  }
}
