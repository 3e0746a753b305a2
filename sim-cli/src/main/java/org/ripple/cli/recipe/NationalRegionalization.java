package org.ripple.cli.recipe;

import org.ripple.cli.command.RegionalizeCommand;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.io.CsvTable;
import org.ripple.cli.io.InputException;
import org.ripple.cli.io.StrictCsv;
import org.ripple.cli.model.LoadedModel;
import org.ripple.cli.model.ModelMetadata;
import org.ripple.cli.model.ModelWriter;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.ModelInfo;
import org.ripple.core.regionalisation.LocationQuotients.Method;
import org.ripple.core.regionalisation.LqRegionalisation;
import org.ripple.core.regionalisation.LqRegionalisation.Basis;
import org.ripple.core.linalg.Triplets;

/**
 * The general path of {@code ripple model regionalize --national MODEL --regional-employment FILE}: reads the
 * region's (and, when the national model has none, the nation's) employment or output by sector from
 * {@code code,employment} (or {@code code,output}) CSV files, regionalises with {@link LqRegionalisation}, and
 * describes every input and assumption in the model's metadata.
 */
public final class NationalRegionalization {
  private NationalRegionalization() {}

  /** One basis vector as read, with the line of each sector's row (for later complaints). */
  public record Vector(Path file, CsvTable table, double[] values, CsvTable.Row[] rows) {}

  /**
   * Reads {@code code,<column>}: every sector of the model exactly once, no other code, values finite and
   * non-negative. Errors name file:line:col (exit 4; 5 when the file cannot be read).
   */
  public static Vector read(Path file, String column, Model m) {
    CsvTable t = StrictCsv.read(file, ExitCodes.BAD_MODEL);
    int cc = t.requireColumn("code");
    int vc = t.requireColumn(column);
    if (t.header().size() != 2) {
      for (int k = 0; k < t.header().size(); k++) {
        if (k != cc && k != vc) {
          throw t.error(t.headerRow(), k, null, "unknown column '" + t.header().get(k) + "'; the file has two "
              + "columns, code," + column);
        }
      }
    }
    int n = m.size();
    double[] v = new double[n];
    CsvTable.Row[] rows = new CsvTable.Row[n];
    for (CsvTable.Row row : t.rows()) {
      String code = row.get(cc).strip();
      if (!m.sectors().contains(code)) {
        throw t.error(row, cc, "no sector '" + code + "' in model " + m.info().name()
            + m.sectors().nearest(code).map(x -> "; did you mean '" + x + "'?").orElse(""));
      }
      int i = m.sectors().positionOf(code);
      if (rows[i] != null) {
        throw t.error(row, cc, "sector " + code + " is listed twice (first on line " + rows[i].line() + ")");
      }
      double value = t.number(row, vc);
      if (value < 0) {
        throw t.error(row, vc, column + " must be non-negative, was " + fixed(value));
      }
      v[i] = value;
      rows[i] = row;
    }
    for (int i = 0; i < n; i++) {
      if (rows[i] == null) {
        throw t.error(t.headerRow(), cc, null, "sector " + m.sectors().at(i).code() + " of model " + m.info().name()
            + " is missing; list every sector (" + n + "), with 0 where there is none");
      }
    }
    return new Vector(file, t, v, rows);
  }

  /** Regional values above national ones are an error at the regional row. */
  public static void checkWithin(Vector regional, double[] national, String nationalWhat) {
    for (int i = 0; i < national.length; i++) {
      if (regional.values()[i] > national[i]) {
        throw regional.table().error(regional.rows()[i], 1, null, "regional value " + fixed(regional.values()[i])
            + " exceeds the national " + fixed(national[i]) + " (" + nationalWhat + ")");
      }
    }
    double s = 0;
    for (double v : regional.values()) {
      s += v;
    }
    if (!(s > 0)) {
      throw new InputException(regional.file().toString(), 0, 0, null, "every value is 0; the region needs some "
          + "employment (or output)", ExitCodes.BAD_MODEL);
    }
  }

