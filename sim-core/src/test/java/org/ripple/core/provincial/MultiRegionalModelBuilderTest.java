package org.ripple.core.provincial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.ModelInfo;
import org.ripple.core.RegionalModels;
import org.ripple.core.Regions;
import org.ripple.core.Sector;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.impact.ModelType;
import org.ripple.core.impact.Multipliers;
import org.ripple.core.impact.RegionalMultipliers;

/**
 * A 2-region x 2-sector MRIO worked by hand. Input mix columns (0.5, 0.5) and (0.25, 0.75).
 *
 * <ul>
 *   <li>R1: gamma (0.5, 0.6), output (100, 200); use of a: 60 own, 20 from R2, 20 abroad (total 100); use of b: 150
 *       own, 30 from R2, 20 abroad (total 200). RPC (0.6, 0.75), t[R2->R1] = (0.2, 0.15). B = 0.3, alpha (0.4, 0.6).
 *   <li>R2: gamma (0.4, 0.5), output (50, 80); use of a: 30 own, 10 from R1, 10 abroad (50); use of b: 40 own, 40
 *       from R1, 20 abroad (100). RPC (0.6, 0.4), t[R1->R2] = (0.2, 0.4). B = 0.5, alpha (0.5, 0.5).
 *   <li>p = 0.5.
 * </ul>
 */
class MultiRegionalModelBuilderTest {
  private static final double TOL = 1e-12;
  private static final List<Sector> SECTORS = List.of(new Sector("a", "A"), new Sector("b", "B"));
  private static final double[] SHARES = {0.5, 0.25, 0.5, 0.75};
  static final List<Regions.Region> REGIONS = List.of(new Regions.Region("R1", "Region one"),
      new Regions.Region("R2", "Region two"));

  static ProvincialModelBuilder.Inputs r1() {
    return new ProvincialModelBuilder.Inputs(SECTORS, SHARES, new double[] {0.5, 0.6}, new double[] {100, 200},
        new double[] {60, 150}, new double[] {20, 30}, new double[] {20, 20}, new double[] {10, 20}, 0.3,
        new double[] {0.4, 0.6}, 0.5);
  }

  static ProvincialModelBuilder.Inputs r2() {
    return new ProvincialModelBuilder.Inputs(SECTORS, SHARES, new double[] {0.4, 0.5}, new double[] {50, 80},
        new double[] {30, 40}, new double[] {10, 40}, new double[] {10, 20}, new double[] {5, 8}, 0.5,
        new double[] {0.5, 0.5}, 0.5);
  }

  /** shipments[(o * R + d) * n + i]. */
  static MultiRegionalModelBuilder.Inputs inputs() {
    double[] shipments = {
        60, 150, // R1 -> R1
        10, 40, // R1 -> R2
        20, 30, // R2 -> R1
        30, 40}; // R2 -> R2
    return new MultiRegionalModelBuilder.Inputs(REGIONS, List.of(r1(), r2()), shipments);
  }

  static Model model() {
    return MultiRegionalModelBuilder.build(ModelInfo.named("toy-mrio"), inputs());
  }

  @Test
  void codesAreRegionDotSectorAndRegionMajor() {
    Model m = model();
    assertThat(m.sectors().codes()).containsExactly("R1.a", "R1.b", "R2.a", "R2.b");
    Regions regions = m.regions().orElseThrow();
    assertThat(regions.regionOf(1)).isZero();
    assertThat(regions.regionOf(2)).isEqualTo(1);
    assertThat(m.sectors().at(3).name()).isEqualTo("Region two: B");
  }

  @Test
  void tradeCoefficientsByHand() {
    double[] t = MultiRegionalModelBuilder.tradeCoefficients(inputs());
    // (o * R + d) * n + i
    assertThat(t).containsExactly(new double[] {0.6, 0.75, 0.2, 0.4, 0.2, 0.15, 0.6, 0.4}, within(TOL));
  }

