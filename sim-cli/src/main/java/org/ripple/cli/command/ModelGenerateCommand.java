package org.ripple.cli.command;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.io.AtomicFolder;
import org.ripple.cli.io.StrictCsv;
import org.ripple.cli.io.StrictMappers;
import org.ripple.cli.io.TempFiles;
import org.ripple.cli.io.TextFiles;
import org.ripple.cli.model.ModelOutput;
import org.ripple.cli.model.ModelReader;
import org.ripple.cli.model.ModelWriter;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.synthetic.SyntheticModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ripple model generate}: writes a seeded synthetic productive model ({@link SyntheticModel}) as a model folder
 * in the long sparse format ({@code transactions-long.csv}), so anyone can reproduce a benchmark. Same options, same
 * bytes.
 *
 * <p>Every model it writes reads back: a file above the size limit its reader applies
 * ({@link ModelReader#LONG_TRANSACTIONS_MAX_BYTES} for transactions-long.csv, {@link StrictCsv#DEFAULT_MAX_BYTES} for
 * sectors.csv and industry.csv) is refused with exit code 4, up front when the smallest the file could be is already
 * too large (codes and separators are known before any number is drawn), else as soon as writing passes the limit.
 * All four files are written to temporary files first and moved into place only when all are complete, so a refusal
 * or a failure leaves the folder as it was.
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

  @CommandLine.Mixin
  OutputTarget target = new OutputTarget();

  /** The size limits of the reader (tests lower them to reach them with small models). */
  long maxLongTransactionsBytes = ModelReader.LONG_TRANSACTIONS_MAX_BYTES;
  long maxCsvBytes = StrictCsv.DEFAULT_MAX_BYTES;

  /** A file passed its size limit while it was written. */
  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
    final String file;
    final long limit;

    TooLarge(String file, long limit) {
      super(file + " is larger than " + limit + " bytes");
      this.file = file;
      this.limit = limit;
    }
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Path out = target.required(spec, "DIR");
    if (sectors < 1 || sectors > MAX_SECTORS) {
      err.println("ripple: --sectors must be between 1 and " + MAX_SECTORS + ", was " + sectors);
      return ExitCodes.USAGE;
    }
    double d = density == null ? Math.min(1.0, 20.0 / sectors) : density;
    if (!(d > 0 && d <= 1)) {
      err.println("ripple: --density must be in (0, 1], was " + density);
      return ExitCodes.USAGE;
    }
    if (Math.max(1, Math.round(d * sectors)) * sectors > Integer.MAX_VALUE - 8) {
      err.println("ripple: " + sectors + " sectors at density " + d + " is more than 2^31 non-zero flows; lower "
          + "--density");
      return ExitCodes.BAD_MODEL;
    }
    ModelOutput.check(out, target.force(), List.of());
    String tooLarge = refusal(sectors, d);
    if (tooLarge != null) {
      err.println("ripple: " + tooLarge);
      return ExitCodes.BAD_MODEL;
    }
    Model model;
    try {
      model = SyntheticModel.generate(sectors, d, seed);
    } catch (OutOfMemoryError e) {
      err.println("ripple: not enough memory to generate " + sectors + " sectors at density " + d
          + "; give Java more heap (java -Xmx<size> -jar ripple.jar ...)");
      return ExitCodes.BAD_MODEL;
    }
    List<Path> temps = new ArrayList<>();
    try (AtomicFolder.Claim claim = AtomicFolder.claim(out, target.force())) {
      try {
        // every file complete in a temporary file first, then all moved into place
        temps.add(write(out, ModelReader.MODEL_YAML, StrictMappers.MAX_DOCUMENT_BYTES, w -> yaml(w, model, d)));
        temps.add(write(out, ModelReader.SECTORS, maxCsvBytes, w -> sectorsCsv(w, model)));
        temps.add(write(out, ModelReader.TRANSACTIONS_LONG, maxLongTransactionsBytes, w -> transactions(w, model)));
        temps.add(write(out, ModelReader.INDUSTRY, maxCsvBytes, w -> industry(w, model)));
        String[] names = {ModelReader.MODEL_YAML, ModelReader.SECTORS, ModelReader.TRANSACTIONS_LONG,
            ModelReader.INDUSTRY};
        for (int k = 0; k < names.length; k++) {
          Files.move(temps.get(k), out.resolve(names[k]), StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
        }
        Files.deleteIfExists(out.resolve(ModelReader.TRANSACTIONS));
        claim.done();
      } finally {
        temps.forEach(TempFiles::delete); // before the claim ends, which removes the folder it made if still empty
      }
    } catch (TooLarge e) {
      err.println("ripple: " + out.resolve(e.file) + ": would be more than " + TextFiles.megabytes(e.limit) + "; "
          + limitText(e.file, e.limit) + "; nothing was written; lower --sectors or --density");
      return ExitCodes.BAD_MODEL;
    } catch (IOException e) {
      err.println("ripple: cannot write " + out + ": " + e.getMessage());
      return ExitCodes.IO;
    }
    spec.commandLine().getOut().println(String.format(Locale.ROOT, "wrote %s (%d sectors, %d non-zero flows) to %s",
        model.info().name(), model.size(), model.nonZeroFlows(), out));
    return ExitCodes.OK;
  }

  /**
   * Why a model of n sectors at density d could not be read back, decided before generating it: sectors.csv's size
   * is known exactly, and transactions-long.csv and industry.csv are at least their codes and separators with one
   * character per number. Null when it may fit; writing checks the exact sizes.
   */
  String refusal(int n, double d) {
    long perColumn = Math.max(1, Math.min(n, Math.round(d * n)));
    long sectorsBytes = "code,name\n".length();
    long codes = 0;
    for (int i = 0; i < n; i++) {
      int code = SyntheticModel.codeLength(i);
      codes += code;
      sectorsBytes += code + 1 + SyntheticModel.nameLength(i) + 1;
    }
    long minCode = SyntheticModel.codeLength(0);
    long transactionsBytes = "from,to,value\n".length() + perColumn * n * (2 * minCode + 4);
    long industryBytes = INDUSTRY_HEADER.length() + codes + n * (5 * 2 + 1L);
    String[] names = {ModelReader.SECTORS, ModelReader.TRANSACTIONS_LONG, ModelReader.INDUSTRY};
    long[] sizes = {sectorsBytes, transactionsBytes, industryBytes};
    long[] limits = {maxCsvBytes, maxLongTransactionsBytes, maxCsvBytes};
    for (int k = 0; k < names.length; k++) {
      if (sizes[k] > limits[k]) {
        return target.path().resolve(names[k]) + ": would be " + (k == 0 ? "" : "at least ")
            + TextFiles.megabytes(sizes[k])
            + " for " + n + " sectors at density " + ModelWriter.number(d) + "; " + limitText(names[k], limits[k])
            + "; lower --sectors or --density";
      }
    }
    return null;
  }

  private static String limitText(String file, long limit) {
    return (file.equals(ModelReader.TRANSACTIONS_LONG) ? file : "CSV") + " files are limited to "
        + TextFiles.megabytes(limit) + ", the most Ripple reads back";
  }

  private interface Body {
    void write(Writer w) throws IOException;
  }

  /** Writes a file into a new temporary file in {@code dir}, refused as soon as it passes {@code maxBytes}. */
  private static Path write(Path dir, String name, long maxBytes, Body body) throws IOException {
    Path tmp = TempFiles.create(dir, name);
    try (OutputStream file = Files.newOutputStream(tmp);
        Writer w = new Buffer(new OutputStreamWriter(new LimitedStream(file, name, maxBytes),
            StandardCharsets.UTF_8))) {
      body.write(w);
    } catch (IOException | RuntimeException e) {
      TempFiles.delete(tmp);
      throw e;
    }
    return tmp;
  }

  /**
   * A character buffer in front of a writer, like {@link java.io.BufferedWriter} without its lock on every call: the
   * files are written one field at a time, about 25 million calls for 200,000 sectors.
   */
  private static final class Buffer extends Writer {
    private final Writer out;
    private final char[] buf = new char[1 << 16];
    private int size;

    Buffer(Writer out) {
      this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
      if (size == buf.length) {
        drain();
      }
      buf[size++] = (char) c;
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
      while (len > 0) {
        if (size == buf.length) {
          drain();
        }
        int k = Math.min(len, buf.length - size);
        s.getChars(off, off + k, buf, size);
        size += k;
        off += k;
        len -= k;
      }
    }

    @Override
    public void write(char[] c, int off, int len) throws IOException {
      while (len > 0) {
        if (size == buf.length) {
          drain();
        }
        int k = Math.min(len, buf.length - size);
        System.arraycopy(c, off, buf, size, k);
        size += k;
        off += k;
        len -= k;
      }
    }

    private void drain() throws IOException {
      out.write(buf, 0, size);
      size = 0;
    }

    @Override
    public void flush() throws IOException {
      drain();
      out.flush();
    }

    @Override
    public void close() throws IOException {
      try {
        drain();
      } finally {
        out.close();
      }
    }
  }

  /** Counts the bytes written and fails with {@link TooLarge} when they pass the limit. */
  private static final class LimitedStream extends FilterOutputStream {
    private final String name;
    private final long maxBytes;
    private long count;

    LimitedStream(OutputStream out, String name, long maxBytes) {
      super(new BufferedOutputStream(out, 1 << 16));
      this.name = name;
      this.maxBytes = maxBytes;
    }

    private void count(long n) throws TooLarge {
      count += n;
      if (count > maxBytes) {
        throw new TooLarge(name, maxBytes);
      }
    }

    @Override
    public void write(int b) throws IOException {
      count(1);
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      count(len);
      out.write(b, off, len);
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
        "Column sums of A in [0.3, 0.6]; final demand 100 to 1000 per sector and output x = A x + f, so every row "
            + "balances; value added the rest of output, labour income 0.3 to 0.7 of it; jobs 1 to 15 per unit of "
            + "output; households spend 0.4 to 0.85 of their income regionally.")) {
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
    // row by row: the stored entries of each CSR row, columns ascending
    int[] cols = new int[n];
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      int k = z.rowPattern(i, cols);
      z.rowValues(i, values);
      String from = m.sectors().at(i).code();
      for (int t = 0; t < k; t++) {
        w.write(from);
        w.write(',');
        w.write(m.sectors().at(cols[t]).code());
        w.write(',');
        w.write(ModelWriter.number(values[t]));
        w.write('\n');
      }
    }
  }

  private static final String INDUSTRY_HEADER =
      "code,output,employment,labour_income,value_added,household_consumption\n";

  private static void industry(Writer w, Model m) throws IOException {
    w.write(INDUSTRY_HEADER);
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