  /** The regional model's metadata: what it was built from and every assumption, one line each. */
  public static ModelInfo info(LoadedModel national, String name, String region, Basis basis, Method method, double delta,
      boolean defaultDelta, double lambda, Path regionalFile, Path nationalFile, double regionalTotal,
      double nationalTotal, List<String> zeroNational, List<String> zeroedFlows) {
    Model m = national.model();
    ModelInfo ni = m.info();
    String what = method.key().toUpperCase(Locale.ROOT);
    boolean flq = method == Method.FLQ || method == Method.AFLQ;
    String methodText = what + (flq ? " (delta " + plain(delta) + (defaultDelta ? ", the default" : "")
        + ", lambda* " + fixed(lambda) + ")" : "");
    List<String> a = new ArrayList<>(ni.assumptions());
    String nationalSource = basis == Basis.OUTPUT ? "the national model's output"
        : nationalFile == null ? "the national model's employment" : nationalFile.getFileName().toString();
    a.add("Regionalised from the national model " + ni.name() + " (" + m.size() + " sectors) with " + methodText
        + ": r_ij = a_ij min(1, " + what + "_ij), a = national direct requirements (Miller & Blair 2009, 8.2; Flegg "
        + "& Tohmo 2013). Quotients from regional " + basis.key() + " (" + regionalFile.getFileName() + ", total "
        + fixed(regionalTotal) + ") against national " + basis.key() + " (" + nationalSource + ", total "
        + fixed(nationalTotal) + ").");
    a.add(basis == Basis.EMPLOYMENT
        ? "Regional output = national output per job x regional employment, x_r_j = x_j e_r_j / e_n_j: the region's "
            + "industries are assumed as productive as the nation's, with the same input mix before localisation."
        : "Regional output as given in " + regionalFile.getFileName() + "; the region's industries are assumed to "
            + "have the nation's input mix before localisation.");
    a.add("Regional flows Z_r = r diag(x_r); what the region no longer buys from itself (a_ij - r_ij) is imported.");
    StringBuilder sat = new StringBuilder("Satellites: ");
    if (basis == Basis.EMPLOYMENT) {
      sat.append("jobs = regional employment; ");
    } else if (m.has(Measure.JOBS)) {
      sat.append("jobs = national jobs per unit output x regional output; ");
    } else {
      sat.append("jobs not available (the national model has none); ");
    }
    sat.append("labour income and value added = national coefficients (per unit output) x regional output.");
    a.add(sat.toString());
    if (m.hasHouseholds()) {
      a.add("Households: the national household column is localised like a buyer with SLQ 1, c_r_i / H_r = (c_i / H) "
          + "min(1, LQ_ih) with LQ_ih = " + (flq ? "lambda* SLQ_i" : "SLQ_i") + "; regional household income H_r = "
          + "H x regional labour income / national labour income.");
    }
    if (!zeroedFlows.isEmpty()) {
      a.add("Negative national flows set to zero before regionalising (--zero-negative-flows): "
          + String.join(", ", zeroedFlows) + ".");
    }
    if (!zeroNational.isEmpty()) {
      a.add("Sectors with no national " + basis.key() + " get no regional output and supply nothing regionally: "
          + String.join(", ", zeroNational) + ".");
    }
    String jobs = basis == Basis.EMPLOYMENT
        ? (nationalFile == null ? ni.jobsDefinition() : "as in " + regionalFile.getFileName() + " and "
            + nationalFile.getFileName())
        : m.has(Measure.JOBS) ? ni.jobsDefinition() : "Not available: the national model has no employment";
    List<String> sources = new ArrayList<>(ni.sources());
    return new ModelInfo(name, ni.title() + ", regionalised to " + region + " with " + methodText, region,
        ni.year(), ni.currency(), ni.unit(), ni.unitFactor(), jobs, sources, a);
  }

  /** The national model's provenance plus the employment files as sources. */
  public static ModelWriter.Provenance provenance(LoadedModel national, Basis basis, Path regionalFile, Path nationalFile,
      boolean zeroedNegativeFlows) {
    List<ModelWriter.Source> sources = new ArrayList<>();
    for (ModelMetadata.Source s : national.metadata().sources()) {
      sources.add(new ModelWriter.Source(s.title(), s.publisher(), s.reference(), s.year() == null ? 0 : s.year(),
          s.unit(), s.licence()));
    }
    sources.add(new ModelWriter.Source("Regional " + basis.key() + " by sector", null,
        regionalFile.getFileName().toString(), 0, null, null));
    if (nationalFile != null) {
      sources.add(new ModelWriter.Source("National " + basis.key() + " by sector", null,
          nationalFile.getFileName().toString(), 0, null, null));
    }
    List<String> notes = List.of("Built by 'ripple model regionalize' from " + national.name() + "; its notes do not "
        + "carry over.");
    return new ModelWriter.Provenance(nonNull(national.licence()), nonNull(national.attribution()), sources, notes,
        zeroedNegativeFlows ? null : national.derivedNegativeFlowReason("regionalised from"));
  }

  /**
   * The national model with its negative flows set to zero; each one is added to {@code zeroed} as
   * {@code FROM -> TO (value)}. The model itself when it has none.
   */
  public static Model withoutNegativeFlows(Model m, List<String> zeroed) {
    List<int[]> negative = ModelWriter.negativeFlows(m);
    if (negative.isEmpty()) {
      return m;
    }
    for (int[] c : negative) {
      zeroed.add(m.sectors().at(c[0]).code() + " -> " + m.sectors().at(c[1]).code() + " ("
          + plain(m.flow(c[0], c[1])) + ")");
    }
    int n = m.size();
    Model.Builder b = Model.builder(m.info(), m.sectors()).output(m.outputCopy());
    if (m.isSparse()) {
      Triplets t = new Triplets();
      m.forEachFlow((i, j, v) -> {
        if (v > 0) {
          t.add(i, j, v);
        }
      });
      b.transactions(t.toCsr(n, n));
    } else {
      double[] z = m.transactionsCopy();
      for (int k = 0; k < z.length; k++) {
        z[k] = Math.max(0.0, z[k]);
      }
      b.transactions(z);
    }
    b.employment(m.levelsCopy(Measure.JOBS)).labourIncome(m.levelsCopy(Measure.LABOUR_INCOME))
        .valueAdded(m.levelsCopy(Measure.VALUE_ADDED)).taxes(m.taxesCopy()).imports(m.importsCopy())
        .finalDemand(m.finalDemandCopy());
    if (m.hasHouseholds()) {
      b.householdConsumption(m.householdConsumptionCopy()).householdIncome(m.householdIncome());
    }
    return b.build();
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  public static String plain(double v) {
    return ModelWriter.number(v);
  }

  public static String fixed(double v) {
    String s = RegionalizeCommand.fixed(v, 4);
    return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
  }
}
