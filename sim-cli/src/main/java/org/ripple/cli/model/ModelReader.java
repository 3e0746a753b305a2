package org.ripple.cli.model;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.io.CsvStream;
import org.ripple.cli.io.CsvTable;
import org.ripple.cli.io.DecimalText;
import org.ripple.cli.io.InputException;
import org.ripple.cli.io.Numbers;
import org.ripple.cli.io.StrictCsv;
import org.ripple.cli.io.StrictMappers;
import org.ripple.cli.io.StrictReader;
import org.ripple.cli.io.TextFiles;
import org.ripple.core.Model;
import org.ripple.core.ModelInfo;
import org.ripple.core.Sector;
import org.ripple.core.SectorIndex;
import org.ripple.core.Suggestions;
import org.ripple.core.validate.AcceptedFlows;
import org.ripple.core.validate.MemoryPreflight;
import org.ripple.core.linalg.CsrMatrix;
import org.ripple.core.linalg.Triplets;
import org.ripple.core.linalg.SolverKind;

/**
 * Reads a model folder (or a bundled model in the jar) into a {@link Model}. The folder holds:
 *
 * <ul>
 *   <li>{@code model.yaml}: metadata ({@link ModelMetadata});
 *   <li>{@code sectors.csv}: {@code code,name}, or {@code code,name,region} for a multi-regional model; codes unique,
 *       non-blank, without surrounding spaces. This file fixes the order of sectors in the model;
 *   <li>multi-regional models only: {@code regions.csv} ({@code code,name,household_income}; every region of
 *       sectors.csv listed once; household income of each region's households, or all empty) and, optionally,
 *       {@code households.csv} ({@code code,<region codes...>}: what each region's households buy from each sector),
 *       which closes Type II with one household per region;
 *   <li>exactly one of {@code transactions.csv} (dense: header {@code code,<codes...>}, one row {@code <code>,<values>}
 *       per sector; rows and columns may come in any order and are mapped by code, but every sector must appear exactly
 *       once in each) and {@code transactions-long.csv} ({@code from,to,value}; a missing pair is 0, a repeated pair
 *       is an error). {@code Z[from][to]} is what industry {@code to} buys from regional industry {@code from};
 *   <li>{@code industry.csv}: {@code code,output} then any of {@code employment, labour_income, value_added, taxes,
 *       imports, final_demand, household_consumption}. A column that is absent or entirely empty is not available (never zero); a
 *       partly empty column is an error.
 * </ul>
 *
 * Every number must be finite; output must be non-negative. A negative flow is an error naming its cell (BAD-INPUTS row
 * 28), unless model.yaml accepts that cell under {@code negative_flows} with a reason (official tables carry a few),
 * when it is a warning; zero-output sectors are warnings. Errors are {@link InputException}s naming file, line, column and column header: exit code 4 for bad data, 5 for missing or
 * unreadable files.
 */
public final class ModelReader {
  public static final String MODEL_YAML = "model.yaml";
  public static final String SECTORS = "sectors.csv";
  public static final String TRANSACTIONS = "transactions.csv";
  public static final String TRANSACTIONS_LONG = "transactions-long.csv";
  public static final String INDUSTRY = "industry.csv";
  public static final String REGIONS = "regions.csv";
  public static final String HOUSEHOLDS = "households.csv";
  /** Classpath folder of bundled models, and the list of their names (one per line). */
  public static final String BUNDLED_ROOT = "models/";
  public static final String BUNDLED_LIST = "models/models.txt";
  /**
   * The size limit of {@code transactions-long.csv}: 4 GiB, about 120 million {@code from,to,value} rows. The file is
   * read one row at a time (never held whole), so its limit is that much larger than the 256 MiB of the other CSV
   * files, which are read whole; what its rows need in memory (triplets, then CSR) is checked as they arrive, and the
   * solvers' memory preflight comes after. {@code ripple model generate} and {@link ModelWriter} refuse to write a
   * file above it, so every model Ripple writes reads back.
   */
  public static final long LONG_TRANSACTIONS_MAX_BYTES = 4L << 30;

