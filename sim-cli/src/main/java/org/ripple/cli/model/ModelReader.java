package org.ripple.cli.model;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.io.CsvTable;
import org.ripple.cli.io.InputException;
import org.ripple.cli.io.Numbers;
import org.ripple.cli.io.StrictCsv;
import org.ripple.cli.io.StrictMappers;
import org.ripple.cli.io.StrictReader;
import org.ripple.core.Model;
import org.ripple.core.ModelInfo;
import org.ripple.core.SectorIndex;
import org.ripple.core.Suggestions;
import org.ripple.core.validate.MemoryPreflight;
import org.ripple.cli.io.RefusedKey;

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
 *       imports, final_demand, household_consumption}. A column that is absent or entirely empty is not
 *       available (never zero); a partly empty column is an error.
 * </ul>
 *
 * Every number must be finite; output must be non-negative. A negative flow is an error naming its cell, unless
 * model.yaml accepts that cell under {@code negative_flows} with a reason (official tables carry a few), when it is a
 * warning ({@link NegativeFlows}); zero-output sectors are warnings. Errors are {@link InputException}s naming file,
 * line, column and column header: exit code 4 for bad data, 5 for missing or unreadable files. The transactions are
 * read by {@link TransactionsReader}, {@code industry.csv} by {@link IndustryReader}, the regions by
 * {@link RegionFiles}, {@code sectors.csv} by {@link SectorList}; this class reads model.yaml and puts the model
 * together. A folder's {@link #PACK} (when it has one, checked) stands in for the text of sectors.csv, industry.csv
 * and the transactions file.
 */
public final class ModelReader {
  public static final String MODEL_YAML = "model.yaml";
  public static final String SECTORS = "sectors.csv";
  public static final String TRANSACTIONS = "transactions.csv";
  public static final String TRANSACTIONS_LONG = "transactions-long.csv";
  public static final String INDUSTRY = "industry.csv";
  public static final String REGIONS = "regions.csv";
  public static final String HOUSEHOLDS = "households.csv";
  /** The model's NAICS concordance (optional), read by {@code Concordance}. */
  public static final String CONCORDANCE = "concordance.csv";
  /** Every file of a model folder Ripple reads (and the model commands write, but the concordance). */
  public static final List<String> FILES = List.of(MODEL_YAML, SECTORS, TRANSACTIONS, TRANSACTIONS_LONG, INDUSTRY,
      REGIONS, HOUSEHOLDS, CONCORDANCE);

  /**
   * The binary form of sectors.csv, industry.csv and the transactions, written by {@code ripple model pack}
   * ({@link ModelPack}).
   */
  public static final String PACK = ModelPack.FILE;

  /**
   * The folder, each of its {@link #FILES} and its {@link #PACK}: what an output of a command reading this folder may
   * not overwrite.
   */
  public static List<Path> filesOf(Path folder) {
    List<Path> files = new ArrayList<>();
    files.add(folder);
    FILES.forEach(name -> files.add(folder.resolve(name)));
    files.add(folder.resolve(PACK));
    return files;
  }
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

  private static final Pattern BUNDLED_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
  private static final int BAD = ExitCodes.BAD_MODEL;

  private final ModelSource source;
  private final List<String> warnings = new ArrayList<>();
  /** What sectors.csv and industry.csv say, from their text or the pack (what a pack written from them holds). */
  private SectorList sectors;
  private IndustryReader.Columns industry;

  private final long longTransactionsMaxBytes;
  /** The folder whose {@link #PACK} is used when present, or null to read the text only. */
  private final Path packFolder;
  private NegativeFlows negatives;
  private String transactionsFile;

  private ModelReader(ModelSource source, long longTransactionsMaxBytes, Path packFolder) {
    this.source = source;
    this.longTransactionsMaxBytes = longTransactionsMaxBytes;
    this.packFolder = packFolder;
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
    return new ModelReader(ModelSource.folder(folder), longTransactionsMaxBytes, folder).load(defaultName(folder));
  }

  private static String defaultName(Path folder) {
    return folder.getFileName() == null ? "model" : folder.getFileName().toString();
  }

  /**
   * Reads a model folder from its text, whatever pack it has, and writes its {@link #PACK} (atomically, replacing an
   * older one): {@code ripple model pack}. Returns the model read and the pack's path.
   */
  public static Packed pack(Path folder) {
    if (!Files.isDirectory(folder)) {
      read(folder); // the same refusal as reading
    }
    ModelReader reader = new ModelReader(ModelSource.folder(folder), LONG_TRANSACTIONS_MAX_BYTES, null);
    LoadedModel loaded = reader.load(defaultName(folder));
    Path pack = ModelPack.write(folder, loaded.model(), reader.transactionsFile, reader.negatives.cells(),
        reader.sectors, reader.industry);
    return new Packed(loaded, pack);
  }

