package org.ripple.cli.command;

import org.ripple.cli.statcan.QgeCsv;
import org.ripple.cli.statcan.BundledQgeSource;
import org.ripple.cli.statcan.QgeSource;
import org.ripple.cli.statcan.Quebec2021;
import org.ripple.cli.recipe.NationalRegionalization;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.io.InputException;
import org.ripple.cli.io.TerminalText;
import org.ripple.cli.model.LoadedModel;
import org.ripple.cli.model.ModelChecks;
import org.ripple.cli.model.ModelOutput;
import org.ripple.cli.model.ModelReader;
import org.ripple.cli.model.ModelWriter;
import org.ripple.cli.model.Models;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.ModelInfo;
import org.ripple.core.provincial.ProvincialModelBuilder;
import org.ripple.core.regionalisation.LocationQuotients;
import org.ripple.core.regionalisation.LocationQuotients.Method;
import org.ripple.core.regionalisation.LqRegionalisation;
import org.ripple.core.regionalisation.MethodComparison;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ripple model regionalize}: location-quotient regionalisation of the Canada-wide (10 provinces) qge input mix
 * to a province with the province's and Canada's employment by sector, side by side with the trade-based regional
 * purchase coefficients of the quebec-2021 build ({@code --compare}), or written as a model folder ({@code --out}).
 *
 * <p>National coefficients {@code a_ij = s_ij (1 - gamma_j)} are those of {@link ProvincialModelBuilder}; the
 * trade-based regional coefficients are {@code RPC_i a_ij}; a location quotient gives {@code a_ij min(1, LQ_ij)}.
 *
 * <p>With {@code --national MODEL --regional-employment FILE --out DIR} it regionalises any national model instead
 * ({@link NationalRegionalization}, {@link LqRegionalisation}).
 */
@Command(name = "regionalize", mixinStandardHelpOptions = true,
    description = {"Regionalise the Canada-wide qge input mix to Quebec with location quotients (SLQ, CILQ, FLQ, "
        + "AFLQ) from employment, and compare them with the trade-based regional purchase coefficients.",
        "With --national MODEL --regional-employment FILE --out DIR: regionalise any national model to any region."})
public final class RegionalizeCommand implements Callable<Integer> {
  static final int GRID = 200;

  @Spec
  CommandSpec spec;

  @Option(names = "--source", paramLabel = "DIR",
      description = "A folder with other qge source files (default: the bundled ones, as in "
          + "models/quebec-2021/source).")
  Path source;

  @Option(names = "--method", paramLabel = "M", defaultValue = "flq",
      description = "slq, cilq, flq or aflq (default: ${DEFAULT-VALUE}); with --out.")
  String method;

  @Option(names = "--delta", paramLabel = "D",
      description = "FLQ/AFLQ delta in [0, 1) (default: the value calibrated against the trade-based coefficients; "
          + "0.3 with --national).")
  Double delta;

  @Option(names = "--compare", description = "Print every method side by side against the trade-based coefficients.")
  boolean compare;

  /** The folder to write the regionalised model (Quebec, or the --national one) into. */
  @CommandLine.Mixin
  OutputTarget target = new OutputTarget();

  @Option(names = "--national", paramLabel = "MODEL",
      description = "Any national model (bundled name or folder) to regionalise with --regional-employment.")
  String national;

  @Option(names = "--regional-employment", paramLabel = "FILE",
      description = "CSV code,employment (or code,output with --basis output): the region's sectors.")
  Path regionalEmployment;

  @Option(names = "--national-employment", paramLabel = "FILE",
      description = "CSV code,employment of the nation, required when the national model has no employment.")
  Path nationalEmployment;

  @Option(names = "--basis", paramLabel = "B", defaultValue = "employment",
      description = "employment or output: what the regional file gives (default: ${DEFAULT-VALUE}).")
  String basis;

  @Option(names = "--name", paramLabel = "NAME", description = "Name of the regional model (default: NATIONAL-METHOD).")
  String name;

  @Option(names = "--zero-negative-flows",
      description = "With --national: set the national model's negative flows (those its model.yaml accepts) to zero "
          + "before regionalising, and say so in the regional model.yaml.")
  boolean zeroNegativeFlows;

  @Option(names = "--region", paramLabel = "TEXT",
      description = "Name of the region (default: the regional file's name without .csv).")
  String region;

