package org.ripple.core.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ripple.core.Model;
import org.ripple.core.testing.Models;
import org.ripple.core.testing.RandomModels;

/** Each check of {@link ModelValidator} on a hand-made two-sector model (Miller and Blair 2009, table 2.3). */
class ModelValidatorTest {
  private static Model twoSectors(double[][] z, double[] x, double[] jobs, double[] income, double[] va,
      double[] households) {
    Model.Builder b = Models.builder("t", Models.sectors(List.of("A", "B")), z, x).employment(jobs)
        .labourIncome(income).valueAdded(va);
    if (households != null) {
      b.householdConsumption(households);
    }
    return b.build();
  }

  private static Model millerBlair() {
    return twoSectors(new double[][] {{150, 500}, {200, 100}}, new double[] {1000, 2000}, new double[] {100, 50},
        new double[] {300, 500}, new double[] {650, 1400}, new double[] {100, 200});
  }

  private static List<Check> checks(List<Finding> findings) {
    return findings.stream().map(Finding::check).toList();
  }

  @Test
  void aBalancedProductiveModelHasNoFindingsAndSaysWhatItChecked() {
    ValidationReport r = ModelValidator.validate(millerBlair());
    assertThat(r.findings()).isEmpty();
    assertThat(r.hasErrors()).isFalse();
    assertThat(r.spectralRadius().upper()).isLessThan(1);
    assertThat(r.spectralRadiusTypeII().upper()).isLessThan(1);
    assertThat(r.checks()).anyMatch(c -> c.startsWith("column balance:") && c.contains("within 1%"))
        .anyMatch(c -> c.startsWith("row balance: regional intermediate sales at most output within 1% (no "
            + "final_demand column, so one-sided)"));
  }

  @Test
  void theSystemBuiltForTheExactTestIsHandedOnAndSolvesLikeAFreshOne() {
    Model m = millerBlair();
    ValidationReport r = ModelValidator.validate(m);
    assertThat(r.system()).isPresent();
    double[] d = {1, 0};
    assertThat(r.system().get().solveTypeI(d))
        .containsExactly(org.ripple.core.impact.LeontiefSystem.of(m).solveTypeI(d));
    ValidationReport bad = ModelValidator.validate(twoSectors(new double[][] {{600, 1500}, {600, 1500}},
        new double[] {1000, 2000}, new double[] {100, 50}, new double[] {300, 500}, new double[] {650, 1400}, null));
    assertThat(bad.system()).isEmpty();
  }

  @Test
  void columnSumAtLeastOneIsAnErrorNamingTheSectorAndTheValue() {
    ValidationReport r = ModelValidator.validate(twoSectors(new double[][] {{150, 500}, {900, 100}},
        new double[] {1000, 2000}, new double[] {100, 50}, new double[] {300, 500}, new double[] {650, 1400}, null));
    assertThat(r.errors()).extracting(Finding::check).contains(Check.COLUMN_SUM);
    assertThat(r.errors().get(0).line()).isEqualTo("error: sector A: buys 1.0500 of regional inputs per unit of "
        + "output (column sum of A must be below 1); check that transactions and output are in the same unit");
  }

  @Test
  void everyColumnAboveOneIsNotProductive() {
    ValidationReport r = ModelValidator.validate(twoSectors(new double[][] {{600, 1500}, {600, 1500}},
        new double[] {1000, 2000}, new double[] {100, 50}, new double[] {300, 500}, new double[] {650, 1400}, null));
    assertThat(checks(r.errors())).contains(Check.COLUMN_SUM, Check.PRODUCTIVITY);
    assertThat(r.errors()).anyMatch(f -> f.message().contains("spectral radius of A is at least 1.35"));
  }

  @Test
  void typeTwoNotProductiveIsAnError() {
    ValidationReport r = ModelValidator.validate(twoSectors(new double[][] {{150, 500}, {200, 100}},
        new double[] {1000, 2000}, new double[] {100, 50}, new double[] {600, 1000}, new double[] {650, 1400},
        new double[] {1600, 1600}));
    assertThat(checks(r.errors())).containsExactly(Check.PRODUCTIVITY_TYPE_II);
    assertThat(checks(r.warnings())).contains(Check.HOUSEHOLDS);
    assertThat(r.spectralRadiusTypeII().lower()).isGreaterThan(1.2).isLessThan(1.23);
  }

