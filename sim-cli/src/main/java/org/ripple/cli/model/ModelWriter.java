package org.ripple.cli.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.io.InputException;
import org.ripple.cli.io.Numbers;
import org.ripple.cli.io.StrictCsv;
import org.ripple.cli.io.StrictMappers;
import org.ripple.cli.io.TextFiles;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.ModelInfo;
import org.ripple.core.Regions;
import org.ripple.core.linalg.CsrMatrix;

/**
 * Writes a model folder: {@code model.yaml}, {@code sectors.csv}, {@code transactions.csv}, {@code industry.csv}, and
 * for a multi-regional model also {@code regions.csv} and {@code households.csv} (with a {@code region} column in
 * sectors.csv).
 *
 * <p>Output is byte-deterministic: UTF-8, LF line endings, no timestamps, keys and rows in a fixed order, and every
 * number written by {@link #number(double)}, which depends only on the double's value (not on the locale or the JDK
 * version) and parses back to the same double. All four files are rendered in memory first, then written to
 * temporary files in the target folder and moved into place, so a failure while rendering writes nothing.
 * Other files in the folder (a README, a {@code source/} folder) are left alone; the four files are replaced.
 *
 * <p>A model held sparse whose Z has non-zeros in at most a third of its cells ({@link #longForm}) is written as
 * {@code transactions-long.csv} ({@code from,to,value}, its non-zero flows row by row, straight from CSR) instead of
 * {@code transactions.csv}, and the other of the two files is removed from the folder; every other model, dense or
 * nearly full (a multi-regional model whose regions all trade with each other, like canada-provinces-2021), keeps the
 * square table, which is then the smaller file.
 */
public final class ModelWriter {
  public static final String MODEL_YAML = "model.yaml";
  public static final String SECTORS_CSV = "sectors.csv";
  public static final String TRANSACTIONS_CSV = "transactions.csv";
  /** Instead of {@link #TRANSACTIONS_CSV} for sparse models: {@code from,to,value}, non-zero flows only. */
  public static final String TRANSACTIONS_LONG_CSV = "transactions-long.csv";
  public static final String INDUSTRY_CSV = "industry.csv";
  /** Multi-regional models only: the regions, and what each region's households buy from each sector. */
  public static final String REGIONS_CSV = "regions.csv";
  public static final String HOUSEHOLDS_CSV = "households.csv";

  private ModelWriter() {}

  /**
   * One entry of the {@code sources} list of model.yaml. Only {@code title} is required; a null field, or a year of
   * 0, is left out.
   */
  public record Source(String title, String publisher, String reference, int year, String unit, String licence) {
    public Source {
      if (title == null || title.isBlank()) {
        throw new IllegalArgumentException("a source needs a title");
      }
    }
  }

  /**
   * What model.yaml says beyond {@link ModelInfo}: licence, attribution, structured sources, notes, and why the
   * model's negative flows are accepted.
   *
   * @param negativeFlowReason the reason written for every negative flow of the model under {@code negative_flows};
   *     null when the builder accepts none (writing a model with negative flows then fails: the builder must decide)
   * @param acceptedFindings the validation warnings the builder accepts, written under {@code accepted_findings}
   *     ({@link AcceptedFindings})
   */
  public record Provenance(String licence, String attribution, List<Source> sources, List<String> notes,
      String negativeFlowReason, List<ModelMetadata.AcceptedFinding> acceptedFindings) {
    public Provenance {
      Objects.requireNonNull(licence, "licence");
      Objects.requireNonNull(attribution, "attribution");
      sources = List.copyOf(sources);
      notes = List.copyOf(notes);
      acceptedFindings = List.copyOf(acceptedFindings);
      if (negativeFlowReason != null && negativeFlowReason.isBlank()) {
        throw new IllegalArgumentException("a reason for negative flows must not be blank");
      }
    }

    /** Provenance accepting no validation warning. */
    public Provenance(String licence, String attribution, List<Source> sources, List<String> notes,
        String negativeFlowReason) {
      this(licence, attribution, sources, notes, negativeFlowReason, List.of());
    }

    /** Provenance of a model that accepts no negative flow. */
    public Provenance(String licence, String attribution, List<Source> sources, List<String> notes) {
      this(licence, attribution, sources, notes, null);
    }
  }

