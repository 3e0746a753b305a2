package org.ripple.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code model generate}, {@code --solver}, {@code --profile} and the sparse model path through the CLI. */
class SolverCommandsTest {
  @TempDir
  static Path tmp;

  static Path model;

  @BeforeAll
  static void generate() {
    model = tmp.resolve("synthetic");
    // above the dense threshold (600), so the reader builds CSR and auto picks an iterative solver
    Cli.Result r = Cli.run("model", "generate", "--sectors", "700", "--seed", "5", "--out", model.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("wrote synthetic-700-5 (700 sectors, 14000 non-zero flows)");
  }

  @Test
  void generatedFilesAreAValidProductiveModelAndAreNotOverwrittenWithoutForce() {
    Cli.Result v = Cli.run("validate", model.toString());
    assertThat(v.exit()).as(v.err()).isZero();
    assertThat(v.out()).contains("700 sectors").contains("spectral radius of A: 0.4").contains("Type II: yes")
        .contains("ok: model synthetic-700-5 is valid");
    Cli.Result again = Cli.run("model", "generate", "--sectors", "700", "--out", model.toString());
    assertThat(again.exit()).isEqualTo(ExitCodes.IO);
    assertThat(again.err()).contains("--force");
  }

  @Test
  void sameOptionsSameBytes() throws IOException {
    Path other = tmp.resolve("again");
    assertThat(Cli.run("model", "generate", "--sectors", "700", "--seed", "5", "--out", other.toString()).exit())
        .isZero();
    for (String f : List.of("model.yaml", "sectors.csv", "transactions-long.csv", "industry.csv")) {
      assertThat(Files.readAllBytes(other.resolve(f))).as(f).isEqualTo(Files.readAllBytes(model.resolve(f)));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"auto", "neumann", "gauss-seidel", "bicgstab"})
  void everySolverGivesTheDenseLuMultipliersOnALargeSparseModel(String solver) {
    Cli.Result dense = Cli.run("multipliers", "--model", model.toString(), "-f", "csv", "--solver", "dense-lu");
    Cli.Result other = Cli.run("multipliers", "--model", model.toString(), "-f", "csv", "--solver", solver);
    assertThat(other.exit()).as(other.err()).isZero();
    String[] a = dense.out().split("\n");
    String[] b = other.out().split("\n");
    assertThat(b).hasSameSizeAs(a).hasSize(701);
    for (int i = 1; i < a.length; i++) {
      String[] x = a[i].split(",");
      String[] y = b[i].split(",");
      for (int c = 2; c < x.length; c++) {
        double want = Double.parseDouble(x[c]);
        assertThat(Double.parseDouble(y[c])).as("%s line %d column %d", solver, i, c)
            .isCloseTo(want, org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, Math.abs(want))));
      }
    }
  }

  @Test
  void profilePrintsEveryPhaseToStderrAndLeavesStdoutAlone() {
    String flagship = Cli.scenario("quebec-amazon-2025.yaml").toString();
    Cli.Result plain = Cli.run("run", flagship);
    Cli.Result profiled = Cli.run("run", flagship, "--profile", "--solver", "bicgstab");
    assertThat(profiled.exit()).as(profiled.err()).isZero();
    assertThat(profiled.out()).isEqualTo(plain.out());
    assertThat(profiled.err()).startsWith("profile: read ").contains(" build ").contains(" solve ")
        .contains("(bicgstab, 23 sectors").contains("largest relative residual").contains(" write ")
        .contains(" total ");
    assertThat(plain.err()).doesNotContain("profile");
    Cli.Result m = Cli.run("multipliers", "--profile");
    assertThat(m.err()).contains("profile: read ").contains("(dense-lu, 23 sectors");
    Cli.Result draws = Cli.run("run", Cli.scenario("quebec-amazon-2025-uncertainty.yaml").toString(), "--draws",
        "200", "--seed", "7", "--profile");
    assertThat(draws.exit()).as(draws.err()).isZero();
    assertThat(draws.err()).containsPattern(" draws [0-9.]+ ms \\(200 draws, [0-9]+ draws/s\\),");
    assertThat(plain.err()).doesNotContain("draws/s");
  }

  @Test
  void badOptionValuesAreUsageErrors() {
    assertThat(Cli.run("multipliers", "--solver", "cholesky").exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(Cli.run("multipliers", "--solver", "cholesky").err()).contains("is not a solver");
    assertThat(Cli.run("model", "generate", "--sectors", "0", "--out", tmp.resolve("x").toString()).exit())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(Cli.run("model", "generate", "--sectors", "5", "--density", "2", "--out",
        tmp.resolve("y").toString()).exit()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void aRepeatedPairInALargeLongFileNamesBothLines() throws IOException {
    Path copy = tmp.resolve("dup");
    assertThat(Cli.run("model", "generate", "--sectors", "700", "--seed", "5", "--out", copy.toString()).exit())
        .isZero();
    Path file = copy.resolve("transactions-long.csv");
    String second = Files.readAllLines(file, StandardCharsets.UTF_8).get(1);
    Files.writeString(file, second + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    Cli.Result r = Cli.run("validate", copy.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.BAD_MODEL);
    assertThat(r.err()).contains("transactions-long.csv:14002:").contains("duplicate pair")
        .contains("also on line 2");
  }
}
