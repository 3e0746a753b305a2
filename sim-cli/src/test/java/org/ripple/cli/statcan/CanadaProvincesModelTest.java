package org.ripple.cli.statcan;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.model.ModelReader;
import org.ripple.cli.model.ModelWriter;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.RegionalModels;
import org.ripple.core.impact.Impact;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.impact.ModelType;
import org.ripple.core.impact.Multipliers;
import org.ripple.core.impact.PerRegionClosure;
import org.ripple.core.impact.RegionalMultipliers;
import org.ripple.core.linalg.SolverKind;
import org.ripple.core.provincial.DisposableIncome;
import org.ripple.core.provincial.MultiRegionalModelBuilder;
import org.ripple.core.scenario.Closure;
import org.ripple.core.scenario.ImpactEngine;
import org.ripple.core.scenario.Scenario;
import org.ripple.core.scenario.ScenarioResult;
import org.ripple.core.scenario.SubcontractorLoss;
import org.ripple.core.scenario.SubcontractorMode;

/**
 * The bundled {@code canada-provinces-2021} model: rebuilt byte for byte from its source files, read back equal to
 * what the builder makes, and consistent with {@code quebec-2021} (its Quebec block alone is quebec-2021, and a
 * Quebec closure costs at least as much in all provinces as in Quebec alone).
 */
class CanadaProvincesModelTest {
  static final List<String> FILES = List.of(ModelWriter.MODEL_YAML, ModelWriter.SECTORS_CSV,
      ModelWriter.TRANSACTIONS_CSV, ModelWriter.INDUSTRY_CSV, ModelWriter.REGIONS_CSV, ModelWriter.HOUSEHOLDS_CSV);

  private static Model built;
  private static Model quebec;

  @TempDir
  Path tmp;

  static Path folder() {
    return ProjectRoot.get().resolve("models").resolve(CanadaProvinces2021.NAME);
  }

  @BeforeAll
  static void build() throws IOException {
    built = CanadaProvinces2021.build(folder().resolve("source"), null).model();
    quebec = Quebec2021.build(ProjectRoot.source(), null).model();
  }

  /**
   * Every province's workers are taxed by their own province's rules: its own 2025 schedule is in the parameter file,
   * CPP and the EI rate outside Quebec apply outside Quebec (no QPIP, no abatement), and the province's propensity is
   * the disposable-income arithmetic of its average SEPH wage in CAD of 2025 with those rules. Ontario's average wage
   * by hand: federal tax without the abatement plus Ontario's brackets less its basic credit, CPP at 5.95 % above
   * the 3,500 CAD exemption and EI at 1.64 %.
   */
  @Test
  void everyProvinceUsesItsOwnTaxRules() throws IOException {
    MultiRegionalModelBuilder.Inputs in = CanadaProvinces2021.inputs(folder().resolve("source"), null);
    for (int p = 0; p < CanadaProvinces2021.PROVINCES.size(); p++) {
      String name = CanadaProvinces2021.PROVINCES.get(p).name();
      QgeSource.Derived d = QgeSource.derived(folder().resolve("source"), name, CanadaProvinces2021.YEAR);
      assertThat(d.rules().provincialScheduleIsOwn()).as(name).isTrue();
      assertThat(d.rules().province()).isEqualTo(name);
      assertThat(in.provinces().get(p).propensity()).as(name).isEqualTo(d.disposable().propensity());
      if (!name.equals(Quebec2021.REGION)) {
        assertThat(d.rules().qpipEmployee(50_000)).as(name).isZero();
        assertThat(d.rules().hsfEmployer(50_000)).as(name).isZero();
      }
    }
    QgeSource.Derived on = QgeSource.derived(folder().resolve("source"), "Ontario", CanadaProvinces2021.YEAR);
    double y = on.disposable().wage();
    assertThat(y).isBetween(57_375.0, 71_300.0); // inside the federal second bracket, below the CPP ceiling
    double federal = 0.145 * 57_375 + 0.205 * (y - 57_375) - 0.145 * 16_129;
    double ontario = 0.0505 * Math.min(y, 52_886) + 0.0915 * Math.max(0, y - 52_886) - 0.0505 * 12_747;
    assertThat(on.disposable().incomeTax()).isCloseTo(federal + ontario, within(1e-6));
    assertThat(on.disposable().contributions()).isCloseTo(0.0595 * (y - 3_500) + 0.0164 * Math.min(y, 65_700),
        within(1e-6));
  }

