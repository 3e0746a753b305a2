package org.ripple.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.ripple.cli.Ripple;
import org.ripple.cli.io.Numbers;
import org.ripple.cli.model.LoadedModel;
import org.ripple.cli.model.Models;
import org.ripple.cli.output.OutputFormat;
import org.ripple.cli.output.ReportMeta;
import org.ripple.cli.output.RunReport;
import org.ripple.cli.scenario.ScenarioDocument;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.linalg.SolverKind;
import org.ripple.core.scenario.ImpactEngine;
import org.ripple.core.scenario.ScenarioResult;

/**
 * Writing a large run's result, the step after its solve: one closure of 1,000 output units in sector S000100 of a
 * model made by {@code ripple model generate --sectors n --density 0.0001 --seed 1} (20 flows per column at n =
 * 200,000), solved once per trial.
 *
 * <ul>
 *   <li>{@code runCsv}: {@code ripple run -f csv}'s file (4 rows a sector, 4 numbers a row: 97 MB at n = 200,000),
 *       as {@code ripple run -o FILE} writes it ({@code Report.write(format, stream)}: bytes laid out in place);
 *   <li>{@code runJson}: {@code ripple run -f json}'s file (one object a sector, 16 numbers);
 *   <li>{@code shortestIntoBuffer} and {@code shortestAsString}: the number formatter alone on 1 million seeded
 *       figures like a run's (small losses from 1e-12 to 1e3), into a byte buffer as the writers call it and as a string.
 * </ul>
 */
@Warmup(iterations = 2, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx4g"})
public class WriterBenchmark extends LargeModelSizes {
  @Param({"20000", "200000"})
  int n;

  Path folder;
  Path out;
  RunReport report;
  double[] figures;
  byte[] buffer;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    folder = Files.createTempDirectory("ripple-bench-writer");
    Path model = folder.resolve("model");
    int rc = Ripple.commandLine().execute("model", "generate", "--sectors", Integer.toString(n), "--density",
        Double.toString(20.0 / n), "--seed", "1", "--out", model.toString());
    if (rc != 0) {
      throw new IllegalStateException("model generate failed: " + rc);
    }
    Path scenario = Files.writeString(folder.resolve("S.yaml"),
        "name: S\nclosures:\n  - {name: Plant, sector: S000100, annual_output: 1000}\n");
    out = folder.resolve("out");
    ScenarioDocument doc = ScenarioDocument.read(scenario);
    LoadedModel loaded = Models.forScenario(doc, model.toString());
    LeontiefSystem system = LeontiefSystem.of(loaded.model(), SolverKind.BICGSTAB);
    ScenarioResult result = new ImpactEngine(system).run(doc.toScenario(loaded.model()));
    report = new RunReport(result, new ReportMeta("bench", "S.yaml", loaded.model().info(), ""));
    SplittableRandom r = new SplittableRandom(1);
    figures = new double[1_000_000];
    for (int i = 0; i < figures.length; i++) {
      figures[i] = -r.nextDouble() * Math.pow(10, r.nextInt(-12, 4));
    }
    buffer = new byte[Numbers.SHORTEST_MAX_CHARS];
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private long write(OutputFormat format) {
    // the command line's own chain to a result file: the report's bytes on the file's stream
    try (OutputStream file = Files.newOutputStream(out)) {
      report.write(format, file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toFile().length();
  }

  @Benchmark
  public long runCsv() {
    return write(OutputFormat.CSV);
  }

  @Benchmark
  public long runJson() {
    return write(OutputFormat.JSON);
  }

  @Benchmark
  public long shortestIntoBuffer() {
    long chars = 0;
    for (double v : figures) {
      chars += Numbers.shortest(v, buffer, 0);
    }
    return chars;
  }

  @Benchmark
  public long shortestAsString() {
    long chars = 0;
    for (double v : figures) {
      chars += Numbers.shortest(v).length();
    }
    return chars;
  }
}