  static final List<String> INDUSTRY_OPTIONAL = List.of("employment", "labour_income", "value_added", "taxes",
      "imports", "final_demand", "household_consumption");
  private static final Pattern BUNDLED_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
  private static final int BAD = ExitCodes.BAD_MODEL;

  private final ModelSource source;
  private final List<String> warnings = new ArrayList<>();
  /** Region code of each sector, from the optional region column of sectors.csv; null for single-region models. */
  private List<String> sectorRegions;
  private List<CsvTable.Row> sectorRows;
  /** Accepted negative flows of model.yaml, by {@code from * n + to}, to the entry's position in the list. */
  private final Map<Long, Integer> acceptedCells = new HashMap<>();
  private List<ModelMetadata.NegativeFlow> acceptedList = List.of();
  private boolean[] acceptedSeen = new boolean[0];
  private int sectorCount;

  private final long longTransactionsMaxBytes;

  private ModelReader(ModelSource source, long longTransactionsMaxBytes) {
    this.source = source;
    this.longTransactionsMaxBytes = longTransactionsMaxBytes;
  }

  /** Reads a model folder. */
  public static LoadedModel read(Path folder) {
    return read(folder, LONG_TRANSACTIONS_MAX_BYTES);
  }

  /** Reads a model folder with another size limit for {@code transactions-long.csv} (tests of the limit). */
  public static LoadedModel read(Path folder, long longTransactionsMaxBytes) {
    if (!Files.isDirectory(folder)) {
      throw new InputException(folder.toString(), 0, 0, null,
          Files.exists(folder) ? "is not a folder; give the model folder" : "model folder does not exist",
          ExitCodes.IO);
    }
    return new ModelReader(ModelSource.folder(folder), longTransactionsMaxBytes).load(folder.getFileName() == null ? "model"
        : folder.getFileName().toString());
  }

  /** Reads a model bundled in the jar, from classpath {@code /models/<name>/}. */
  public static LoadedModel readBundled(String name) {
    if (name == null || !BUNDLED_NAME.matcher(name).matches()) {
      throw new InputException(null, 0, 0, null, "'" + name + "' is not a bundled model name", ExitCodes.USAGE);
    }
    ModelSource src = ModelSource.classpath(BUNDLED_ROOT + name + "/");
    if (!src.exists(MODEL_YAML)) {
      List<String> names = bundledNames();
      String hint = Suggestions.nearest(name, names).map(s -> "; did you mean '" + s + "'?")
          .orElse(names.isEmpty() ? "" : "; bundled models: " + String.join(", ", names));
      throw new InputException(null, 0, 0, null, "no bundled model '" + name + "'" + hint, ExitCodes.IO);
    }
    return new ModelReader(src, LONG_TRANSACTIONS_MAX_BYTES).load(name);
  }

