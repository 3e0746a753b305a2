package org.ripple.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Closed forms for shocks in TRANSPORT of the bundled quebec-2021, from its files and its multiplier table only: the
 * Type II jobs multiplier, a_kk, and what a closure's stated pay changes. A closure of J jobs at annual pay P pays
 * J P k(P) of direct labour income instead of the sector's J w/e, and its households spend the difference, which adds
 * {@code J (w/e - P k(P) / 1000)} thousand CAD of household income times the Type II jobs of a unit of household
 * income, {@code sum_i (c_i / H) x jobs per unit of final demand_i}. k(P) is {@link #employerFactor}, written out
 * here from the 2025 rates.
 */
final class TransportClosedForm {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static TransportClosedForm instance;

  final JsonNode transport;
  final double aKK;
  final double householdJobs;
  final double incomePerJob;

  private TransportClosedForm(JsonNode transport, double aKK, double householdJobs, double incomePerJob) {
    this.transport = transport;
    this.aKK = aKK;
    this.householdJobs = householdJobs;
    this.incomePerJob = incomePerJob;
  }

  /**
   * Labour income per unit of pay of a Quebec job at annual pay P CAD of 2021, by hand: P carried to CAD of 2025 by
   * the CPI (164.2 / 141.6), then 1 + the employer's EI (1.4 x 1.31 % up to 65,700), QPP (6.4 % from 3,500 to
   * 71,300 and 4 % to 81,200) and QPIP (0.692 % up to 98,000) over that pay.
   */
  static double employerFactor(double pay2021) {
    double p = pay2021 * 164.2 / 141.6;
    double ei = 1.4 * 0.0131 * Math.min(p, 65_700);
    double qpp = 0.064 * Math.max(0, Math.min(p, 71_300) - 3_500) + 0.04 * Math.max(0, Math.min(p, 81_200) - 71_300);
    double qpip = 0.00692 * Math.min(p, 98_000);
    return 1 + (ei + qpp + qpip) / p;
  }

  static synchronized TransportClosedForm get() {
    if (instance == null) {
      try {
        instance = load();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  /** The Type II jobs multiplier (total over direct) of TRANSPORT. */
  double ratio() {
    return transport.get("jobs_multiplier_II").asDouble();
  }

  /** Total jobs of a closure of {@code jobs} jobs in TRANSPORT at annual pay {@code pay} CAD (NaN: the average). */
  double closure(double jobs, double pay) {
    double t = -jobs * ratio();
    return Double.isNaN(pay) ? t : t + jobs * (incomePerJob - pay * employerFactor(pay) / 1000) * householdJobs;
  }

  private static TransportClosedForm load() throws IOException {
    Cli.Result r = Cli.run("multipliers", "--format", "json");
    if (r.exit() != 0) {
      throw new IllegalStateException(r.err());
    }
    JsonNode all = JSON.readTree(r.out()).get("sectors");
    JsonNode transport = null;
    for (JsonNode s : all) {
      if (s.get("code").asText().equals("TRANSPORT")) {
        transport = s;
      }
    }
    Path model = Cli.root().resolve("models/quebec-2021");
    List<String> sectors = Files.readAllLines(model.resolve("sectors.csv"));
    int k = -1;
    for (int i = 1; i < sectors.size(); i++) {
      if (sectors.get(i).startsWith("TRANSPORT,")) {
        k = i - 1;
      }
    }
    String[] zRow = Files.readAllLines(model.resolve("transactions.csv")).get(k + 1).split(",");
    List<String> industry = Files.readAllLines(model.resolve("industry.csv"));
    // columns: code,output,employment,labour_income,value_added,household_consumption
    String[] row = industry.get(k + 1).split(",");
    double aKK = Double.parseDouble(zRow[k + 1]) / Double.parseDouble(row[1]);
    double incomePerJob = Double.parseDouble(row[3]) / Double.parseDouble(row[2]);
    double h = 0;
    for (String line : Files.readAllLines(model.resolve("model.yaml"))) {
      if (line.startsWith("household_income: ")) {
        h = Double.parseDouble(line.substring(18));
      }
    }
    double householdJobs = 0;
    for (int i = 1; i < industry.size(); i++) {
      String[] f = industry.get(i).split(",");
      if (!all.get(i - 1).get("code").asText().equals(f[0])) {
        throw new IllegalStateException("multiplier rows out of the model's order");
      }
      householdJobs += Double.parseDouble(f[5]) / h * all.get(i - 1).get("jobs_effect_II").asDouble() / 1000;
    }
    return new TransportClosedForm(transport, aKK, householdJobs, incomePerJob);
  }
}