  /**
   * Every province saves at its own 2023 rate (Statistics Canada, Table 36-10-0224-01, the published percentages), and
   * its propensity is that province's disposable share times 1 - s over k; a negative rate (Nova Scotia) raises p
   * above the disposable share over k.
   */
  @Test
  void everyProvinceSavesAtItsOwnPublishedRate() throws IOException {
    double[] published = {0.1, 2.8, -3.7, -1.6, 7.8, 1.7, 1.1, 7.4, 8.8, 0.6}; // percent, NL to BC
    for (int p = 0; p < CanadaProvinces2021.PROVINCES.size(); p++) {
      String name = CanadaProvinces2021.PROVINCES.get(p).name();
      QgeSource.Derived d = QgeSource.derived(folder().resolve("source"), name, CanadaProvinces2021.YEAR);
      assertThat(d.saving()).as(name).isCloseTo(published[p] / 100, within(1e-12));
      DisposableIncome di = d.disposable();
      double byHand = (1 - (di.incomeTax() + di.contributions()) / di.wage()) * (1 - published[p] / 100)
          / d.payFactor();
      assertThat(di.propensity()).as(name).isCloseTo(byHand, within(1e-12));
    }
    QgeSource.Derived ns = QgeSource.derived(folder().resolve("source"), "Nova Scotia", CanadaProvinces2021.YEAR);
    assertThat(ns.disposable().propensity()).isGreaterThan(ns.disposable().disposableShare() / ns.payFactor());
  }

  /**
   * g at basic prices for every province: Quebec's g = 119,590 / (119,590 + 252,991 x (1 - 0.1229)) = 0.3502, and
   * another province's by Quebec's split of the three collective sectors, g x (their share of the province's alpha) /
   * (their share of Quebec's): British Columbia 0.3502 x 0.3374 / 0.4121 = 0.2867 (shares summed by hand from the
   * source file), Nova Scotia 0.3502 x 0.4396 / 0.4121 = 0.3736; every g stays below the three sectors' share.
   */
  @Test
  void everyProvinceKeepsQuebecsSplitOfTheCollectiveSectors() throws IOException {
    Path source = folder().resolve("source");
    assertThat(QgeSource.derived(source, "Quebec", CanadaProvinces2021.YEAR).collectiveShare())
        .isCloseTo(0.3502, within(5e-5));
    assertThat(QgeSource.derived(source, "British Columbia", CanadaProvinces2021.YEAR).collectiveShare())
        .isCloseTo(0.2867, within(5e-4));
    assertThat(QgeSource.derived(source, "Nova Scotia", CanadaProvinces2021.YEAR).collectiveShare())
        .isCloseTo(0.3736, within(5e-4));
    for (int p = 0; p < CanadaProvinces2021.PROVINCES.size(); p++) {
      String name = CanadaProvinces2021.PROVINCES.get(p).name();
      QgeSource.Derived d = QgeSource.derived(source, name, CanadaProvinces2021.YEAR);
      assertThat(d.productTaxShare()).as(name).isCloseTo(0.1229, within(5e-5));
      assertThat(d.collectiveShare()).as(name).isBetween(0.28, 0.38);
    }
  }

  @Test
  void rebuildFromTheRecipeEqualsTheCommittedFilesByteForByte() throws IOException {
    Path out = tmp.resolve("canada");
    assertBuildsTheCommittedFiles(out, "model", "build", folder().resolve("recipe.yaml").toString(), "--out",
        out.toString());
  }

  @Test
  void theBuildProvincesSpellingBuildsTheSameFilesAndPrintsTheSame() throws IOException {
    Path out = tmp.resolve("canada");
    assertBuildsTheCommittedFiles(out, "model", "build-provinces", "--source", folder().resolve("source").toString(),
        "--out", out.toString());
  }

