package org.ripple.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The file-system promises at the command line, one class of fault each: an output never overwrites an input (by
 * path, through a link, with --force); only regular files are read; an output never replaces a folder, a device or a
 * FIFO; a failed write on standard output is exit 5; model folders are refused when not empty (without --force) or
 * when read from. Every refusal is exit 5 with one line on stderr, and the inputs are unchanged byte for byte, with
 * no temporary file left behind.
 */
class FileSafetyCliTest {
  @TempDir
  Path dir;

  private Path model;
  private Path scenario;
  private Map<String, String> before;

  @BeforeEach
  void copyInputs() throws IOException {
    model = Files.createDirectory(dir.resolve("m"));
    for (String f : List.of("model.yaml", "sectors.csv", "transactions.csv", "industry.csv", "concordance.csv")) {
      Files.copy(Cli.root().resolve("models/quebec-2021").resolve(f), model.resolve(f));
    }
    scenario = Files.copy(Cli.scenario("quebec-amazon-2025.yaml"), dir.resolve("s.yaml"));
    before = hashes();
  }

  /** Every file under the temporary folder (model, scenario, outputs) with its SHA-256. */
  private Map<String, String> hashes() throws IOException {
    Map<String, String> h = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        try {
          h.put(dir.relativize(p).toString(), HexFormat.of().formatHex(
              MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
        } catch (java.security.NoSuchAlgorithmException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return h;
  }

  /** A refusal: exit 5, one line on stderr starting with ripple: and containing {@code expected}, nothing changed. */
  private void refused(Cli.Result r, String expected) throws IOException {
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.IO);
    assertThat(r.err().lines().toList()).hasSize(1);
    assertThat(r.err()).startsWith("ripple: ").contains(expected).doesNotContain("Exception");
    assertThat(hashes()).isEqualTo(before);
  }

  private String m() {
    return model.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"industry.csv", "model.yaml", "transactions.csv", "sectors.csv", "concordance.csv"})
  void runNeverOverwritesAModelFileEvenWithForce(String file) throws IOException {
    refused(Cli.run("run", scenario.toString(), "--model", m(), "--format", "csv", "--output",
        model.resolve(file).toString(), "--force"), "is also an input file");
  }

  @Test
  void everyCommandRefusesItsInputsAsOutput() throws IOException {
    String industry = model.resolve("industry.csv").toString();
    refused(Cli.run("multipliers", "--model", m(), "--format", "csv", "-o", industry, "--force"), "input file");
    refused(Cli.run("report", scenario.toString(), "--model", m(), "--out", industry, "--force"), "input file");
    refused(Cli.run("compare", scenario.toString(), scenario.toString(), "--model", m(), "--output",
        scenario.toString(), "--force"), "input file");
    refused(Cli.run("sweep", scenario.toString(), "--each", "closure", "--model", m(), "--output", industry,
        "--force"), "input file");
    refused(Cli.run("run", scenario.toString(), "--output", scenario.toString(), "--force"), "input file");
  }

  @Test
  void aLinkToAnInputOrAHardLinkIsTheInput() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), model.resolve("industry.csv"));
    Path dirLink = Files.createSymbolicLink(dir.resolve("mlink"), model);
    before = hashes();
    refused(Cli.run("run", scenario.toString(), "--model", m(), "--output", link.toString(), "--force"),
        "is also an input file");
    refused(Cli.run("run", scenario.toString(), "--model", m(), "--output",
        dirLink.resolve("model.yaml").toString(), "--force"), "is also an input file");
    refused(Cli.run("run", scenario.toString(), "--model", dirLink.toString(), "--output",
        model.resolve("model.yaml").toString(), "--force"), "is also an input file");
    Path hard = Files.createLink(dir.resolve("hard.yaml"), scenario);
    before = hashes();
    refused(Cli.run("run", scenario.toString(), "--model", m(), "--output", hard.toString(), "--force"),
        "is also an input file");
  }

  @Test
  void modelCommandsNeverWriteIntoTheFolderTheyRead() throws IOException {
    Path map = Files.writeString(dir.resolve("map.csv"), aggregationMap());
    Path other = Files.createDirectory(dir.resolve("other"));
    Path mapNamedLikeAModelFile = Files.writeString(other.resolve("sectors.csv"), aggregationMap());
    Path link = Files.createSymbolicLink(dir.resolve("mlink"), model);
    before = hashes();
    refused(Cli.run("model", "aggregate", m(), "--map", map.toString(), "--out", m(), "--force"),
        "this command reads");
    refused(Cli.run("model", "aggregate", m(), "--map", map.toString(), "--out", link.toString(), "--force"),
        "this command reads");
    refused(Cli.run("model", "aggregate", m(), "--map", mapNamedLikeAModelFile.toString(), "-o", other.toString(),
        "--force"), "is also an input file");
  }

  @Test
  void modelFoldersThatAreNotEmptyNeedForce() throws IOException {
    Path map = Files.writeString(dir.resolve("map.csv"), aggregationMap());
    Path target = Files.createDirectory(dir.resolve("target"));
    Files.writeString(target.resolve("notes.txt"), "mine");
    before = hashes();
    refused(Cli.run("model", "aggregate", m(), "--map", map.toString(), "--output", target.toString()),
        "exists and is not empty; use --force");
    refused(Cli.run("model", "generate", "--sectors", "5", "-o", target.toString()), "use --force");
    Cli.Result ok = Cli.run("model", "generate", "--sectors", "5", "-o", target.toString(), "--force");
    assertThat(ok.exit()).as(ok.err()).isZero();
    assertThat(Files.readString(target.resolve("notes.txt"))).isEqualTo("mine");
    assertThat(target.resolve("model.yaml")).isRegularFile();
  }

  @Test
  void aRecipeBuildNeverOverwritesTheTableItReads() throws IOException {
    Path build = Files.createDirectory(dir.resolve("build"));
    Path scot = Cli.root().resolve("models/scotland-2019");
    Files.copy(scot.resolve("source/sg2019_ixi_domestic_basic_gbp_m.csv"), build.resolve("transactions.csv"));
    Path recipe = Files.writeString(build.resolve("recipe.yaml"), Files.readString(scot.resolve("recipe.yaml"))
        .replace("table: source/sg2019_ixi_domestic_basic_gbp_m.csv", "table: transactions.csv"));
    before = hashes();
    refused(Cli.run("model", "build", recipe.toString(), "-o", build.toString(), "--force"),
        "is also an input file");
    Cli.Result elsewhere = Cli.run("model", "build", recipe.toString(), "-o", dir.resolve("built").toString());
    assertThat(elsewhere.exit()).as(elsewhere.err()).isZero();
  }

  private String aggregationMap() throws IOException {
    StringBuilder sb = new StringBuilder("sector,group\n");
    List<String> lines = Files.readAllLines(model.resolve("sectors.csv"));
    for (String line : lines.subList(1, lines.size())) {
      sb.append(line, 0, line.indexOf(',')).append(",ALL\n");
    }
    return sb.toString();
  }

  @Test
  void onlyRegularFilesAreRead() throws IOException, InterruptedException {
    Path zero = Files.createSymbolicLink(dir.resolve("zero.yaml"), Path.of("/dev/zero"));
    Path fifo = dir.resolve("fifo.yaml");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    before = hashes();
    refused(Cli.run("run", zero.toString()), "is a character device, not a regular file");
    refused(Cli.run("run", fifo.toString()), "is a FIFO (named pipe), not a regular file");
    refused(Cli.run("validate", dir.toString()), "model.yaml"); // a folder without a model
    Path map = dir.resolve("map-fifo.csv");
    assertThat(new ProcessBuilder("mkfifo", map.toString()).start().waitFor()).isZero();
    refused(Cli.run("model", "aggregate", m(), "--map", map.toString(), "-o", dir.resolve("agg").toString()),
        "is a FIFO (named pipe), not a regular file");
    assertThat(dir.resolve("agg")).doesNotExist();
  }

  @Test
  void aFolderOrFifoNamedLikeAModelFileIsReportedAsWhatItIs() throws IOException, InterruptedException {
    Files.delete(model.resolve("industry.csv"));
    Files.createDirectory(model.resolve("industry.csv"));
    before = hashes();
    refused(Cli.run("run", scenario.toString(), "--model", m()), "industry.csv: is a folder, not a file");
    Files.delete(model.resolve("industry.csv"));
    assertThat(new ProcessBuilder("mkfifo", model.resolve("industry.csv").toString()).start().waitFor()).isZero();
    refused(Cli.run("run", scenario.toString(), "--model", m()), "industry.csv: is a FIFO");
  }

  @Test
  void outputsNeverReplaceADeviceAFifoOrAFolder() throws IOException, InterruptedException {
    Path fifo = dir.resolve("out.fifo");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    Path folder = Files.createDirectory(dir.resolve("out.csv"));
    Path devLink = Files.createSymbolicLink(dir.resolve("null.csv"), Path.of("/dev/null"));
    before = hashes();
    refused(Cli.run("run", scenario.toString(), "--output", "/dev/null", "--force"), "is a character device");
    assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
    refused(Cli.run("run", scenario.toString(), "--output", devLink.toString(), "--force"), "is a character device");
    refused(Cli.run("run", scenario.toString(), "--output", fifo.toString(), "--force"), "is a FIFO");
    refused(Cli.run("multipliers", "--output", folder.toString(), "--force"), "is a folder");
    refused(Cli.run("report", scenario.toString(), "--out", dir.resolve("r.html").toString(), "--png",
        fifo.toString(), "--force"), "is a FIFO");
    assertThat(Files.isSymbolicLink(devLink)).isTrue();
    assertThat(Files.isRegularFile(fifo)).isFalse();
  }

  /** An output stream that fails like a full disk. */
  private static final class FullDisk extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("No space left on device");
    }
  }

  @Test
  void aFailedWriteOnStandardOutputIsExitFive() {
    for (String[] args : List.of(new String[] {"run", scenario.toString(), "--format", "csv"},
        new String[] {"multipliers"}, new String[] {"models"}, new String[] {"schema"}, new String[] {"init"},
        new String[] {"validate", scenario.toString()})) {
      CommandLine cl = Ripple.commandLine();
      StringWriter err = new StringWriter();
      cl.setOut(new PrintWriter(new FullDisk()));
      cl.setErr(new PrintWriter(err, true));
      int exit = cl.execute(args);
      assertThat(exit).as(String.join(" ", args) + ": " + err).isEqualTo(ExitCodes.IO);
      assertThat(err.toString().lines().toList()).as(args[0]).containsExactly("ripple: cannot write to standard "
          + "output (the disk is full, or the program reading it has stopped); the output is incomplete");
    }
  }

  @Test
  void outAndOutputAreOneOptionOnEveryCommand() throws IOException {
    List<String> written = new ArrayList<>();
    for (String spelling : List.of("-o", "--output", "--out")) {
      Path f = dir.resolve("run" + spelling + ".csv");
      Cli.Result r = Cli.run("run", scenario.toString(), "--format", "csv", spelling, f.toString());
      assertThat(r.exit()).as(r.err()).isZero();
      written.add(Files.readString(f));
      Path init = dir.resolve("init" + spelling + ".yaml");
      assertThat(Cli.run("init", spelling, init.toString()).exit()).isZero();
      Path html = dir.resolve("r" + spelling + ".html");
      assertThat(Cli.run("report", scenario.toString(), spelling, html.toString()).exit()).isZero();
      Path gen = dir.resolve("g" + spelling);
      assertThat(Cli.run("model", "generate", "--sectors", "3", spelling, gen.toString()).exit()).isZero();
      assertThat(gen.resolve("model.yaml")).isRegularFile();
    }
    assertThat(written).containsOnly(written.get(0));
    assertThat(Cli.run("run", scenario.toString(), "--format", "csv").out()).as("streamed to stdout")
        .isEqualTo(written.get(0));
    Path mult = dir.resolve("mult.csv");
    assertThat(Cli.run("multipliers", "--format", "csv", "-o", mult.toString()).exit()).isZero();
    assertThat(Files.readString(mult)).isEqualTo(Cli.run("multipliers", "--format", "csv").out())
        .startsWith("code,name,output_I,");
    Cli.Result again = Cli.run("run", scenario.toString(), "--out", dir.resolve("run-o.csv").toString());
    assertThat(again.exit()).isEqualTo(ExitCodes.IO);
    assertThat(again.err()).isEqualTo("ripple: " + dir.resolve("run-o.csv") + " exists; use --force to overwrite\n");
    Cli.Result missing = Cli.run("report", scenario.toString());
    assertThat(missing.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err()).contains("-o/--output");
  }
}