  @Test
  void transactionsByHand() {
    Model m = model();
    // Z[(o,i)][(d,j)] = t[o][d][i] s[i][j] (1 - gamma_d[j]) x_d[j]
    assertThat(m.flow(0, 0)).isCloseTo(0.6 * 0.5 * 0.5 * 100, within(TOL)); // 15
    assertThat(m.flow(0, 3)).isCloseTo(0.2 * 0.25 * 0.5 * 80, within(TOL)); // R1.a -> R2.b: 2
    assertThat(m.flow(3, 0)).isCloseTo(0.15 * 0.5 * 0.5 * 100, within(TOL)); // R2.b -> R1.a: 3.75
    assertThat(m.flow(1, 2)).isCloseTo(0.4 * 0.5 * 0.6 * 50, within(TOL)); // R1.b -> R2.a: 6
    assertThat(m.flow(2, 2)).isCloseTo(0.6 * 0.5 * 0.6 * 50, within(TOL)); // 9
  }

  @Test
  void householdsPerRegionByHand() {
    Regions regions = model().regions().orElseThrow();
    // W1 = 0.7 (50, 120) = (35, 84), H1 = 119; W2 = 0.5 (20, 40) = (10, 20), H2 = 30
    assertThat(regions.householdIncome(0)).isCloseTo(119.0, within(TOL));
    assertThat(regions.householdIncome(1)).isCloseTo(30.0, within(TOL));
    // C[(o,i)][d] = alpha_d[i] t[o][d][i] p H_d
    assertThat(regions.householdConsumption(2, 0)).isCloseTo(0.4 * 0.2 * 0.5 * 119, within(TOL)); // 4.76
    assertThat(regions.householdConsumption(1, 1)).isCloseTo(0.5 * 0.4 * 0.5 * 30, within(TOL)); // 3
    assertThat(regions.householdConsumption(0, 0)).isCloseTo(0.4 * 0.6 * 0.5 * 119, within(TOL));
    Model m = model();
    assertThat(m.householdIncome()).isCloseTo(149.0, within(TOL));
    assertThat(m.householdConsumption(2)).isCloseTo(4.76 + 0.5 * 0.6 * 0.5 * 30, within(TOL));
  }

  @Test
  void eachRegionAloneIsItsSingleRegionModelExactly() {
    Model mrio = model();
    List<ProvincialModelBuilder.Inputs> single = List.of(r1(), r2());
    for (int r = 0; r < 2; r++) {
      Model alone = RegionalModels.isolate(mrio, REGIONS.get(r).code());
      Model expected = ProvincialModelBuilder.build(ModelInfo.named("x"), single.get(r));
      assertThat(alone.transactionsCopy()).isEqualTo(expected.transactionsCopy());
      assertThat(alone.outputCopy()).isEqualTo(expected.outputCopy());
      for (Measure m : Measure.values()) {
        assertThat(alone.levelsCopy(m)).as(m.key()).isEqualTo(expected.levelsCopy(m));
      }
      assertThat(alone.householdConsumptionCopy()).isEqualTo(expected.householdConsumptionCopy());
      assertThat(alone.householdIncome()).isEqualTo(expected.householdIncome());
    }
  }

  @Test
  void spilloversOnlyAddToTheRegionAloneEffect() {
    Model mrio = model();
    Multipliers alone = Multipliers.of(LeontiefSystem.of(RegionalModels.isolate(mrio, "R1")));
    RegionalMultipliers byRegion = RegionalMultipliers.of(LeontiefSystem.of(mrio));
    Multipliers all = Multipliers.of(LeontiefSystem.of(mrio));
    for (ModelType type : ModelType.values()) {
      for (Measure m : Measure.values()) {
        for (int j = 0; j < 2; j++) {
          double inside = byRegion.effect(m, type, j, 0);
          double outside = byRegion.effect(m, type, j, 1);
          assertThat(inside).as(m + " " + type).isGreaterThanOrEqualTo(alone.effect(m, type, j) - TOL);
          assertThat(outside).isPositive();
          assertThat(all.effect(m, type, j)).isCloseTo(inside + outside, within(1e-12));
        }
      }
    }
  }

  @Test
  void shipmentsMustMatchTheRegionsImports() {
    double[] bad = {60, 150, 10, 40, 25, 30, 30, 40};
    assertThatThrownBy(() -> new MultiRegionalModelBuilder.Inputs(REGIONS, List.of(r1(), r2()), bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("shipments of a to R1 from the other regions sum to 25.0");
    double[] ownWrong = {61, 150, 10, 40, 20, 30, 30, 40};
    assertThatThrownBy(() -> new MultiRegionalModelBuilder.Inputs(REGIONS, List.of(r1(), r2()), ownWrong))
        .hasMessageContaining("from R1 to itself");
  }
}
