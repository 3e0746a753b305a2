package org.ripple.cli.recipe;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.io.CsvTable;
import org.ripple.cli.io.InputException;
import org.ripple.cli.io.Numbers;
import org.ripple.cli.io.StrictCsv;
import org.ripple.cli.io.StrictReader;
import org.ripple.cli.io.TextFiles;
import org.ripple.cli.model.ModelMetadata;
import org.ripple.cli.model.UnitScale;
import org.ripple.cli.model.ModelWriter;
import org.ripple.cli.statcan.QgeRecipe;
import org.ripple.core.Model;
import org.ripple.core.ModelInfo;
import org.ripple.core.Sector;
import org.ripple.core.SectorIndex;
import org.ripple.core.supplyuse.SupplyUse;
import org.ripple.cli.io.RefusedKey;

/**
 * Builds a model from a recipe file. Errors are {@link InputException}s naming the recipe or the source file, with
 * exit code 4 (bad model data) or 5 (a file that cannot be read).
 */
public final class RecipeBuilder {
  public static final String MAKE_USE = "make-use";
  public static final String SYMMETRIC = "symmetric";

  private RecipeBuilder() {}

  /**
   * A built model and what its model.yaml says beyond the numbers.
   *
   * @param sources the files the recipe named and the build read (an output may not overwrite them)
   * @param companions files written beside the model files (name to bytes), such as the {@code concordance.csv}
   *     that keeps {@code naics:} working on a rebuilt quebec-2021
   */
  public record Built(Model model, ModelWriter.Provenance provenance, List<String> warnings, List<Path> sources,
      java.util.Map<String, byte[]> companions) {
    public Built {
      sources = List.copyOf(sources);
      companions = java.util.Map.copyOf(companions);
    }

    public Built(Model model, ModelWriter.Provenance provenance, List<String> warnings) {
      this(model, provenance, warnings, List.of(), java.util.Map.of());
    }

    /** This build with the files {@code ctx} resolved as its sources. */
    Built readFrom(Ctx ctx) {
      return new Built(model, provenance, warnings, List.copyOf(ctx.read), companions);
    }
  }

  /** Builds the model of a recipe file (the propensity of a qge-provincial recipe at its default). */
  public static Built build(Path recipeFile) {
    return build(recipeFile, null);
  }

  /**
   * Builds the model of a recipe file; {@code propensity} (null: none given) sets a qge-provincial recipe's propensity
   * to consume and is a usage error (exit 2) for the other kinds.
   */
  public static Built build(Path recipeFile, Double propensity) {
    byte[] bytes = TextFiles.readBytes(recipeFile, 1 << 20, "recipe files", null, ExitCodes.BAD_MODEL);
    Recipe r = StrictReader.read(recipeFile.toString(), bytes, Recipe.class, ExitCodes.BAD_MODEL);
    Ctx ctx = new Ctx(recipeFile, bytes, r);
    if (QgeRecipe.KIND.equals(r.kind())) {
      return QgeRecipe.build(r, ctx.dir, propensity, ctx::error);
    }
    if (propensity != null) {
      throw StrictReader.errorAt(recipeFile.toString(), bytes, "kind", "--propensity sets the propensity of a "
          + QgeRecipe.KIND + " recipe only; remove it for a " + r.kind() + " recipe",
          ExitCodes.USAGE);
    }
    ctx.require(r.licence(), "licence", "say under which licence the source data may be used");
    ctx.require(r.attribution(), "attribution", "give the attribution line the source requires");
    if (r.sources().isEmpty()) {
      throw ctx.error("sources", "list at least one source (title, publisher, reference, year, unit, licence)");
    }
    List<String> kinds = List.of(MAKE_USE, SYMMETRIC, QgeRecipe.KIND);
    return switch (r.kind()) {
      case MAKE_USE -> makeUse(ctx).readFrom(ctx);
      case SYMMETRIC -> SymmetricRecipe.build(ctx).readFrom(ctx);
      default -> throw ctx.error("kind", "unknown recipe kind '" + r.kind() + "'; kinds are "
          + String.join(", ", kinds) + CsvTable.didYouMean(r.kind(), kinds));
    };
  }

  /** A recipe being built: its file, bytes (for the places of errors), content and folder. */
  static final class Ctx {
    final Path file;
    final byte[] bytes;
    final Recipe r;
    final Path dir;
    /** Every file the recipe named, as resolved. */
    final List<Path> read = new java.util.ArrayList<>();