  /** A model read from its text and the pack written from it. */
  public record Packed(LoadedModel model, Path pack) {}

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
    return new ModelReader(src, LONG_TRANSACTIONS_MAX_BYTES, null).load(name);
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
      throw missing(source.location(), MODEL_YAML);
    }
    byte[] yamlBytes = source.read(MODEL_YAML, StrictMappers.MAX_DOCUMENT_BYTES, "model.yaml files", BAD);
    String yamlName = source.describe(MODEL_YAML);
    ModelMetadata meta = StrictReader.read(yamlName, yamlBytes, ModelMetadata.class, BAD);
    ModelInfo info = info(meta, defaultName, yamlName, yamlBytes);

    ModelPack.Contents pack = packFolder != null && ModelPack.present(packFolder)
        ? ModelPack.read(packFolder, TransactionsReader.file(source)) : null;
    sectors = pack != null ? pack.sectors() : SectorList.parse(csv(SECTORS));
    SectorIndex index = index(sectors);
    int n = index.size();
    AcceptedFindings.check(meta, index, yamlName, yamlBytes);
    List<String> accepted = new ArrayList<>();
    negatives = new NegativeFlows(meta, index, yamlName, yamlBytes, warnings, accepted);
    if (!source.exists(TRANSACTIONS_LONG)) {
      // a dense table: refuse what cannot fit before any n x n array (the long format is read into CSR instead)
      MemoryPreflight.refusal(n).ifPresent(reason -> {
        throw new InputException(source.describe(SECTORS), 0, 0, null, reason, BAD);
      });
    }
    Model.Builder b = Model.builder(info, index);
    transactionsFile = new TransactionsReader(source, longTransactionsMaxBytes, negatives, this::csv,
        pack == null ? null : pack.flows()).read(index, sectors.regional(), b);
    negatives.warnUnused(yamlName);
    industry = pack != null ? pack.industry() : IndustryReader.parse(csv(INDUSTRY), index);
    IndustryReader.apply(industry, source.describe(INDUSTRY), index, b, warnings);
    if (meta.householdIncome() != null) {
      b.householdIncome(meta.householdIncome());
    }
    if (sectors.regional()) {
      b.regions(RegionFiles.read(source, index, sectors, this::csv));
    }
    try {
      Model model = b.build();
      if (meta.householdIncome() != null && !model.hasHouseholds()) {
        warnings.add(yamlName + ": household_income: not used: " + INDUSTRY
            + " has no household_consumption column");
      }
      assert model.size() == n;
      return new LoadedModel(model, source.location(), meta, warnings, negatives.accepted(), accepted);
    } catch (IllegalArgumentException e) {
      throw new InputException(source.describe(INDUSTRY), 0, 0, null, e.getMessage(), BAD);
    }
  }

  private ModelInfo info(ModelMetadata meta, String defaultName, String yamlName, byte[] yamlBytes) {
    if (meta.unitFactor() != null && !(meta.unitFactor() > 0)) {
      throw StrictReader.errorAt(yamlName, yamlBytes, "unit_factor",
          "must be a positive number, was " + Numbers.shortest(meta.unitFactor()), BAD);
    }
    double factor;
    try {
      factor = UnitScale.factor(meta.unit(), meta.unitFactor());
    } catch (RefusedKey e) {
      throw StrictReader.errorAt(yamlName, yamlBytes, e.place(), e.getMessage(), BAD);
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
    Double perWage = meta.labourIncomePerWage();
    if (perWage != null && !(perWage >= 1 && perWage <= 2)) {
      throw StrictReader.errorAt(yamlName, yamlBytes, "labour_income_per_wage", "must be between 1 and 2 (labour "
          + "income per unit of gross wages), was " + Numbers.shortest(perWage), BAD);
    }
    String name = meta.name() == null || meta.name().isBlank() ? defaultName : meta.name();
    return new ModelInfo(name, meta.title(), meta.region(), meta.year() == null ? 0 : meta.year(), meta.currency(),
        meta.unit(), factor, meta.jobsDefinition(), sources, meta.assumptions(), perWage == null ? 1.0 : perWage);
  }

  CsvTable csv(String file) {
    if (!source.exists(file)) {
      throw missing(source.location(), file);
    }
    return StrictCsv.defaults().parse(source.describe(file), source.readCsvBytes(file), BAD);
  }

  /** A model folder without {@code file} (or without any of the files it names): exit code 5, one line everywhere. */
  static InputException missing(String folder, String file) {
    return new InputException(folder, 0, 0, null, "model folder " + folder + " has no " + file, ExitCodes.IO);
  }

  /** The index of {@code sectors}; a repeated code (only a pack can hold one) is an error naming sectors.csv. */
  private SectorIndex index(SectorList sectors) {
    try {
      return sectors.index();
    } catch (IllegalArgumentException e) {
      throw new InputException(source.describe(SECTORS), 0, 0, null, e.getMessage(), BAD);
    }
  }
}