  @Test
  void aNegativeFlowIsAnErrorNamingTheCellAndTheValue() {
    ValidationReport r = ModelValidator.validate(twoSectors(new double[][] {{150, -5}, {200, 100}},
        new double[] {1000, 2000}, new double[] {100, 50}, new double[] {300, 500}, new double[] {650, 1400}, null));
    assertThat(r.errors()).extracting(Finding::line).containsExactly("error: flow A -> B: negative flow -5; "
        + "flows must be zero or more: correct the cell, or accept it with a reason if the source table has it");
    assertThat(r.system()).isEmpty();
  }

  /**
   * Accepted, the same cell is a warning; then L is solved column by column: A = [[0.15, -0.0025], [0.2, 0.05]] gives
   * L = [[0.95, -0.0025], [0.2, 0.85]] / 0.808 by hand, so L[A, B] = -0.0025 / 0.808 = -0.00309406, an error.
   */
  @Test
  void anAcceptedNegativeFlowIsAWarningButANegativeEntryOfLIsAnError() {
    AcceptedFlows ok = AcceptedFlows.builder(2).accept(0, 1, "in the source table").build();
    ValidationReport r = ModelValidator.validate(twoSectors(new double[][] {{150, -5}, {200, 100}},
        new double[] {1000, 2000}, new double[] {100, 50}, new double[] {300, 500}, new double[] {650, 1400}, null),
        ok);
    assertThat(r.warnings()).extracting(Finding::line).containsExactly("warning: flow A -> B: negative flow "
        + "-5, accepted: in the source table");
    assertThat(r.errors()).extracting(Finding::line).containsExactly("error: sector B: L[A, B] = -0.00309406 is "
        + "negative: with the negative flows, more final demand for B would lower the output of A; the Leontief "
        + "model cannot be used until the negative flows are corrected");
  }

  /**
   * A 3-sector case where the supply chain outweighs the negative cell: A = [[0, -0.01, 0.5], [0, 0, 0], [0, 0.5, 0]]
   * is nilpotent (A^3 = 0), so L = I + A + A^2 = [[1, 0.24, 0.5], [0, 1, 0], [0, 0.5, 1]] by hand: L[0, 1] =
   * -0.01 + 0.5 x 0.5 = 0.24 is positive and the model may be used, with one warning for the accepted cell.
   */
  @Test
  void anAcceptedNegativeFlowThatLeavesLNonNegativeIsOnlyAWarning() {
    Model m = Models.builder("t", Models.sectors(List.of("A", "B", "C")),
        new double[][] {{0, -10, 500}, {0, 0, 0}, {0, 500, 0}}, new double[] {1000, 1000, 1000}).build();
    ValidationReport r = ModelValidator.validate(m, AcceptedFlows.builder(3).accept(0, 1, "as published").build());
    assertThat(r.errors()).isEmpty();
    assertThat(checks(r.warnings())).containsExactly(Check.NEGATIVE_FLOW);
    assertThat(r.checks()).anyMatch(c -> c.startsWith("L has no negative entries (solved column by column"));
    double[][] l = r.system().orElseThrow().solve(org.ripple.core.impact.ModelType.TYPE_I, new double[] {0, 1, 0});
    assertThat(l[0]).containsExactly(new double[] {0.24, 1, 0.5}, org.assertj.core.data.Offset.offset(1e-15));
    // without the acceptance, the same model stops
    assertThat(checks(ModelValidator.validate(m).errors())).containsExactly(Check.NEGATIVE_FLOW);
  }

  /** With households the n x n block of Lbar is checked too; here (by hand and numpy) Lbar[A, B] = +0.0403. */
  @Test
  void typeTwoIsCheckedTooWhenTheModelHasHouseholds() {
    AcceptedFlows ok = AcceptedFlows.builder(2).accept(0, 1, "as published").build();
    ValidationReport r = ModelValidator.validate(twoSectors(new double[][] {{150, -5}, {200, 100}},
        new double[] {1000, 2000}, new double[] {100, 50}, new double[] {300, 500}, new double[] {650, 1400},
        new double[] {100, 200}), ok);
    assertThat(r.errors()).extracting(Finding::message).singleElement().asString().startsWith("L[A, B] = -0.00309406");
    assertThat(r.system().orElseThrow().solve(org.ripple.core.impact.ModelType.TYPE_II, new double[] {0, 1})[0][0])
        .isCloseTo(0.04031198, org.assertj.core.data.Offset.offset(1e-8));
  }

