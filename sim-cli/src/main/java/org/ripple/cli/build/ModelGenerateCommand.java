package org.ripple.cli.build;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.model.ModelReader;
import org.ripple.cli.model.ModelWriter;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.build.SyntheticModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ripple model generate}: writes a seeded synthetic productive model ({@link SyntheticModel}) as a model folder
 * in the long sparse format ({@code transactions-long.csv}), so anyone can reproduce a benchmark. Same options, same
 * bytes.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Write a synthetic productive model (model.yaml, sectors.csv, transactions-long.csv, industry.csv "
        + "with jobs, labour income, value added and household consumption) for benchmarks.")
public final class ModelGenerateCommand implements Callable<Integer> {
  /** More sectors than this would not fit the int-indexed sparse arrays at any useful density. */
  static final int MAX_SECTORS = 10_000_000;

  @Spec
  CommandSpec spec;

  @Option(names = "--sectors", paramLabel = "N", required = true, description = "Number of sectors (at least 1).")
  int sectors;

  @Option(names = "--density", paramLabel = "D",
      description = "Share of non-zero flows per column, in (0, 1] (default: 20 per column, i.e. min(1, 20/N)).")
  Double density;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: 1).")
  long seed;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write the model into.")
  Path out;

  @Option(names = "--force", description = "Replace the model files of an existing model folder.")
  boolean force;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (sectors < 1 || sectors > MAX_SECTORS) {
      err.println("ripple: --sectors must be between 1 and " + MAX_SECTORS + ", was " + sectors);
      return ExitCodes.USAGE;
    }
    double d = density == null ? Math.min(1.0, 20.0 / sectors) : density;
    if (!(d > 0 && d <= 1)) {
      err.println("ripple: --density must be in (0, 1], was " + density);
      return ExitCodes.USAGE;
    }
    if ((long) Math.max(1, Math.round(d * sectors)) * sectors > Integer.MAX_VALUE - 8) {
      err.println("ripple: " + sectors + " sectors at density " + d + " is more than 2^31 non-zero flows; lower "
          + "--density");
      return ExitCodes.BAD_MODEL;
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      err.println("ripple: " + out + ": exists and is not a folder");
      return ExitCodes.IO;
    }
    if (!force && Files.exists(out.resolve(ModelReader.MODEL_YAML))) {
      err.println("ripple: " + out + " already holds a model; use --force to replace it");
      return ExitCodes.IO;
    }
    Model model;
    try {
      model = SyntheticModel.generate(sectors, d, seed);
    } catch (OutOfMemoryError e) {
      err.println("ripple: not enough memory to generate " + sectors + " sectors at density " + d
          + "; give Java more heap (java -Xmx<size> -jar ripple.jar ...)");
      return ExitCodes.BAD_MODEL;
    }
    try {
      Files.createDirectories(out);
      write(out, ModelReader.MODEL_YAML, w -> yaml(w, model, d));
      write(out, ModelReader.SECTORS, w -> sectorsCsv(w, model));
      write(out, ModelReader.TRANSACTIONS_LONG, w -> transactions(w, model));
      write(out, ModelReader.INDUSTRY, w -> industry(w, model));
      Files.deleteIfExists(out.resolve(ModelReader.TRANSACTIONS));
    } catch (IOException e) {
      err.println("ripple: cannot write " + out + ": " + e.getMessage());
      return ExitCodes.IO;
    }
    spec.commandLine().getOut().println(String.format(Locale.ROOT, "wrote %s (%d sectors, %d non-zero flows) to %s",
        model.info().name(), model.size(), model.nonZeroFlows(), out));
    return ExitCodes.OK;
  }

  private interface Body {
    void write(Writer w) throws IOException;
  }

  /** Writes a file through a temporary file in the same folder, moved into place when complete. */
  private static void write(Path dir, String name, Body body) throws IOException {
    Path tmp = org.ripple.cli.io.TempFiles.create(dir, name);
    try {
      try (Writer w = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8), 1 << 16)) {
        body.write(w);
      }
      Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private void yaml(Writer w, Model m, double d) throws IOException {
    w.write("name: " + m.info().name() + "\n");
    w.write(String.format(Locale.ROOT, "title: \"Synthetic model, %d sectors, density %s, seed %d\"%n",
        m.size(), ModelWriter.number(d), seed).replace(System.lineSeparator(), "\n"));
    w.write("region: Synthetic\n");
    w.write("year: 2025\n");
    w.write("currency: XXX\n");
    w.write("unit: \"XXX millions\"\n");
    w.write("unit_factor: 1000000\n");
    w.write("jobs_definition: \"synthetic jobs\"\n");
    w.write("household_income: " + ModelWriter.number(m.householdIncome()) + "\n");
    w.write("notes:\n");
    for (String note : List.of(
        "Generated by 'ripple model generate --sectors " + m.size() + " --density " + ModelWriter.number(d)
            + " --seed " + seed + "' for benchmarks; not real data.",
        "Column sums of A in [0.3, 0.6]; jobs 1 to 15 per unit of output; labour income 0.05 to 0.25 and value "
            + "added 0.25 to 0.65 of output; households spend 0.4 to 0.85 of their income regionally.")) {
      w.write("  - \"" + note + "\"\n");
    }
  }

  private static void sectorsCsv(Writer w, Model m) throws IOException {
    w.write("code,name\n");
    for (int i = 0; i < m.size(); i++) {
      w.write(m.sectors().at(i).code());
      w.write(',');
      w.write(m.sectors().at(i).name());
      w.write('\n');
    }
  }

  private static void transactions(Writer w, Model m) throws IOException {
    w.write("from,to,value\n");
    int n = m.size();
    org.ripple.core.linalg.CsrMatrix z = m.transactions();
    // row by row: the CSR pattern, read through the public accessor of each stored entry
    int[] cols = new int[n];
    for (int i = 0; i < n; i++) {
      int k = z.rowPattern(i, cols);
      String from = m.sectors().at(i).code();
      for (int t = 0; t < k; t++) {
        int j = cols[t];
        w.write(from);
        w.write(',');
        w.write(m.sectors().at(j).code());
        w.write(',');
        w.write(ModelWriter.number(z.get(i, j)));
        w.write('\n');
      }
    }
  }

  private static void industry(Writer w, Model m) throws IOException {
    w.write("code,output,employment,labour_income,value_added,household_consumption\n");
    for (int i = 0; i < m.size(); i++) {
      w.write(m.sectors().at(i).code());
      for (double v : new double[] {m.output(i), m.level(Measure.JOBS, i), m.level(Measure.LABOUR_INCOME, i),
          m.level(Measure.VALUE_ADDED, i), m.householdConsumption(i)}) {
        w.write(',');
        w.write(ModelWriter.number(v));
      }
      w.write('\n');
    }
  }
}