  private static void assertBuildsTheCommittedFiles(Path out, String... args) throws IOException {
    org.ripple.cli.Cli.Result r = org.ripple.cli.Cli.run(args);
    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).isEqualTo("wrote canada-provinces-2021 (230 sectors in 10 regions) to " + out
        + System.lineSeparator());
    for (String f : FILES) {
      byte[] expected = Files.readAllBytes(folder().resolve(f));
      byte[] actual = Files.readAllBytes(out.resolve(f));
      assertThat(actual).as(f).isEqualTo(expected);
    }
  }

  @Test
  void outputDoesNotDependOnTheDefaultLocale() throws IOException {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("fr-CA"));
      var b = CanadaProvinces2021.build(folder().resolve("source"), null);
      var files = ModelWriter.render(b.model(), b.provenance());
      assertThat(files.keySet()).containsExactlyElementsOf(FILES);
      for (String f : FILES) {
        assertThat(files.get(f)).as(f).isEqualTo(Files.readString(folder().resolve(f), StandardCharsets.UTF_8));
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void sourceFilesAreTheQuebecModelsSourceFiles() throws IOException {
    for (String f : QgeSource.FILES) {
      assertThat(Files.readAllBytes(folder().resolve("source").resolve(f))).as(f)
          .isEqualTo(Files.readAllBytes(ProjectRoot.source().resolve(f)));
    }
  }

  @Test
  void theFolderReadsBackAsTheBuiltModel() {
    Model read = ModelReader.read(folder()).model();
    assertThat(read.size()).isEqualTo(230);
    assertThat(read.sectors().codes()).contains("QC.TRANSPORT", "ON.TRADE", "BC.HEALTH");
    assertThat(read.regions().orElseThrow().codes()).containsExactly("NL", "PE", "NS", "NB", "QC", "ON", "MB",
        "SK", "AB", "BC");
    assertThat(read.transactionsCopy()).isEqualTo(built.transactionsCopy());
    assertThat(read.regions()).isEqualTo(built.regions());
    assertThat(read.householdConsumptionCopy()).isEqualTo(built.householdConsumptionCopy());
    assertThat(read.householdIncome()).isEqualTo(built.householdIncome());
  }

  /** With the other provinces' blocks removed, the Quebec block is quebec-2021, number for number. */
  @Test
  void quebecBlockAloneIsQuebec2021() {
    Model alone = RegionalModels.isolate(built, "QC");
    assertThat(alone.size()).isEqualTo(23);
    assertThat(alone.transactionsCopy()).isEqualTo(quebec.transactionsCopy());
    assertThat(alone.outputCopy()).isEqualTo(quebec.outputCopy());
    for (Measure m : Measure.values()) {
      assertThat(alone.levelsCopy(m)).as(m.key()).isEqualTo(quebec.levelsCopy(m));
    }
    assertThat(alone.householdConsumptionCopy()).isEqualTo(quebec.householdConsumptionCopy());
    assertThat(alone.householdIncome()).isEqualTo(quebec.householdIncome());
    // and it is the bundled quebec-2021 as read from its folder
    Model bundled = ModelReader.read(ProjectRoot.model()).model();
    assertThat(alone.transactionsCopy()).isEqualTo(bundled.transactionsCopy());

    Multipliers a = Multipliers.of(LeontiefSystem.of(alone));
    Multipliers q = Multipliers.of(LeontiefSystem.of(bundled));
    for (ModelType t : ModelType.values()) {
      for (Measure m : Measure.values()) {
        for (int j = 0; j < 23; j++) {
          double expected = q.effect(m, t, j);
          assertThat(a.effect(m, t, j)).isCloseTo(expected, within(1e-9 * Math.abs(expected)));
        }
      }
    }
    ScenarioResult ra = flagship(alone, "QC.TRANSPORT");
    ScenarioResult rq = flagship(bundled, "TRANSPORT");
    for (Measure m : Measure.values()) {
      for (Effect e : Effect.values()) {
        double expected = rq.total().sum(m, e);
        assertThat(ra.total().sum(m, e)).as(m + " " + e).isCloseTo(expected, within(1e-9 * Math.abs(expected)));
      }
    }
  }

  /** A Quebec closure costs at least as much in all provinces together, and in Quebec, as in Quebec alone. */
  @Test
  void spilloversOnlyAdd() {
    ScenarioResult all = flagship(built, "QC.TRANSPORT");
    ScenarioResult alone = flagship(RegionalModels.isolate(built, "QC"), "QC.TRANSPORT");
    int qc = built.regions().orElseThrow().positionOf("QC");
    for (Measure m : Measure.values()) {
      for (Effect e : new Effect[] {Effect.INDIRECT, Effect.INDUCED, Effect.TOTAL}) {
        double everywhere = all.total().sum(m, e);
        double insideQuebec = 0;
        for (int i = 0; i < built.size(); i++) {
          if (built.regions().orElseThrow().regionOf(i) == qc) {
            insideQuebec += all.total().value(m, e, i);
          }
        }
        double quebecOnly = alone.total().sum(m, e);
        assertThat(quebecOnly).as(m + " " + e).isNegative();
        assertThat(everywhere).as(m + " " + e).isLessThan(insideQuebec);
        assertThat(insideQuebec).as(m + " " + e).isLessThanOrEqualTo(quebecOnly + 1e-9 * Math.abs(quebecOnly));
      }
      assertThat(all.total().sum(m, Effect.DIRECT)).isEqualTo(alone.total().sum(m, Effect.DIRECT));
    }
  }

  @Test
  void regionalMultipliersAddUpToTheMultipliers() {
    LeontiefSystem system = LeontiefSystem.of(built);
    Multipliers total = Multipliers.of(system);
    RegionalMultipliers byRegion = RegionalMultipliers.of(system);
    for (ModelType t : ModelType.values()) {
      for (Measure m : Measure.values()) {
        for (int j = 0; j < built.size(); j += 7) {
          double sum = 0;
          for (int r = 0; r < 10; r++) {
            double v = byRegion.effect(m, t, j, r);
            assertThat(v).isPositive();
            sum += v;
          }
          assertThat(sum).isCloseTo(total.effect(m, t, j), within(1e-9 * total.effect(m, t, j)));
        }
      }
    }
  }

  /**
   * Z is held in CSR from the build to the read, with no n x n array on the way; the folder keeps the square table
   * because the ten provinces all trade with each other (over 99 % of Z's cells are non-zero, so transactions-long.csv
   * would be about twice the size).
   */
  @Test
  void builtAndReadModelsHoldZInCsr() throws IOException {
    Model read = ModelReader.read(folder()).model();
    assertThat(built.isSparse()).isTrue();
    assertThat(read.isSparse()).isTrue();
    assertThat(read.transactions()).isEqualTo(built.transactions());
    assertThat(built.nonZeroFlows()).isGreaterThan(230L * 230 * 99 / 100);
    assertThat(ModelWriter.render(built, CanadaProvinces2021.build(folder().resolve("source"),
        null).provenance())).containsKey(ModelWriter.TRANSACTIONS_CSV)
        .doesNotContainKey(ModelWriter.TRANSACTIONS_LONG_CSV);
  }

  /**
   * {@code --solver} on the regional path: every strategy gives dense LU's multipliers by region (per-region closure
   * included) and flagship results to 1e-9 of the largest value of the same vector, which is what the iterative
   * solvers certify (relative residual 1e-10).
   */
  @ParameterizedTest
  @EnumSource(SolverKind.class)
  void everySolverAgreesWithDenseLuOnTheRegionalPath(SolverKind kind) {
    LeontiefSystem system = LeontiefSystem.of(built, kind);
    LeontiefSystem dense = LeontiefSystem.of(built, SolverKind.DENSE_LU);
    assertThat(system.closure()).isInstanceOf(PerRegionClosure.class);
    assertThat(system.solver()).isEqualTo(kind);
    RegionalMultipliers got = RegionalMultipliers.of(system);
    RegionalMultipliers want = RegionalMultipliers.of(dense);
    int n = built.size();
    for (ModelType t : ModelType.values()) {
      for (Measure m : Measure.values()) {
        for (int r = 0; r < 10; r++) {
          double scale = 0;
          for (int j = 0; j < n; j++) {
            scale = Math.max(scale, Math.abs(want.effect(m, t, j, r)));
          }
          for (int j = 0; j < n; j++) {
            assertThat(got.effect(m, t, j, r)).as(kind + " " + t + " " + m + " " + j + " in " + r)
                .isCloseTo(want.effect(m, t, j, r), within(1e-9 * scale));
          }
        }
      }
    }
    ScenarioResult a = flagship(built, "QC.TRANSPORT", kind);
    ScenarioResult b = flagship(built, "QC.TRANSPORT", SolverKind.DENSE_LU);
    for (Measure m : Measure.values()) {
      double scale = 0;
      for (int i = 0; i < n; i++) {
        scale = Math.max(scale, Math.abs(b.total().value(m, Effect.TOTAL, i)));
      }
      for (Effect e : Effect.values()) {
        for (int i = 0; i < n; i++) {
          assertThat(a.total().value(m, e, i)).as(kind + " " + m + " " + e + " " + i)
              .isCloseTo(b.total().value(m, e, i), within(1e-9 * scale));
        }
      }
    }
  }

  static ScenarioResult flagship(Model model, String sector, SolverKind kind) {
    Scenario s = new Scenario("flagship", "", List.of(new Closure("sites", sector, OptionalDouble.of(1700),
        OptionalDouble.empty(), "", "closures[0]")), List.of(new SubcontractorLoss("partners", sector,
        OptionalDouble.of(1500), OptionalDouble.empty(), SubcontractorMode.SUPERSEDE, "subcontractors[0]")),
        List.of(), List.of());
    return new ImpactEngine(LeontiefSystem.of(model, kind)).run(s);
  }

  /** The flagship's shocks, in model units: 1,700 closure jobs and 1,500 subcontractor jobs in one sector. */
  static ScenarioResult flagship(Model model, String sector) {
    Scenario s = new Scenario("flagship", "", List.of(new Closure("sites", sector, OptionalDouble.of(1700),
        OptionalDouble.empty(), "", "closures[0]")), List.of(new SubcontractorLoss("partners", sector,
        OptionalDouble.of(1500), OptionalDouble.empty(), SubcontractorMode.SUPERSEDE, "subcontractors[0]")),
        List.of(), List.of());
    return new ImpactEngine(LeontiefSystem.of(model)).run(s);
  }

  static double jobs(Impact i) {
    return i.sum(Measure.JOBS, Effect.TOTAL);
  }
}