  @Test
  void acceptedNegativeFlowsThatMakeLSubtractOutputAreAnError() {
    Model m = twoSectors(new double[][] {{-900, 0}, {0, 100}}, new double[] {1000, 2000}, new double[] {100, 50},
        new double[] {300, 500}, new double[] {650, 1400}, null);
    ValidationReport bad = ModelValidator.validate(m, AcceptedFlows.builder(2).accept(0, 0, "test").build());
    assertThat(bad.errors()).extracting(Finding::check).containsExactly(Check.OUTPUT_MULTIPLIER);
    assertThat(bad.errors().get(0).message()).startsWith("output multiplier is 0.526316");
    // the same refusal when only the bounds that decide productivity are wanted (|A|'s sums, 0.9 and 0.05, do)
    ValidationReport solving = ModelValidator.validateForSolving(m, AcceptedFlows.builder(2).accept(0, 0, "test")
        .build());
    assertThat(solving.spectralRadius().iterations()).isZero();
    assertThat(solving.errors()).extracting(Finding::line)
        .containsExactlyElementsOf(bad.errors().stream().map(Finding::line).toList());
  }

  @Test
  void aboveTheSizeLimitTheSignsOfLAreNotCheckedAndAWarningSaysSo() {
    int n = ModelValidator.MAX_SECTORS_SIGN_CHECK + 1;
    double[][] z = new double[n][n];
    double[] x = new double[n];
    java.util.Arrays.fill(x, 100);
    for (int i = 0; i < n; i++) {
      z[i][(i + 1) % n] = 10;
    }
    z[0][0] = -1;
    java.util.List<String> codes = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      codes.add("S" + i);
    }
    Model m = Models.builder("big", Models.sectors(codes), z, x).build();
    ValidationReport r = ModelValidator.validate(m, AcceptedFlows.builder(n).accept(0, 0, "test").build());
    assertThat(r.errors()).isEmpty();
    assertThat(checks(r.warnings())).containsExactly(Check.NEGATIVE_FLOW, Check.NEGATIVE_LEONTIEF);
    assertThat(r.checks()).anyMatch(c -> c.startsWith("L has no negative entries: not checked"));
  }

  @Test
  void zeroOutputIsAWarningAndNegativeSatellitesAreErrors() {
    ValidationReport r = ModelValidator.validate(twoSectors(new double[][] {{150, 0}, {200, 0}},
        new double[] {1000, 0}, new double[] {100, -1}, new double[] {300, 0}, new double[] {650, 0}, null));
    assertThat(checks(r.warnings())).contains(Check.ZERO_OUTPUT);
    assertThat(r.errors()).extracting(Finding::line).containsExactly("error: sector B: employment is negative (-1)");
  }

  @Test
  void columnBalanceIsCheckedOneSidedWithoutImportsAndTwoSidedWithThem() {
    // A's inputs 350 + value added 600 = 950 < 1000: fine without imports (imports are left out of regional tables)
    Model noImports = twoSectors(new double[][] {{150, 500}, {200, 100}}, new double[] {1000, 2000},
        new double[] {100, 50}, new double[] {300, 500}, new double[] {600, 1400}, null);
    assertThat(ModelValidator.validate(noImports).findings()).isEmpty();
    Model withImports = Models.builder("t", Models.sectors(List.of("A", "B")),
        new double[][] {{150, 500}, {200, 100}}, new double[] {1000, 2000}).valueAdded(new double[] {600, 1400})
        .imports(new double[] {20, 0}).build();
    ValidationReport r = ModelValidator.validate(withImports);
    assertThat(r.warnings()).extracting(Finding::line).containsExactly("warning: sector A: column balance off by "
        + "-3.00% of output: regional inputs + value added + imports = 970, output = 1,000 (tolerance 1%)");
    Model over = twoSectors(new double[][] {{150, 500}, {200, 100}}, new double[] {1000, 2000},
        new double[] {100, 50}, new double[] {300, 500}, new double[] {700, 1400}, null);
    assertThat(checks(ModelValidator.validate(over).warnings())).containsExactly(Check.COLUMN_BALANCE);
  }

  /**
   * Miller and Blair (2009), table 2.3: intermediate sales 650 and 300 plus final demand 350 and 1,700 give outputs
   * 1,000 and 2,000 exactly, so the two-sided row balance has nothing to say; 1,600 for B is 5% short.
   */
  @Test
  void rowBalanceIsTwoSidedWithFinalDemandAndOneSidedWithout() {
    Model balanced = Models.builder("t", Models.sectors(List.of("A", "B")), new double[][] {{150, 500}, {200, 100}},
        new double[] {1000, 2000}).finalDemand(new double[] {350, 1700}).build();
    ValidationReport ok = ModelValidator.validate(balanced);
    assertThat(ok.findings()).isEmpty();
    assertThat(ok.checks()).contains("row balance: regional intermediate sales + final demand equal output within 1%");
    Model shortB = Models.builder("t", Models.sectors(List.of("A", "B")), new double[][] {{150, 500}, {200, 100}},
        new double[] {1000, 2000}).finalDemand(new double[] {350, 1600}).build();
    assertThat(ModelValidator.validate(shortB).warnings()).extracting(Finding::line).containsExactly("warning: "
        + "sector B: row balance off by -5.00% of output: regional intermediate sales + final demand = 1,900, "
        + "output = 2,000 (tolerance 1%)");
    // without final demand: only sales above output are flagged (A sells 1,050 of its 1,000; column sums stay < 1)
    Model oversold = Models.builder("t", Models.sectors(List.of("A", "B")), new double[][] {{150, 900}, {200, 100}},
        new double[] {1000, 2000}).build();
    assertThat(ModelValidator.validate(oversold).warnings()).extracting(Finding::line).containsExactly("warning: "
        + "sector A: regional intermediate sales 1,050 exceed output 1,000 by 5.00% (tolerance 1%): its final "
        + "demand would be negative (inventories run down, or transactions and output from different sources or "
        + "units)");
  }

  /**
   * A multi-regional model with one household per region is validated as the engine closes it: the spectral radius of
   * HouseholdClosureTest's 4 x 4 Abar = [[0.2, 0.1, 0.4, 0.1], [0.1, 0.3, 0.1, 0.4], [0.4, 0, 0, 0], [0, 0.5, 0, 0]]
   * is 0.692605 (numpy), not the 0.688404 of one household summed over both regions.
   */
  @Test
  void multiRegionalTypeTwoIsCheckedPerRegion() {
    Model m = Models.twoRegions();
    ValidationReport r = ModelValidator.validate(m);
    assertThat(r.errors()).isEmpty();
    assertThat(r.spectralRadiusTypeII().lower()).isLessThanOrEqualTo(0.6926046649403148 + 1e-9);
    assertThat(r.spectralRadiusTypeII().upper()).isGreaterThanOrEqualTo(0.6926046649403148 - 1e-9);
    assertThat(r.checks()).contains("Type II closed with one household per region (2 households), as every run "
        + "closes it");
    // region R2's households spend 5 + 60 = 65 of an income of 50: named by region
    Model over = Models.twoRegions(new double[][] {{20, 10}, {10, 30}}, new double[] {16, 5, 4, 60});
    assertThat(ModelValidator.validate(over).findings()).extracting(Finding::line).contains("warning: region R2: "
        + "households spend 1.3000 of each unit of income on output of the modelled regions (expected below 1)");
  }

  /** The same findings, in the same order and words, whichever bounds decide productivity. */
  private static ValidationReport forSolvingAsValidate(Model m) {
    ValidationReport full = ModelValidator.validate(m);
    ValidationReport solving = ModelValidator.validateForSolving(m, AcceptedFlows.none());
    assertThat(solving.findings()).extracting(Finding::line)
        .containsExactlyElementsOf(full.findings().stream().map(Finding::line).toList());
    assertThat(solving.checks()).containsExactlyElementsOf(full.checks());
    assertThat(solving.system().isPresent()).isEqualTo(full.system().isPresent());
    return solving;
  }

  @Test
  void forSolvingTheRowAndColumnSumsProveProductivityWithoutIterating() {
    // Miller and Blair: A's columns sum to 0.35 and 0.3, its rows to 0.4 and 0.25, so rho(A) (0.1 + sqrt(0.0525) =
    // 0.3291, closed form) lies in [0.3, 0.35]; Abar's (w = 0.3, 0.25, c / H = 0.125, 0.25) columns sum to 0.65,
    // 0.55, 0.375 and its rows to 0.525, 0.5, 0.55: [0.5, 0.55]
    ValidationReport r = forSolvingAsValidate(millerBlair());
    assertThat(r.spectralRadius().iterations()).isZero();
    assertThat(r.spectralRadius().lower()).isCloseTo(0.3, within(1e-15));
    assertThat(r.spectralRadius().upper()).isCloseTo(0.35, within(1e-15));
    assertThat(0.1 + Math.sqrt(0.0525)).isBetween(r.spectralRadius().lower(), r.spectralRadius().upper());
    assertThat(r.spectralRadiusTypeII().lower()).isCloseTo(0.5, within(1e-15));
    assertThat(r.spectralRadiusTypeII().iterations()).isZero();
    assertThat(r.spectralRadiusTypeII().upper()).isCloseTo(0.55, within(1e-15));
    // no flow is negative, so L = I + A + A^2 + ... >= I and nothing is solved for the output multipliers
    assertThat(r.checks()).contains("output multipliers (column sums of L) at least 1: it follows from flows of zero "
        + "or more");
    double[] d = {1, 0};
    assertThat(r.system().orElseThrow().solveTypeII(d))
        .containsExactly(ModelValidator.validate(millerBlair()).system().orElseThrow().solveTypeII(d));
  }

  @Test
  void forSolvingTheIterationDecidesWhereTheSumsReachOne() {
    // Abar = [[0.15, 0.25, 0.7], [0.2, 0.05, 0.1], [0.7, 0.15, 0]]: its largest column sum is 1.05 and its largest
    // row sum 1.1, so the sums prove nothing; numpy's eigenvalues give a spectral radius of 0.8557975147439606
    Model m = twoSectors(new double[][] {{150, 500}, {200, 100}}, new double[] {1000, 2000}, new double[] {100, 50},
        new double[] {700, 300}, new double[] {650, 1400}, new double[] {700, 100});
    ValidationReport r = forSolvingAsValidate(m);
    assertThat(r.errors()).isEmpty();
    assertThat(r.spectralRadius().iterations()).isZero(); // A's own sums are below one
    assertThat(r.spectralRadiusTypeII().iterations()).isPositive();
    assertThat(r.spectralRadiusTypeII().estimate())
        .isCloseTo(0.8557975147439606, within(1e-8));
    assertThat(r.spectralRadiusTypeII().estimate())
        .isEqualTo(ModelValidator.validate(m).spectralRadiusTypeII().estimate());
  }

  @Test
  void forSolvingTheRefusalsAreTheIterations() {
    // every column of A above one, and a Type II closure spending all its income: refused with the same words
    ValidationReport typeI = forSolvingAsValidate(twoSectors(new double[][] {{600, 1500}, {600, 1500}},
        new double[] {1000, 2000}, new double[] {100, 50}, new double[] {300, 500}, new double[] {650, 1400}, null));
    assertThat(typeI.errors()).anyMatch(f -> f.message().contains("spectral radius of A is at least 1.35"));
    ValidationReport typeII = forSolvingAsValidate(twoSectors(new double[][] {{150, 500}, {200, 100}},
        new double[] {1000, 2000}, new double[] {100, 50}, new double[] {600, 1000}, new double[] {650, 1400},
        new double[] {1600, 1600}));
    assertThat(checks(typeII.errors())).containsExactly(Check.PRODUCTIVITY_TYPE_II);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void forSolvingRandomModelsGiveTheSameFindingsAndSystem(long seed) {
    RandomModels.Generated g = RandomModels.productive(seed, 1 + (int) Math.floorMod(seed, 12L));
    ValidationReport r = forSolvingAsValidate(g.model());
    assertThat(r.spectralRadius().upper()).isLessThan(1);
    double[] d = new double[g.model().size()];
    d[0] = 1;
    assertThat(r.system().orElseThrow().solveTypeI(d))
        .containsExactly(ModelValidator.validate(g.model()).system().orElseThrow().solveTypeI(d));
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 100).map(i -> i * 0x9E3779B97F4A7C15L);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomProductiveModelsHaveNoErrorsAndAGoodRadius(long seed) {
    RandomModels.Generated g = RandomModels.productive(seed, 1 + (int) Math.floorMod(seed, 12L));
    ValidationReport r = ModelValidator.validate(g.model());
    assertThat(r.errors()).isEmpty();
    assertThat(r.spectralRadius().lower()).isLessThan(1);
    assertThat(r.spectralRadiusTypeII().lower()).isLessThan(1);
  }
}