  /** The files this command reads that its output may not overwrite: the national model's, the employment files. */
  private List<Path> inputs() {
    List<Path> inputs = new ArrayList<>();
    if (national != null && Files.isDirectory(Path.of(national))) {
      inputs.addAll(ModelReader.filesOf(Path.of(national)));
    }
    if (regionalEmployment != null) {
      inputs.add(regionalEmployment);
    }
    if (nationalEmployment != null) {
      inputs.add(nationalEmployment);
    }
    return inputs;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    Path out = target.path();
    if (out != null) {
      ModelOutput.check(out, target.force(), inputs());
    }
    if (national != null || regionalEmployment != null) {
      return general(err, stdout, out);
    }
    if (!compare && out == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give --compare, -o/--output DIR, or both");
    }
    Method m = null;
    for (Method k : Method.values()) {
      if (k.key().equals(method.toLowerCase(Locale.ROOT))) {
        m = k;
      }
    }
    if (m == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--method must be slq, cilq, flq or aflq, was "
          + method);
    }
    if (delta != null && !(delta >= 0 && delta < 1)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--delta must be in [0, 1), was " + delta);
    }
    Setup s;
    try {
      s = BundledQgeSource.read(source, Setup::read);
    } catch (IllegalArgumentException e) {
      throw new InputException(source == null ? "the bundled qge files" : source.toString(), 0, 0, null, "bad model data: " + e.getMessage(), ExitCodes.BAD_MODEL);
    } catch (IOException e) {
      throw new InputException(null, 0, 0, null, "cannot read " + ModelOutput.describe(e), ExitCodes.IO);
    }
    double[] cal = MethodComparison.calibrateFlqDelta(s.nationalA, s.regional, s.national, s.trade, GRID);
    double d = delta == null ? cal[0] : delta;
    if (compare) {
      stdout.print(report(s, cal, d));
    }
    if (out != null) {
      ModelOutput.write(s.model(m, d), s.built.provenance(), out, target.force(), inputs(), stdout);
    }
    stdout.flush();
    return ExitCodes.OK;
  }

  /** Default FLQ/AFLQ delta of the general path: the value usually cited (Flegg &amp; Tohmo 2013). */
  static final double DEFAULT_DELTA = 0.3;

  /** {@code --national MODEL --regional-employment FILE}: any national model and any region. */
  private int general(PrintWriter err, PrintWriter stdout, Path out) {
    String usage = null;
    var parsed = spec.commandLine().getParseResult();
    if (national == null || regionalEmployment == null) {
      usage = "--national MODEL and --regional-employment FILE go together";
    } else if (out == null) {
      usage = "-o/--output DIR is required with --national";
    } else if (compare || parsed.hasMatchedOption("--source")) {
      usage = "--compare and --source need the Quebec qge trade data; they do not go with --national";
    }
    Method m = null;
    for (Method k : Method.values()) {
      if (k.key().equals(method.toLowerCase(Locale.ROOT))) {
        m = k;
      }
    }
    LqRegionalisation.Basis b = null;
    for (LqRegionalisation.Basis k : LqRegionalisation.Basis.values()) {
      if (k.key().equals(basis.toLowerCase(Locale.ROOT))) {
        b = k;
      }
    }
    if (usage == null && m == null) {
      usage = "--method must be slq, cilq, flq or aflq, was " + method;
    } else if (usage == null && b == null) {
      usage = "--basis must be employment or output, was " + basis;
    } else if (usage == null && delta != null && !(delta >= 0 && delta < 1)) {
      usage = "--delta must be in [0, 1), was " + delta;
    } else if (usage == null && delta != null && m != Method.FLQ && m != Method.AFLQ) {
      usage = "--delta is used by flq and aflq only, not " + m.key();
    } else if (usage == null && b == LqRegionalisation.Basis.OUTPUT && nationalEmployment != null) {
      usage = "--national-employment does not go with --basis output (the national output is the model's)";
    }
    if (usage != null) {
      throw new CommandLine.ParameterException(spec.commandLine(), usage);
    }
    double d = delta == null ? DEFAULT_DELTA : delta;
    Model result;
    ModelWriter.Provenance provenance;
    List<String> zero = new ArrayList<>();
    try {
      LoadedModel loaded = Models.fromCommandLine(national);
      Model nm = loaded.model();
      List<String> zeroed = new ArrayList<>();
      if (zeroNegativeFlows) {
        nm = NationalRegionalization.withoutNegativeFlows(nm, zeroed);
      }
      if (nm.hasRegions()) {
        throw new InputException(loaded.location(), 0, 0, null, "model " + nm.info().name() + " is multi-regional; "
            + "give a national (single-region) model", ExitCodes.BAD_MODEL);
      }
      double[] nat;
      String natWhat;
      if (b == LqRegionalisation.Basis.OUTPUT) {
        nat = nm.outputCopy();
        natWhat = "output of " + nm.info().name();
      } else if (nationalEmployment != null) {
        nat = NationalRegionalization.read(nationalEmployment, "employment", nm).values();
        natWhat = nationalEmployment.toString();
      } else if (nm.has(Measure.JOBS)) {
        nat = nm.levelsCopy(Measure.JOBS);
        natWhat = "employment of " + nm.info().name();
      } else {
        throw new InputException(null, 0, 0, null, "model " + nm.info().name() + " has no employment data; give "
            + "the nation's employment with --national-employment FILE (code,employment)", ExitCodes.USAGE);
      }
      NationalRegionalization.Vector reg = NationalRegionalization.read(regionalEmployment, b.key(), nm);
      NationalRegionalization.checkWithin(reg, nat, natWhat);
      for (int i = 0; i < nm.size(); i++) {
        if (nat[i] == 0 && nm.output(i) > 0) {
          zero.add(nm.sectors().at(i).code());
        }
      }
      double lambda = m == Method.FLQ || m == Method.AFLQ
          ? LocationQuotients.lambdaStar(sum(reg.values()), sum(nat), d) : 1;
      String fileName = regionalEmployment.getFileName().toString();
      String regionName = region != null ? region
          : fileName.toLowerCase(Locale.ROOT).endsWith(".csv") ? fileName.substring(0, fileName.length() - 4)
          : fileName;
      ModelInfo info = NationalRegionalization.info(loaded, name != null ? name : nm.info().name() + "-" + m.key(),
          regionName, b, m, d, delta == null, lambda, regionalEmployment,
          nationalEmployment, sum(reg.values()), sum(nat), zero, zeroed);
      result = LqRegionalisation.regionalise(nm, reg.values(), nat, b, m, d, info).model();
      ModelChecks.requireUsableDerived(loaded, result, "rerun with --zero-negative-flows to set them to zero");
      provenance = NationalRegionalization.provenance(loaded, b, regionalEmployment, nationalEmployment,
          zeroNegativeFlows);
    } catch (IllegalArgumentException e) {
      throw new InputException(national, 0, 0, null, "bad model data: " + e.getMessage(), ExitCodes.BAD_MODEL);
    }
    ModelOutput.write(result, provenance, out, target.force(), inputs(), stdout);
    if (!zero.isEmpty()) {
      err.println(TerminalText.escape("ripple: warning: no national " + b.key() + " in " + String.join(", ", zero)
          + ": these sectors get no regional output"));
    }
    stdout.flush();
    return ExitCodes.OK;
  }

  /** The comparison table, plain text, fixed decimals (same bytes in any locale). */
  static String report(Setup s, double[] cal, double d) {
    int n = s.n;
    int t = s.built.model().sectors().positionOf(Quebec2021.TRANSPORT);
    double[] tradeMult = MethodComparison.outputMultipliers(s.trade, n);
    StringBuilder sb = new StringBuilder();
    sb.append("Location quotients vs trade-based regional purchase coefficients, Quebec 2021, 23 sectors\n");
    sb.append("employment: Quebec ").append(fixed(sum(s.regional), 0)).append(" of Canada (10 provinces) ")
        .append(fixed(sum(s.national), 0)).append(" persons; FLQ delta calibrated on a grid of ").append(GRID)
        .append(": ").append(fixed(cal[0], 3)).append("\n\n");
    sb.append(String.format(Locale.ROOT, "%-22s %12s %14s %14s %14s%n", "method", "deviation", "mean output I",
        "max abs diff", "TRANSPORT I"));
    sb.append(String.format(Locale.ROOT, "%-22s %12s %14s %14s %14s%n", "trade-based RPC", "0", fixed(mean(tradeMult),
        4), "0", fixed(tradeMult[t], 4)));
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"national (no LQ)", null});
    for (Method m : Method.values()) {
      rows.add(new String[] {m.key().toUpperCase(Locale.ROOT) + (m == Method.FLQ || m == Method.AFLQ
          ? " (delta " + fixed(d, 3) + ")" : ""), m.name()});
    }
    if (d != 0.3) {
      rows.add(new String[] {"FLQ (delta 0.300)", "FLQ0.3"});
    }
    for (String[] row : rows) {
      double[] r;
      if (row[1] == null) {
        r = s.nationalA;
      } else if (row[1].equals("FLQ0.3")) {
        r = LocationQuotients.regionalCoefficients(s.nationalA, Method.FLQ, s.regional, s.national, 0.3);
      } else {
        r = LocationQuotients.regionalCoefficients(s.nationalA, Method.valueOf(row[1]), s.regional, s.national, d);
      }
      double[] mult = MethodComparison.outputMultipliers(r, n);
      double maxDiff = 0;
      for (int j = 0; j < n; j++) {
        maxDiff = Math.max(maxDiff, Math.abs(mult[j] - tradeMult[j]));
      }
      sb.append(String.format(Locale.ROOT, "%-22s %12s %14s %14s %14s%n", row[0],
          fixed(MethodComparison.relativeDeviation(r, s.trade), 4), fixed(mean(mult), 4), fixed(maxDiff, 4),
          fixed(mult[t], 4)));
    }
    sb.append("\ndeviation = sum |r_ij - t_ij| / sum t_ij against the trade-based coefficients t; output multipliers "
        + "are Type I column sums of (I - r)^-1 (by solves).\n");
    return sb.toString();
  }

  /** The qge inputs of Quebec, Canada's employment (sum of the 10 provinces) and the coefficient sets. */
  static final class Setup {
    Quebec2021.Built built;
    ProvincialModelBuilder.Inputs in;
    int n;
    double[] regional;
    double[] national;
    double[] nationalA;
    double[] trade;
    double[] rpc;

    static Setup read(Path source) throws IOException {
      Setup s = new Setup();
      s.in = Quebec2021.inputs(source, null);
      s.built = Quebec2021.build(s.in, QgeSource.derived(source, Quebec2021.REGION, Quebec2021.YEAR));
      s.n = s.in.sectors().size();
      s.regional = s.in.employment();
      s.national = new double[s.n];
      for (String province : provinces(source)) {
        double[] e = QgeSource.read(source, province, Quebec2021.YEAR, null).employment();
        for (int i = 0; i < s.n; i++) {
          s.national[i] += e[i];
        }
      }
      double[] shares = s.in.inputShares();
      double[] gamma = s.in.gamma();
      s.rpc = ProvincialModelBuilder.regionalPurchaseCoefficients(s.in);
      s.nationalA = new double[s.n * s.n];
      s.trade = new double[s.n * s.n];
      for (int i = 0; i < s.n; i++) {
        for (int j = 0; j < s.n; j++) {
          s.nationalA[i * s.n + j] = shares[i * s.n + j] * (1 - gamma[j]);
          s.trade[i * s.n + j] = s.rpc[i] * s.nationalA[i * s.n + j];
        }
      }
      return s;
    }

    /** The Quebec model with LQ coefficients; households buy min(1, SLQ_i) of their consumption mix in Quebec. */
    Model model(Method m, double d) {
      Model base = built.model();
      double[] r = LocationQuotients.regionalCoefficients(nationalA, m, regional, national, d);
      double[] slq = LocationQuotients.slq(regional, national);
      double[] x = base.outputCopy();
      double[] z = new double[n * n];
      double[] c = new double[n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          z[i * n + j] = r[i * n + j] * x[j];
        }
        c[i] = base.householdConsumption(i) / rpc[i] * Math.min(1, slq[i]);
      }
      ModelInfo bi = base.info();
      List<String> assumptions = new ArrayList<>(bi.assumptions());
      assumptions.add("Regional trade replaced by location quotients: A[i][j] = a[i][j] min(1, " + m.key()
          .toUpperCase(Locale.ROOT) + "[i][j])" + (m == Method.FLQ || m == Method.AFLQ ? " with delta " + fixed(d, 3)
          : "") + ", from Quebec and Canada (10 provinces) employment 2021; households buy min(1, SLQ[i]) of their "
          + "consumption of i in Quebec. The RPC statements above describe the trade-based model this one replaces.");
      ModelInfo info = new ModelInfo(Quebec2021.NAME + "-" + m.key(), bi.title() + ", " + m.key().toUpperCase(
          Locale.ROOT) + " regionalisation", bi.region(), bi.year(), bi.currency(), bi.unit(), bi.unitFactor(),
          bi.jobsDefinition(), bi.sources(), assumptions);
      return Model.builder(info, base.sectors()).transactions(z).output(x)
          .employment(base.levelsCopy(Measure.JOBS)).labourIncome(base.levelsCopy(Measure.LABOUR_INCOME))
          .valueAdded(base.levelsCopy(Measure.VALUE_ADDED)).householdConsumption(c)
          .householdIncome(base.householdIncome()).build();
    }

    private static Set<String> provinces(Path source) throws IOException {
      QgeCsv.Table t = QgeCsv.read(source.resolve(QgeSource.EMPLOYMENT));
      int col = t.column("region");
      Set<String> out = new LinkedHashSet<>();
      for (QgeCsv.Row row : t.rows()) {
        out.add(row.get(col));
      }
      return out;
    }
  }

  private static double sum(double[] a) {
    double s = 0;
    for (double v : a) {
      s += v;
    }
    return s;
  }

  private static double mean(double[] a) {
    return sum(a) / a.length;
  }

  public static String fixed(double v, int scale) {
    return new BigDecimal(v).setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
  }
}
