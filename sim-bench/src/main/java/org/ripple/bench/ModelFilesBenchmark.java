package org.ripple.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.ripple.cli.Ripple;
import org.ripple.cli.model.LoadedModel;
import org.ripple.cli.model.ModelReader;
import org.ripple.cli.output.MultipliersReport;
import org.ripple.cli.output.OutputFormat;
import org.ripple.cli.output.ReportMeta;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.impact.Multipliers;
import org.ripple.core.validate.ModelValidator;
import org.ripple.core.validate.ValidationReport;

/**
 * Reading, validating and writing a large model, the steps of a command around its solve: a model made by
 * {@code ripple model generate --sectors n --seed 1} (20 flows per column) in a temporary folder, once per trial.
 *
 * <ul>
 *   <li>{@code readText}: {@link ModelReader#read} of the folder's CSV files (transactions-long.csv straight into
 *       CSR);
 *   <li>{@code readPack}: the same folder after {@code ripple model pack}: the transactions from model.pack, checked
 *       (its checksum and the source files' checksums) and mapped;
 *   <li>{@code validate}: {@link ModelValidator#validate}, every check including the Perron bounds (what
 *       {@code ripple validate} reports);
 *   <li>{@code validateForSolving}: {@link ModelValidator#validateForSolving}, what a run checks: the same checks,
 *       productivity proved by the row and column sums when they suffice;
 *   <li>{@code writeMultipliersCsv}: the multiplier table's CSV (n rows of 14 numbers) written to a file.
 * </ul>
 */
@Warmup(iterations = 2, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx4g"})
public class ModelFilesBenchmark extends LargeModelSizes {
  @Param({"20000", "200000"})
  int n;

  Path folder;
  Path packed;
  Path out;
  LoadedModel model;
  MultipliersReport report;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    folder = Files.createTempDirectory("ripple-bench-model");
    Path text = folder.resolve("text");
    packed = folder.resolve("packed");
    out = folder.resolve("multipliers.csv");
    for (Path p : List.of(text, packed)) {
      int rc = Ripple.commandLine().execute("model", "generate", "--sectors", Integer.toString(n), "--seed", "1",
          "--out", p.toString());
      if (rc != 0) {
        throw new IllegalStateException("model generate failed: " + rc);
      }
    }
    if (Ripple.commandLine().execute("model", "pack", packed.toString()) != 0) {
      throw new IllegalStateException("model pack failed");
    }
    folder = text;
    model = ModelReader.read(folder);
    LeontiefSystem system = LeontiefSystem.of(model.model());
    report = new MultipliersReport(Multipliers.of(system), new ReportMeta("bench", null, model.model().info(), ""));
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> files = Files.walk(folder.getParent())) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Benchmark
  public LoadedModel readText() {
    return ModelReader.read(folder);
  }

  @Benchmark
  public LoadedModel readPack() {
    return ModelReader.read(packed);
  }

  @Benchmark
  public ValidationReport validate() {
    return ModelValidator.validate(model.model(), model.acceptedFlows());
  }

  @Benchmark
  public ValidationReport validateForSolving() {
    return ModelValidator.validateForSolving(model.model(), model.acceptedFlows());
  }

  @Benchmark
  public long writeMultipliersCsv() {
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      report.write(OutputFormat.CSV, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toFile().length();
  }
}