  /** Names of the bundled models, from {@code models/models.txt} (blank lines and {@code #} comments ignored). */
  public static List<String> bundledNames() {
    ModelSource root = ModelSource.classpath("");
    if (!root.exists(BUNDLED_LIST)) {
      return List.of();
    }
    byte[] bytes = root.read(BUNDLED_LIST, 1 << 20, "model lists", ExitCodes.INTERNAL);
    List<String> names = new ArrayList<>();
    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
      String n = line.strip();
      if (!n.isEmpty() && !n.startsWith("#")) {
        names.add(n);
      }
    }
    return List.copyOf(names);
  }

  private LoadedModel load(String defaultName) {
    if (!source.exists(MODEL_YAML)) {
      throw new InputException(source.location(), 0, 0, null, "model folder " + source.location() + " has no "
          + MODEL_YAML, ExitCodes.IO);
    }
    byte[] yamlBytes = source.read(MODEL_YAML, StrictMappers.MAX_DOCUMENT_BYTES, "model.yaml files", BAD);
    String yamlName = source.describe(MODEL_YAML);
    ModelMetadata meta = StrictReader.read(yamlName, yamlBytes, ModelMetadata.class, BAD);
    ModelInfo info = info(meta, defaultName, yamlName, yamlBytes);

    SectorIndex index = sectors();
    int n = index.size();
    sectorCount = n;
    AcceptedFlows accepted = acceptedFlows(meta, index, yamlName, yamlBytes);
    if (!source.exists(TRANSACTIONS_LONG)) {
      // a dense table: refuse what cannot fit before any n x n array (the long format is read into CSR instead)
      MemoryPreflight.refusal(n).ifPresent(reason -> {
        throw new InputException(source.describe(SECTORS), 0, 0, null, reason, BAD);
      });
    }
    Model.Builder b = Model.builder(info, index);
    transactions(index, b);
    for (int k = 0; k < acceptedList.size(); k++) {
      if (!acceptedSeen[k]) {
        ModelMetadata.NegativeFlow f = acceptedList.get(k);
        warnings.add(yamlName + ": negative_flows[" + k + "]: the flow from " + f.from() + " to " + f.to()
            + " is not negative in the transactions; remove the entry");
      }
    }
    industry(index, b);
    if (meta.householdIncome() != null) {
      b.householdIncome(meta.householdIncome());
    }
    if (sectorRegions != null) {
      b.regions(RegionFiles.read(source, index, sectorRegions, sectorRows, this::csv));
    }
    try {
      Model model = b.build();
      if (meta.householdIncome() != null && !model.hasHouseholds()) {
        warnings.add(yamlName + ": household_income: not used: " + INDUSTRY
            + " has no household_consumption column");
      }
      assert model.size() == n;
      return new LoadedModel(model, source.location(), meta, warnings, accepted);
    } catch (IllegalArgumentException e) {
      throw new InputException(source.describe(INDUSTRY), 0, 0, null, e.getMessage(), BAD);
    }
  }

  /** Checks the {@code negative_flows} entries of model.yaml against the sectors and collects them. */
  private AcceptedFlows acceptedFlows(ModelMetadata meta, SectorIndex index, String yamlName, byte[] yamlBytes) {
    List<ModelMetadata.NegativeFlow> list = meta.negativeFlows();
    if (list.isEmpty()) {
      return AcceptedFlows.none();
    }
    int n = index.size();
    AcceptedFlows.Builder b = AcceptedFlows.builder(n);
    for (int k = 0; k < list.size(); k++) {
      ModelMetadata.NegativeFlow f = list.get(k);
      String at = "negative_flows[" + k + "]";
      for (String[] part : new String[][] {{"from", f.from()}, {"to", f.to()}, {"reason", f.reason()}}) {
        if (part[1] == null || part[1].isBlank()) {
          throw StrictReader.errorAt(yamlName, yamlBytes, at, "needs from, to and reason; '" + part[0]
              + "' is missing or empty", BAD);
        }
      }
      int i = acceptedSector(index, f.from(), yamlName, yamlBytes, at + ".from");
      int j = acceptedSector(index, f.to(), yamlName, yamlBytes, at + ".to");
      Integer previous = acceptedCells.putIfAbsent((long) i * n + j, k);
      if (previous != null) {
        throw StrictReader.errorAt(yamlName, yamlBytes, at, "the flow from " + f.from() + " to " + f.to()
            + " is listed twice (also negative_flows[" + previous + "]); keep one", BAD);
      }
      b.accept(i, j, f.reason().strip());
    }
    acceptedList = list;
    acceptedSeen = new boolean[list.size()];
    return b.build();
  }

  private static int acceptedSector(SectorIndex index, String code, String yamlName, byte[] yamlBytes, String at) {
    int p = index.positionOf(code);
    if (p < 0) {
      throw StrictReader.errorAt(yamlName, yamlBytes, at, "unknown sector code '" + code + "' (not in " + SECTORS
          + ")" + index.nearest(code).map(s -> "; did you mean '" + s + "'?").orElse(""), BAD);
    }
    return p;
  }

  /**
   * A negative cell of the transactions: an error naming the cell, unless model.yaml accepts it, when it is a warning
   * that carries the reason.
   */
  private void negativeFlow(CsvTable t, CsvTable.Row row, int column, int from, int to, String fromCode,
      String toCode) {
    Integer k = acceptedCells.get((long) from * sectorCount + to);
    String value = row.get(column).strip();
    if (k == null) {
      throw t.error(row, column, "negative flow from " + fromCode + " to " + toCode + ": " + value + "; flows must "
          + "be zero or more: correct the cell, or, if the source table has it, accept it in " + MODEL_YAML
          + " under negative_flows (from, to, reason)");
    }
    acceptedSeen[k] = true;
    warnings.add(location(t, row, column) + ": negative flow from " + fromCode + " to " + toCode + ": " + value
        + ", accepted in " + MODEL_YAML + ": " + acceptedList.get(k).reason().strip());
  }

  private ModelInfo info(ModelMetadata meta, String defaultName, String yamlName, byte[] yamlBytes) {
    double factor = meta.unitFactor() == null ? 1 : meta.unitFactor();
    if (!(factor > 0)) {
      throw StrictReader.errorAt(yamlName, yamlBytes, "unit_factor",
          "must be a positive number, was " + Numbers.shortest(factor), BAD);
    }
    if (meta.householdIncome() != null && !(meta.householdIncome() > 0)) {
      throw StrictReader.errorAt(yamlName, yamlBytes, "household_income",
          "must be a positive number, was " + Numbers.shortest(meta.householdIncome()), BAD);
    }
    List<String> sources = new ArrayList<>();
    for (int i = 0; i < meta.sources().size(); i++) {
      ModelMetadata.Source s = meta.sources().get(i);
      if (s.title() == null || s.title().isBlank()) {
        throw StrictReader.errorAt(yamlName, yamlBytes, "sources[" + i + "]", "a source needs a title", BAD);
      }
      sources.add(s.render());
    }
    String name = meta.name() == null || meta.name().isBlank() ? defaultName : meta.name();
    return new ModelInfo(name, meta.title(), meta.region(), meta.year() == null ? 0 : meta.year(), meta.currency(),
        meta.unit(), factor, meta.jobsDefinition(), sources, meta.assumptions());
  }

  CsvTable csv(String file) {
    if (!source.exists(file)) {
      throw new InputException(source.location(), 0, 0, null, "model folder " + source.location() + " has no "
          + file, ExitCodes.IO);
    }
    return StrictCsv.defaults().parse(source.describe(file), source.readCsvBytes(file), BAD);
  }

  /** Checks the header is exactly {@code expected} in this order: a wrong or extra name gets a suggestion. */
  private static void requireHeader(CsvTable t, List<String> expected) {
    List<String> header = t.header();
    for (int i = 0; i < Math.max(header.size(), expected.size()); i++) {
      if (i >= header.size()) {
        throw t.error(t.headerRow(), header.size() - 1, null, "missing column '" + expected.get(i)
            + "'; the header must be " + String.join(",", expected));
      }
      if (i >= expected.size() || !header.get(i).equals(expected.get(i))) {
        String hint = CsvTable.didYouMean(header.get(i), expected);
        throw t.error(t.headerRow(), i, null, "unexpected column '" + header.get(i) + "'" + hint
            + "; the header must be " + String.join(",", expected));
      }
    }
  }

  private SectorIndex sectors() {
    CsvTable t = csv(SECTORS);
    boolean regional = t.header().size() == 3 && t.header().get(2).equals("region");
    requireHeader(t, regional ? List.of("code", "name", "region") : List.of("code", "name"));
    if (regional) {
      sectorRegions = new ArrayList<>();
      sectorRows = new ArrayList<>();
    }
    List<Sector> sectors = new ArrayList<>();
    Map<String, CsvTable.Row> seen = new HashMap<>();
    for (CsvTable.Row row : t.rows()) {
      String code = code(t, row, 0);
      CsvTable.Row previous = seen.putIfAbsent(code, row);
      if (previous != null) {
        throw t.error(row, 0, "duplicate sector code '" + code + "' (also on line " + previous.line() + ")");
      }
      String name = row.get(1).strip();
      if (name.isEmpty()) {
        throw t.error(row, 1, "sector " + code + " has no name");
      }
      sectors.add(new Sector(code, name));
      if (regional) {
        String region = row.get(2).strip();
        if (region.isEmpty()) {
          throw t.error(row, 2, "sector " + code + " has no region");
        }
        sectorRegions.add(region);
        sectorRows.add(row);
      }
    }
    if (sectors.isEmpty()) {
      throw t.error(t.headerRow(), 0, null, "no sectors: a model needs at least one");
    }
    return SectorIndex.of(sectors);
  }

  /** A sector code cell: non-blank, no surrounding spaces. */
  private static String code(CsvTable t, CsvTable.Row row, int column) {
    String code = row.get(column);
    if (code.isBlank()) {
      throw t.error(row, column, "sector code is empty");
    }
    if (!code.equals(code.strip())) {
      throw t.error(row, column, "sector code '" + code + "' has spaces around it");
    }
    return code;
  }

  /** Position of a code that must be a known sector, or an error with the nearest code suggested. */
  private static int known(CsvTable t, CsvTable.Row row, int column, String code, SectorIndex index, String file) {
    int p = index.positionOf(code);
    if (p < 0) {
      throw t.error(row, column, "unknown sector code '" + code + "' (not in " + SECTORS + ")"
          + index.nearest(code).map(s -> "; did you mean '" + s + "'?").orElse(""));
    }
    return p;
  }

  private void transactions(SectorIndex index, Model.Builder b) {
    boolean dense = source.exists(TRANSACTIONS);
    boolean longForm = source.exists(TRANSACTIONS_LONG);
    if (dense && longForm) {
      throw new InputException(source.describe(TRANSACTIONS_LONG), 0, 0, null, "the model has both " + TRANSACTIONS
          + " and " + TRANSACTIONS_LONG + "; keep exactly one", BAD);
    }
    if (!dense && !longForm) {
      throw new InputException(source.location(), 0, 0, null, "model folder " + source.location() + " has no "
          + TRANSACTIONS + " or " + TRANSACTIONS_LONG, ExitCodes.IO);
    }
    // multi-regional models are held sparse whatever the file: their inter-regional blocks are mostly empty at scale
    boolean regional = sectorRegions != null;
    if (dense) {
      if (regional) {
        b.transactions(denseIntoCsr(index));
      } else {
        b.transactions(dense(index));
      }
    } else if (index.size() > SolverKind.DENSE_MAX_SECTORS || regional) {
      b.transactions(sparseLongForm(index));
    } else {
      b.transactions(longForm(index));
    }
  }

  /**
   * {@code transactions-long.csv} of a large model straight into CSR, one row at a time: triplet arrays, no n x n
   * array, no String or row object per cell (codes are looked up in place, plain decimals converted in place by
   * {@link DecimalText}; anything else takes the checks of {@link CsvTable}, with their messages). A repeated pair is
   * found while sorting and reported with both lines, found by reading the file again.
   */
  private CsrMatrix sparseLongForm(SectorIndex index) {
    int n = index.size();
    int[] from = new int[1024];
    int[] to = new int[1024];
    double[] value = new double[1024];
    int count = 0;
    try (LongRows rows = new LongRows(index)) {
      while (rows.next()) {
        if (count == from.length) {
          int capacity = (int) Math.min(Integer.MAX_VALUE - 8L, count + (long) (count >> 1));
          if (capacity == count) {
            throw rows.error("more than " + count + " flows; Ripple's sparse arrays hold at most that many");
          }
          try {
            from = java.util.Arrays.copyOf(from, capacity);
            to = java.util.Arrays.copyOf(to, capacity);
            value = java.util.Arrays.copyOf(value, capacity);
          } catch (OutOfMemoryError e) {
            from = null;
            to = null;
            value = null;
            throw rows.error("not enough memory to hold " + count + " flows and more; give Java more heap "
                + "(java -Xmx<size> -jar ripple.jar ...)");
          }
        }
        if (rows.value < 0) {
          negativeFlow(rows.table, rows.row(), 2, rows.from, rows.to, index.at(rows.from).code(),
              index.at(rows.to).code());
        }
        from[count] = rows.from;
        to[count] = rows.to;
        value[count] = rows.value;
        count++;
      }
    }
    try {
      return CsrMatrix.fromTriplets(n, n, from, to, value, count);
    } catch (CsrMatrix.DuplicateEntryException e) {
      CsvTable.Row first = null;
      try (LongRows rows = new LongRows(index)) {
        for (int k = 0; rows.next(); k++) {
          if (k == e.first()) {
            first = rows.row();
          } else if (k == e.second()) {
            CsvTable.Row second = rows.row();
            throw rows.table.error(second, 0, "duplicate pair " + second.get(0) + " -> " + second.get(1)
                + " (also on line " + first.line() + ")");
          }
        }
      }
      throw new IllegalStateException(TRANSACTIONS_LONG + " changed while it was read", e);
    }
  }

  /**
   * The rows of {@code transactions-long.csv}, checked like every model file: the header {@code from,to,value}, known
   * sector codes without spaces around them, finite numbers. {@link #next} leaves the row's positions and value in
   * {@link #from}, {@link #to} and {@link #value}; what to do with a negative value or a repeated pair is the
   * caller's.
   */
  private final class LongRows implements AutoCloseable {
    final CsvStream stream;
    final CsvTable table;
    private final SectorIndex index;
    private final CodeTable codes;
    int from = -1;
    int to;
    double value;

    LongRows(SectorIndex index) {
      this.stream = source.streamCsv(TRANSACTIONS_LONG, longTransactionsMaxBytes, TRANSACTIONS_LONG + " files");
      this.table = stream.table();
      this.index = index;
      this.codes = CodeTable.of(index);
      try {
        requireHeader(table, List.of("from", "to", "value"));
      } catch (RuntimeException e) {
        stream.close();
        throw e;
      }
    }

    boolean next() {
      CsvStream s = stream;
      if (!s.next()) {
        return false;
      }
      int i = -1;
      if (s.inPlace(0)) {
        // rows usually come sorted by their first code: try the previous row's first
        i = codes.is(from, s.chars(), s.start(0), s.end(0)) ? from : codes.find(s.chars(), s.start(0), s.end(0));
      }
      int j = s.inPlace(1) ? codes.find(s.chars(), s.start(1), s.end(1)) : -1;
      if (i < 0 || j < 0) {
        CsvTable.Row row = s.row();
        String f = code(table, row, 0);
        String g = code(table, row, 1);
        i = known(table, row, 0, f, index, TRANSACTIONS_LONG);
        j = known(table, row, 1, g, index, TRANSACTIONS_LONG);
      }
      double v = s.inPlace(2) ? DecimalText.parse(s.chars(), s.start(2), s.end(2)) : Double.NaN;
      if (Double.isNaN(v)) {
        v = CsvTable.numberOrNaN(s.field(2));
        if (Double.isNaN(v)) {
          throw table.numberError(s.row(), 2);
        }
      }
      from = i;
      to = j;
      value = v;
      return true;
    }

    /** The current row, for messages. */
    CsvTable.Row row() {
      return stream.row();
    }

    InputException error(String message) {
      return new InputException(table.file(), stream.line(), 0, null, message, BAD);
    }

    @Override
    public void close() {
      stream.close();
    }
  }

  private double[] dense(SectorIndex index) {
    int n = index.size();
    double[] z = new double[n * n];
    denseCells(index, (i, j, v) -> z[i * n + j] = v);
    return z;
  }

  /** {@code transactions.csv} into CSR, with the same checks as {@link #dense}: no n x n array. */
  private CsrMatrix denseIntoCsr(SectorIndex index) {
    int n = index.size();
    Triplets z = new Triplets();
    denseCells(index, (i, j, v) -> {
      if (v != 0.0) {
        z.add(i, j, v);
      }
    });
    try {
      return z.toCsr(n, n);
    } catch (CsrMatrix.DuplicateEntryException e) {
      throw new InputException(source.describe(TRANSACTIONS), 1, 0, null, "a sector has two columns", BAD);
    }
  }

  @FunctionalInterface
  private interface CellSink {
    void cell(int from, int to, double value);
  }

  /** Reads and checks {@code transactions.csv}, handing every cell to {@code sink}. */
  private void denseCells(SectorIndex index, CellSink sink) {
    CsvTable t = csv(TRANSACTIONS);
    int n = index.size();
    List<String> header = t.header();
    if (!header.get(0).equals("code")) {
      throw t.error(t.headerRow(), 0, null, "the first column must be 'code', found '" + header.get(0) + "'");
    }
    int[] columnSector = new int[header.size()];
    boolean[] seenColumn = new boolean[n];
    for (int c = 1; c < header.size(); c++) {
      String code = header.get(c);
      int p = index.positionOf(code);
      if (p < 0) {
        throw t.error(t.headerRow(), c, null, "unknown sector code '" + code + "' (not in " + SECTORS + ")"
            + index.nearest(code).map(s -> "; did you mean '" + s + "'?").orElse(""));
      }
      columnSector[c] = p;
      seenColumn[p] = true;
    }
    for (int j = 0; j < n; j++) {
      if (!seenColumn[j]) {
        throw t.error(t.headerRow(), header.size() - 1, null, "no column for sector '" + index.at(j).code() + "'");
      }
    }
    CsvTable.Row[] rowOf = new CsvTable.Row[n];
    for (CsvTable.Row row : t.rows()) {
      String code = code(t, row, 0);
      int i = known(t, row, 0, code, index, TRANSACTIONS);
      if (rowOf[i] != null) {
        throw t.error(row, 0, "duplicate row for sector '" + code + "' (also on line " + rowOf[i].line() + ")");
      }
      rowOf[i] = row;
      for (int c = 1; c < row.size(); c++) {
        double v = t.number(row, c);
        int j = columnSector[c];
        if (v < 0) {
          negativeFlow(t, row, c, i, j, code, index.at(j).code());
        }
        sink.cell(i, j, v);
      }
    }
    for (int i = 0; i < n; i++) {
      if (rowOf[i] == null) {
        throw new InputException(t.file(), 0, 0, null, "no row for sector '" + index.at(i).code() + "'", BAD);
      }
    }
  }

  private double[] longForm(SectorIndex index) {
    int n = index.size();
    double[] z = new double[n * n];
    int[] seenOnLine = new int[n * n];
    try (LongRows rows = new LongRows(index)) {
      while (rows.next()) {
        int i = rows.from;
        int j = rows.to;
        if (seenOnLine[i * n + j] > 0) {
          throw rows.table.error(rows.row(), 0, "duplicate pair " + index.at(i).code() + " -> " + index.at(j).code()
              + " (also on line " + seenOnLine[i * n + j] + ")");
        }
        seenOnLine[i * n + j] = rows.stream.line();
        if (rows.value < 0) {
          negativeFlow(rows.table, rows.row(), 2, i, j, index.at(i).code(), index.at(j).code());
        }
        z[i * n + j] = rows.value;
      }
    }
    return z;
  }

  private void industry(SectorIndex index, Model.Builder b) {
    CsvTable t = csv(INDUSTRY);
    List<String> header = t.header();
    if (header.size() < 2 || !header.get(0).equals("code") || !header.get(1).equals("output")) {
      throw t.error(t.headerRow(), header.size() < 2 || header.get(0).equals("code") ? Math.min(1, header.size() - 1)
          : 0, null, "the header must start with code,output");
    }
    List<String> allowed = new ArrayList<>(List.of("code", "output"));
    allowed.addAll(INDUSTRY_OPTIONAL);
    for (int c = 2; c < header.size(); c++) {
      if (!INDUSTRY_OPTIONAL.contains(header.get(c))) {
        throw t.error(t.headerRow(), c, null, "unknown column '" + header.get(c) + "'"
            + CsvTable.didYouMean(header.get(c), allowed) + "; known columns: " + String.join(", ", allowed));
      }
    }
    int n = index.size();
    CsvTable.Row[] rowOf = new CsvTable.Row[n];
    for (CsvTable.Row row : t.rows()) {
      String code = code(t, row, 0);
      int i = known(t, row, 0, code, index, INDUSTRY);
      if (rowOf[i] != null) {
        throw t.error(row, 0, "duplicate row for sector '" + code + "' (also on line " + rowOf[i].line() + ")");
      }
      rowOf[i] = row;
    }
    for (int i = 0; i < n; i++) {
      if (rowOf[i] == null) {
        throw new InputException(t.file(), 0, 0, null, "no row for sector '" + index.at(i).code() + "'", BAD);
      }
    }
    double[] output = column(t, rowOf, 1, true);
    for (int i = 0; i < n; i++) {
      if (output[i] < 0) {
        throw t.error(rowOf[i], 1, "output of sector " + index.at(i).code() + " must not be negative, was "
            + rowOf[i].get(1).strip());
      }
      if (output[i] == 0) {
        warnings.add(location(t, rowOf[i], 1) + ": sector " + index.at(i).code()
            + " has zero output; its coefficients are zero");
      }
    }
    b.output(output);
    b.employment(optional(t, rowOf, "employment"));
    b.labourIncome(optional(t, rowOf, "labour_income"));
    b.valueAdded(optional(t, rowOf, "value_added"));
    b.taxes(optional(t, rowOf, "taxes"));
    b.imports(optional(t, rowOf, "imports"));
    b.finalDemand(optional(t, rowOf, "final_demand"));
    b.householdConsumption(optional(t, rowOf, "household_consumption"));
  }

  private static double[] optional(CsvTable t, CsvTable.Row[] rowOf, String name) {
    int c = t.columnIndex(name);
    return c < 0 ? null : column(t, rowOf, c, false);
  }

  /** A column in sector order; an entirely empty optional column is null (not available), a partly empty one fails. */
  private static double[] column(CsvTable t, CsvTable.Row[] rowOf, int c, boolean required) {
    CsvTable.Row firstEmpty = null;
    int filled = 0;
    for (CsvTable.Row row : rowOf) {
      if (row.get(c).isBlank()) {
        if (firstEmpty == null || row.line() < firstEmpty.line()) {
          firstEmpty = row;
        }
      } else {
        filled++;
      }
    }
    if (filled == 0 && !required) {
      return null;
    }
    if (firstEmpty != null) {
      throw t.error(firstEmpty, c, required ? "empty cell; every sector needs a value"
          : "empty cell; fill every cell of this column, or leave the whole column empty to mean not available");
    }
    double[] values = new double[rowOf.length];
    for (int i = 0; i < rowOf.length; i++) {
      values[i] = t.number(rowOf[i], c);
    }
    return values;
  }

  private static String location(CsvTable t, CsvTable.Row row, int c) {
    return t.file() + ":" + row.line() + ":" + row.column(c) + ": column \"" + t.header().get(c) + "\"";
  }

}
