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
 * J P k of direct labour income instead of the sector's J w/e, and its households spend the difference, which adds
 * {@code J (w/e - P k / 1000)} thousand CAD of household income times the Type II jobs of a unit of household
 * income, {@code sum_i (c_i / H) x jobs per unit of final demand_i}.
 */
final class TransportClosedForm {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static TransportClosedForm instance;

  final JsonNode transport;
  final double aKK;
  final double householdJobs;
  final double incomePerJob;
  final double payFactor;

  private TransportClosedForm(JsonNode transport, double aKK, double householdJobs, double incomePerJob,
      double payFactor) {
    this.transport = transport;
    this.aKK = aKK;
    this.householdJobs = householdJobs;
    this.incomePerJob = incomePerJob;
    this.payFactor = payFactor;
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
    return Double.isNaN(pay) ? t : t + jobs * (incomePerJob - pay * payFactor / 1000) * householdJobs;
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
    double factor = 1;
    for (String line : Files.readAllLines(model.resolve("model.yaml"))) {
      if (line.startsWith("household_income: ")) {
        h = Double.parseDouble(line.substring(18));
      }
      if (line.startsWith("labour_income_per_wage: ")) {
        factor = Double.parseDouble(line.substring(24));
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
    return new TransportClosedForm(transport, aKK, householdJobs, incomePerJob, factor);
  }
}