    Ctx(Path file, byte[] bytes, Recipe r) {
      this.file = file;
      this.bytes = bytes;
      this.r = r;
      Path parent = file.toAbsolutePath().getParent();
      this.dir = parent == null ? Path.of(".") : parent;
    }

    InputException error(String key, String message) {
      return StrictReader.errorAt(file.toString(), bytes, key, message, ExitCodes.BAD_MODEL);
    }

    void require(Object value, String key, String fix) {
      if (value == null || (value instanceof String s && s.isBlank())) {
        throw error(key, "required for a " + r.kind() + " recipe: " + fix);
      }
    }

    Path path(String rel) {
      Path p = dir.resolve(rel);
      read.add(p);
      return p;
    }
  }

  // ---------------------------------------------------------------------------------------------- make-use

  private static Built makeUse(Ctx ctx) {
    Recipe r = ctx.r;
    ctx.require(r.make(), "make", "name the make table (industries x commodities)");
    ctx.require(r.use(), "use", "name the use table (commodities x industries and final uses)");
    boolean longFormat;
    String format = r.format() == null ? "wide" : r.format();
    switch (format) {
      case "wide" -> longFormat = false;
      case "long" -> longFormat = true;
      default -> throw ctx.error("format", "must be 'wide' or 'long', was '" + format + "'");
    }
    SupplyUse.Technology tech = technology(ctx);
    LabelledMatrix make = read(ctx, r.make(), longFormat);
    LabelledMatrix use = read(ctx, r.use(), longFormat);
    LabelledMatrix imports = r.imports() == null ? null : read(ctx, r.imports(), longFormat);
    Set<String> ignore = new HashSet<>(r.ignore());
    Set<String> va = new LinkedHashSet<>(r.valueAdded());
    Set<String> li = new LinkedHashSet<>(r.labourIncome());
    Set<String> fd = new HashSet<>(r.finalDemand());

    List<String> industries = new ArrayList<>();
    for (String code : make.rows()) {
      if (!ignore.contains(code)) {
        industries.add(code);
      }
    }
    Set<String> industrySet = new HashSet<>(industries);
    LinkedHashSet<String> commodities = new LinkedHashSet<>();
    for (String code : make.columns()) {
      if (!ignore.contains(code)) {
        commodities.add(code);
      }
    }
    // A use row that is not a make column is a commodity no industry makes (e.g. noncomparable imports).
    for (String code : use.rows()) {
      if (!ignore.contains(code) && !va.contains(code) && !li.contains(code)) {
        commodities.add(code);
      }
    }
    for (String code : use.columns()) {
      if (!ignore.contains(code) && !industrySet.contains(code) && !fd.contains(code)) {
        throw new InputException(use.file(), 1, 0, null, "column '" + code + "' is neither an industry of the "
            + "make table nor listed in the recipe's final_demand or ignore" + CsvTable.didYouMean(code, industries),
            ExitCodes.BAD_MODEL);
      }
    }
    if (imports != null) {
      for (String code : imports.columns()) {
        if (!ignore.contains(code) && !industrySet.contains(code) && !fd.contains(code)) {
          throw new InputException(imports.file(), 1, 0, null, "column '" + code + "' is neither an industry of "
              + "the make table nor listed in the recipe's final_demand or ignore", ExitCodes.BAD_MODEL);
        }
      }
      for (String code : imports.rows()) {
        if (!ignore.contains(code) && !commodities.contains(code)) {
          throw imports.error(code, "row '" + code + "' is not a commodity of the make or use table; list it in "
              + "ignore if it is a total");
        }
      }
    }
    for (String code : va) {
      if (!use.hasRow(code)) {
        throw ctx.error("value_added", "the use table has no row '" + code + "'");
      }
    }
    for (String code : li) {
      if (!use.hasRow(code)) {
        throw ctx.error("labour_income", "the use table has no row '" + code + "'");
      }
    }
    if (r.householdColumn() != null && !use.hasColumn(r.householdColumn())) {
      throw ctx.error("household_column", "the use table has no column '" + r.householdColumn() + "'");
    }
    List<String> coms = new ArrayList<>(commodities);
    int n = industries.size();
    int m = coms.size();
    OptionalInt scrap = OptionalInt.empty();
    if (r.scrap() != null) {
      if (!coms.contains(r.scrap()) || !make.hasColumn(r.scrap())) {
        throw ctx.error("scrap", "the make table has no commodity column '" + r.scrap() + "'");
      }
      scrap = OptionalInt.of(coms.indexOf(r.scrap()));
    }
    double[] v = new double[n * m];
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < m; c++) {
        v[i * m + c] = make.get(industries.get(i), coms.get(c));
      }
    }
    double[] u = new double[m * n];
    for (int c = 0; c < m; c++) {
      for (int j = 0; j < n; j++) {
        double cell = use.get(coms.get(c), industries.get(j));
        if (imports != null) {
          cell -= imports.get(coms.get(c), industries.get(j));
        }
        u[c * n + j] = cell;
      }
    }
    SupplyUse.Symmetric s;
    try {
      s = tech == SupplyUse.Technology.INDUSTRY
          ? SupplyUse.industryByIndustry(n, m, v, u, scrap)
          : SupplyUse.commodityByCommodity(n, m, v, u, scrap);
    } catch (IllegalArgumentException e) {
      throw ctx.error("make", "cannot build the table: " + describeIndex(e.getMessage(), industries, coms));
    }
    List<String> codes = new ArrayList<>();
    if (tech == SupplyUse.Technology.INDUSTRY) {
      codes.addAll(industries);
    } else {
      for (int c = 0; c < m; c++) {
        if (scrap.isEmpty() || c != scrap.getAsInt()) {
          codes.add(coms.get(c));
        }
      }
    }
    Map<String, String> names = names(ctx);
    double[] valueAdded = va.isEmpty() ? null : s.industryTotalsToSectors(rowSums(use, va, industries));
    double[] labour = li.isEmpty() ? null : s.industryTotalsToSectors(rowSums(use, li, industries));
    double[] household = null;
    if (r.householdColumn() != null) {
      double[] c = new double[m];
      for (int k = 0; k < m; k++) {
        c[k] = use.get(coms.get(k), r.householdColumn())
            - (imports == null ? 0 : imports.get(coms.get(k), r.householdColumn()));
      }
      household = s.toSectors(c);
    }
    List<String> warnings = new ArrayList<>();
    if (s.negativeCoefficients() > 0) {
      // only printed when accept_negative_flows keeps them: otherwise assemble() refuses the table
      warnings.add(ctx.file + ": " + s.negativeCoefficients() + " negative transactions (" + (tech
          == SupplyUse.Technology.COMMODITY ? "commodity technology, or " : "") + "a negative use cell, or imports "
          + "above use), kept as accept_negative_flows says and listed under negative_flows in model.yaml");
    }
    Model model = assemble(ctx, codes, names, s.transactionsCopy(), s.outputCopy(), valueAdded, labour, household,
        null);
    return new Built(model, provenance(ctx.r), warnings);
  }

  private static String describeIndex(String message, List<String> industries, List<String> coms) {
    // core messages name positions; that is enough with the tables at hand, but name the codes when we can
    java.util.regex.Matcher mi = java.util.regex.Pattern.compile("industry (\\d+)").matcher(message);
    if (mi.find()) {
      int i = Integer.parseInt(mi.group(1));
      if (i < industries.size()) {
        return message.replace(mi.group(), "industry " + industries.get(i));
      }
    }
    java.util.regex.Matcher mc = java.util.regex.Pattern.compile("commodity (\\d+)").matcher(message);
    if (mc.find()) {
      int c = Integer.parseInt(mc.group(1));
      if (c < coms.size()) {
        return message.replace(mc.group(), "commodity " + coms.get(c));
      }
    }
    return message;
  }

  private static double[] rowSums(LabelledMatrix use, Set<String> rows, List<String> industries) {
    double[] out = new double[industries.size()];
    for (int j = 0; j < out.length; j++) {
      for (String row : rows) {
        out[j] += use.get(row, industries.get(j));
      }
    }
    return out;
  }

  private static SupplyUse.Technology technology(Ctx ctx) {
    String t = ctx.r.technology();
    if (t == null) {
      return SupplyUse.Technology.INDUSTRY;
    }
    for (SupplyUse.Technology k : SupplyUse.Technology.values()) {
      if (k.key().equals(t.toLowerCase(Locale.ROOT))) {
        return k;
      }
    }
    throw ctx.error("technology", "must be 'industry' (default) or 'commodity', was '" + t + "'");
  }

  private static LabelledMatrix read(Ctx ctx, String rel, boolean longFormat) {
    Path p = ctx.path(rel);
    return longFormat ? LabelledMatrix.longFormat(p, ctx.r.valueColumn()) : LabelledMatrix.wide(p);
  }

  private static Map<String, String> names(Ctx ctx) {
    Map<String, String> names = new HashMap<>();
    if (ctx.r.names() == null) {
      return names;
    }
    CsvTable t = StrictCsv.read(ctx.path(ctx.r.names()), ExitCodes.BAD_MODEL);
    if (t.header().size() < 2) {
      throw t.error(t.headerRow(), 0, null, "a names file needs two columns: code, name");
    }
    for (CsvTable.Row row : t.rows()) {
      names.putIfAbsent(row.get(0).strip(), row.get(1).strip());
    }
    return names;
  }

  // ---------------------------------------------------------------------------------------------- common

  /**
   * The model of a recipe from its table and satellites, refused with an error at the recipe key when an output is
   * negative, the numbers do not make a model, or a flow is negative without {@code accept_negative_flows}.
   */
  static Model assemble(Ctx ctx, List<String> codes, Map<String, String> names, double[] z, double[] x,
      double[] valueAdded, double[] labour, double[] household, double[] finalDemand) {
    Recipe r = ctx.r;
    List<Sector> sectors = new ArrayList<>();
    for (String code : codes) {
      sectors.add(new Sector(code, names.getOrDefault(code, code)));
    }
    for (int j = 0; j < x.length; j++) {
      if (!(x[j] >= 0)) {
        throw ctx.error("name", "sector " + codes.get(j) + " has negative output (" + x[j] + "); check the "
            + "source table");
      }
    }
    double unitFactor;
    try {
      unitFactor = UnitScale.factor(r.unit(), r.unitFactor());
    } catch (RefusedKey e) {
      throw ctx.error(e.place(), e.getMessage());
    }
    ModelInfo info = new ModelInfo(r.name(), r.title(), r.region(), r.year() == null ? 0 : r.year(), r.currency(),
        r.unit(), unitFactor, r.jobsDefinition(),
        r.sources().stream().map(ModelMetadata.Source::title).toList(), r.assumptions());
    Model.Builder b = Model.builder(info, SectorIndex.of(sectors)).transactions(z).output(x)
        .valueAdded(valueAdded).labourIncome(labour).householdConsumption(household).finalDemand(finalDemand);
    if (r.householdIncome() != null) {
      if (household == null) {
        throw ctx.error("household_income", "given, but the recipe has no household_column to close the model");
      }
      b.householdIncome(r.householdIncome());
    }
    Model model;
    try {
      model = b.build();
    } catch (IllegalArgumentException e) {
      throw ctx.error("name", "bad model data: " + e.getMessage());
    }
    List<int[]> negative = ModelWriter.negativeFlows(model);
    if (!negative.isEmpty() && (r.acceptNegativeFlows() == null || r.acceptNegativeFlows().isBlank())) {
      int[] c = negative.get(0);
      throw ctx.error("name", "the built table has " + negative.size() + " negative flow" + (negative.size() == 1
          ? "" : "s") + " (" + (negative.size() == 1 ? "" : "the first ") + "from " + codes.get(c[0]) + " to "
          + codes.get(c[1]) + ": " + Numbers.shortest(model.flow(c[0], c[1])) + "); flows must be zero or more: "
          + "check the source tables, or, if they publish negative cells, keep them with "
          + "accept_negative_flows: \"<why>\" in the recipe");
    }
    return model;
  }

  /** What model.yaml says beyond the numbers, from the recipe. */
  static ModelWriter.Provenance provenance(Recipe r) {
    List<ModelWriter.Source> sources = new ArrayList<>();
    for (ModelMetadata.Source s : r.sources()) {
      sources.add(new ModelWriter.Source(s.title(), s.publisher(), s.reference(), s.year() == null ? 0 : s.year(),
          s.unit(), s.licence()));
    }
    return new ModelWriter.Provenance(r.licence(), r.attribution(), sources, r.notes(),
        r.acceptNegativeFlows() == null ? null : r.acceptNegativeFlows().strip());
  }
}