  /** The negative flows of a model as {@code {from, to}} sector positions, row by row. */
  public static List<int[]> negativeFlows(Model model) {
    List<int[]> cells = new ArrayList<>();
    model.forEachFlow((i, j, v) -> {
      if (v < 0) {
        cells.add(new int[] {i, j});
      }
    });
    return cells;
  }

  /**
   * Renders and writes the four files into {@code dir} (created if needed). A file Ripple could not read back (larger
   * than its reader's size limit, or a square table wider than the CSV reader's column limit) is refused with an
   * {@link InputException} (exit code 4) before anything is written.
   */
  public static void write(Model model, Provenance provenance, Path dir) throws IOException {
    write(model, provenance, dir, ModelReader.LONG_TRANSACTIONS_MAX_BYTES, StrictCsv.DEFAULT_MAX_BYTES);
  }

  /** {@link #write(Model, Provenance, Path)} against other size limits (tests of the limits). */
  static void write(Model model, Provenance provenance, Path dir, long maxLongBytes, long maxCsvBytes)
      throws IOException {
    if (!longForm(model) && model.size() + 1L > StrictCsv.DEFAULT_MAX_COLUMNS) {
      throw new InputException(dir.resolve(TRANSACTIONS_CSV).toString(), 0, 0, null, "would have "
          + (model.size() + 1) + " columns; CSV files are limited to " + StrictCsv.DEFAULT_MAX_COLUMNS
          + " columns, the most Ripple reads back; nothing was written", ExitCodes.BAD_MODEL);
    }
    Map<String, String> files = render(model, provenance);
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    for (Map.Entry<String, String> f : files.entrySet()) {
      byte[] b = f.getValue().getBytes(StandardCharsets.UTF_8);
      String name = f.getKey();
      long limit = name.equals(TRANSACTIONS_LONG_CSV) ? maxLongBytes
          : name.equals(MODEL_YAML) ? StrictMappers.MAX_DOCUMENT_BYTES : maxCsvBytes;
      if (b.length > limit) {
        String what = name.equals(TRANSACTIONS_LONG_CSV) ? name + " files"
            : name.equals(MODEL_YAML) ? "model.yaml files" : "CSV files";
        throw new InputException(dir.resolve(name).toString(), 0, 0, null, "would be "
            + TextFiles.megabytes(b.length) + "; " + what + " are limited to " + TextFiles.megabytes(limit)
            + ", the most Ripple reads back; nothing was written", ExitCodes.BAD_MODEL);
      }
      bytes.put(name, b);
    }
    files = null;
    Files.createDirectories(dir);
    List<Path> temps = new ArrayList<>();
    try {
      for (Map.Entry<String, byte[]> f : bytes.entrySet()) {
        Path tmp = org.ripple.cli.io.TempFiles.create(dir, f.getKey());
        temps.add(tmp);
        Files.write(tmp, f.getValue());
      }
      int k = 0;
      for (String name : bytes.keySet()) {
        move(temps.get(k++), dir.resolve(name));
      }
      // a folder holds exactly one of the two transactions files
      Files.deleteIfExists(dir.resolve(bytes.containsKey(TRANSACTIONS_CSV) ? TRANSACTIONS_LONG_CSV
          : TRANSACTIONS_CSV));
    } finally {
      temps.forEach(org.ripple.cli.io.TempFiles::delete);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The four files, name to content, in writing order. */
  public static Map<String, String> render(Model model, Provenance provenance) {
    // A satellite the model does not have (no employment for us-2022, no households for a Type I table) is written
    // as an absent column (and no household_income), which ModelReader reads back as "not available", never 0.
    Map<String, String> files = new LinkedHashMap<>();
    files.put(MODEL_YAML, yaml(model, provenance));
    files.put(SECTORS_CSV, sectors(model));
    if (longForm(model)) {
      files.put(TRANSACTIONS_LONG_CSV, transactionsLong(model));
    } else {
      files.put(TRANSACTIONS_CSV, transactions(model));
    }
    files.put(INDUSTRY_CSV, industry(model));
    model.regions().ifPresent(r -> {
      files.put(REGIONS_CSV, regions(r));
      if (r.hasHouseholds()) {
        files.put(HOUSEHOLDS_CSV, households(model, r));
      }
    });
    return files;
  }

  static String yaml(Model model, Provenance p) {
    ModelInfo info = model.info();
    StringBuilder sb = new StringBuilder();
    sb.append("name: ").append(quote(info.name())).append('\n');
    sb.append("title: ").append(quote(info.title())).append('\n');
    sb.append("region: ").append(quote(info.region())).append('\n');
    sb.append("year: ").append(info.year()).append('\n');
    sb.append("currency: ").append(quote(info.currency())).append('\n');
    sb.append("unit: ").append(quote(info.unit())).append('\n');
    sb.append("unit_factor: ").append(number(info.unitFactor())).append('\n');
    sb.append("jobs_definition: ").append(quote(info.jobsDefinition())).append('\n');
    if (model.hasHouseholds()) {
      sb.append("household_income: ").append(number(model.householdIncome())).append('\n');
    }
    if (info.payFactor() != 1.0) {
      sb.append("labour_income_per_wage: ").append(number(info.payFactor())).append('\n');
    }
    sb.append("licence: ").append(quote(p.licence())).append('\n');
    sb.append("attribution: ").append(quote(p.attribution())).append('\n');
    sb.append(p.sources().isEmpty() ? "sources: []\n" : "sources:\n");
    for (Source s : p.sources()) {
      sb.append("  - title: ").append(quote(s.title())).append('\n');
      optional(sb, "publisher", s.publisher());
      optional(sb, "reference", s.reference());
      if (s.year() != 0) {
        sb.append("    year: ").append(s.year()).append('\n');
      }
      optional(sb, "unit", s.unit());
      optional(sb, "licence", s.licence());
    }
    list(sb, "assumptions", info.assumptions());
    list(sb, "notes", p.notes());
    List<int[]> negative = negativeFlows(model);
    if (!negative.isEmpty()) {
      if (p.negativeFlowReason() == null) {
        int[] c = negative.get(0);
        throw new IllegalArgumentException("the model has " + negative.size() + " negative flows (the first from "
            + model.sectors().at(c[0]).code() + " to " + model.sectors().at(c[1]).code() + ") and no reason to "
            + "accept them");
      }
      sb.append("negative_flows:\n");
      for (int[] c : negative) {
        sb.append("  - from: ").append(quote(model.sectors().at(c[0]).code())).append('\n');
        sb.append("    to: ").append(quote(model.sectors().at(c[1]).code())).append('\n');
        sb.append("    reason: ").append(quote(p.negativeFlowReason())).append('\n');
      }
    }
    if (!p.acceptedFindings().isEmpty()) {
      sb.append("accepted_findings:\n");
      for (ModelMetadata.AcceptedFinding a : p.acceptedFindings()) {
        sb.append("  - check: ").append(a.check()).append('\n');
        sb.append("    sector: ").append(quote(a.sector())).append('\n');
        sb.append("    reason: ").append(quote(a.reason())).append('\n');
      }
    }
    return sb.toString();
  }

  private static void optional(StringBuilder sb, String key, String value) {
    if (value != null) {
      sb.append("    ").append(key).append(": ").append(quote(value)).append('\n');
    }
  }

  private static void list(StringBuilder sb, String key, List<String> items) {
    if (items.isEmpty()) {
      sb.append(key).append(": []\n");
      return;
    }
    sb.append(key).append(":\n");
    for (String item : items) {
      sb.append("  - ").append(quote(item)).append('\n');
    }
  }

  static String sectors(Model model) {
    if (model.hasRegions()) {
      return regionalSectors(model, model.regions().orElseThrow());
    }
    StringBuilder sb = new StringBuilder("code,name\n");
    for (int i = 0; i < model.size(); i++) {
      sb.append(csv(model.sectors().at(i).code())).append(',').append(csv(model.sectors().at(i).name())).append('\n');
    }
    return sb.toString();
  }

  private static String regionalSectors(Model model, Regions regions) {
    StringBuilder sb = new StringBuilder("code,name,region\n");
    for (int i = 0; i < model.size(); i++) {
      sb.append(csv(model.sectors().at(i).code())).append(',').append(csv(model.sectors().at(i).name())).append(',')
          .append(csv(regions.at(regions.regionOf(i)).code())).append('\n');
    }
    return sb.toString();
  }

  static String regions(Regions regions) {
    StringBuilder sb = new StringBuilder("code,name,household_income\n");
    for (int r = 0; r < regions.size(); r++) {
      sb.append(csv(regions.at(r).code())).append(',').append(csv(regions.at(r).name())).append(',');
      if (regions.hasHouseholds()) {
        sb.append(number(regions.householdIncome(r)));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  static String households(Model model, Regions regions) {
    StringBuilder sb = new StringBuilder("code");
    for (int r = 0; r < regions.size(); r++) {
      sb.append(',').append(csv(regions.at(r).code()));
    }
    sb.append('\n');
    for (int i = 0; i < model.size(); i++) {
      sb.append(csv(model.sectors().at(i).code()));
      for (int r = 0; r < regions.size(); r++) {
        sb.append(',').append(number(regions.householdConsumption(i, r)));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  static String transactions(Model model) {
    int n = model.size();
    StringBuilder sb = new StringBuilder("code");
    for (int j = 0; j < n; j++) {
      sb.append(',').append(csv(model.sectors().at(j).code()));
    }
    sb.append('\n');
    for (int i = 0; i < n; i++) {
      sb.append(csv(model.sectors().at(i).code()));
      for (int j = 0; j < n; j++) {
        sb.append(',').append(number(model.flow(i, j)));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /**
   * Whether Z is written in the long form: the model is held sparse and at most a third of Z's cells are non-zero
   * (a long-form line costs about two codes more than a cell of the square table).
   */
  static boolean longForm(Model model) {
    long n = model.size();
    return model.isSparse() && model.nonZeroFlows() * 3 <= n * n;
  }

  /** {@code from,to,value}: the stored non-zero flows in CSR order (row by row, columns ascending). */
  static String transactionsLong(Model model) {
    int n = model.size();
    CsrMatrix z = model.transactions();
    StringBuilder sb = new StringBuilder("from,to,value\n");
    int[] columns = new int[n];
    for (int i = 0; i < n; i++) {
      int k = z.rowPattern(i, columns);
      String from = csv(model.sectors().at(i).code());
      for (int t = 0; t < k; t++) {
        double v = z.get(i, columns[t]);
        if (v != 0.0) {
          sb.append(from).append(',').append(csv(model.sectors().at(columns[t]).code())).append(',')
              .append(number(v)).append('\n');
        }
      }
    }
    return sb.toString();
  }

  static String industry(Model model) {
    StringBuilder sb = new StringBuilder("code,output");
    Measure[] measures = {Measure.JOBS, Measure.LABOUR_INCOME, Measure.VALUE_ADDED};
    for (Measure m : measures) {
      if (model.has(m)) {
        sb.append(',').append(m == Measure.JOBS ? "employment" : m.key());
      }
    }
    // taxes, imports and final demand only when the model has them, so models without them keep their bytes
    double[][] extra = {model.taxesCopy(), model.importsCopy(), model.finalDemandCopy()};
    String[] extraNames = {"taxes", "imports", "final_demand"};
    for (int e = 0; e < extra.length; e++) {
      if (extra[e] != null) {
        sb.append(',').append(extraNames[e]);
      }
    }
    if (model.hasHouseholds()) {
      sb.append(",household_consumption");
    }
    sb.append('\n');
    for (int i = 0; i < model.size(); i++) {
      sb.append(csv(model.sectors().at(i).code())).append(',').append(number(model.output(i)));
      for (Measure m : measures) {
        if (model.has(m)) {
          sb.append(',').append(number(model.level(m, i)));
        }
      }
      for (double[] column : extra) {
        if (column != null) {
          sb.append(',').append(number(column[i]));
        }
      }
      if (model.hasHouseholds()) {
        sb.append(',').append(number(model.householdConsumption(i)));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** A number as model files write it: {@link Numbers#plain}, exact, plain, independent of JDK and locale. */
  public static String number(double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("cannot write a non-finite number: " + v);
    }
    return Numbers.plain(v);
  }

  /** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
  static String csv(String field) {
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }

  /** A YAML double-quoted scalar (JSON-compatible escapes), so no value is ever read as a number, bool or null. */
  static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int k = 0; k < s.length(); k++) {
      char ch = s.charAt(k);
      switch (ch) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        default -> {
          if (ch < 0x20 || ch == 0x7f) {
            sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) ch));
          } else {
            sb.append(ch);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
