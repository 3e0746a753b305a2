package org.ripple.core.provincial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.ModelInfo;
import org.ripple.core.Sector;

class ProvincialModelBuilderTest {
  private static final double TOL = 1e-12;
  private static final List<Sector> SECTORS = List.of(new Sector("GOODS", "Goods"), new Sector("SERV", "Services"));

  /**
   * Hand-solved two-sector province. Input mix columns (0.6, 0.4) and (0.25, 0.75); gamma (0.5, 0.6); output
   * (100, 200); goods: 60 used at home, 30 from other provinces, 10 from abroad (RPC 0.6); services: 150 at home,
   * 50 imported (RPC 0.75).
   */
  private static ProvincialModelBuilder.Inputs twoSectors(double[] output) {
    return new ProvincialModelBuilder.Inputs(SECTORS, new double[] {0.6, 0.25, 0.4, 0.75}, new double[] {0.5, 0.6},
        output, new double[] {60, 150}, new double[] {30, 25}, new double[] {10, 25}, new double[] {10, 40}, 0.3,
        new double[] {0.2, 0.8}, 0.5);
  }

  @Test
  void twoSectorProvinceByHand() {
    Model m = ProvincialModelBuilder.build(ModelInfo.named("toy"), twoSectors(new double[] {100, 200}));

    // a = share * (1 - gamma): [[0.3, 0.1], [0.2, 0.3]]; A = RPC * a: [[0.18, 0.06], [0.15, 0.225]]
    assertThat(m.flow(0, 0)).isCloseTo(18.0, within(TOL));
    assertThat(m.flow(0, 1)).isCloseTo(12.0, within(TOL));
    assertThat(m.flow(1, 0)).isCloseTo(15.0, within(TOL));
    assertThat(m.flow(1, 1)).isCloseTo(45.0, within(TOL));
    // V = gamma x = (50, 120); W = 0.7 V = (35, 84); H = 119
    assertThat(m.level(Measure.VALUE_ADDED, 0)).isCloseTo(50.0, within(TOL));
    assertThat(m.level(Measure.VALUE_ADDED, 1)).isCloseTo(120.0, within(TOL));
    assertThat(m.level(Measure.LABOUR_INCOME, 0)).isCloseTo(35.0, within(TOL));
    assertThat(m.level(Measure.LABOUR_INCOME, 1)).isCloseTo(84.0, within(TOL));
    assertThat(m.householdIncome()).isCloseTo(119.0, within(TOL));
    // c = alpha * RPC * p * H = (0.2*0.6*0.5*119, 0.8*0.75*0.5*119) = (7.14, 35.7)
    assertThat(m.householdConsumption(0)).isCloseTo(7.14, within(TOL));
    assertThat(m.householdConsumption(1)).isCloseTo(35.7, within(TOL));
    assertThat(m.level(Measure.JOBS, 1)).isEqualTo(40.0);
    assertThat(m.output(0)).isEqualTo(100.0);
  }

  @Test
  void regionalPurchaseCoefficients() {
    assertThat(ProvincialModelBuilder.regionalPurchaseCoefficients(twoSectors(new double[] {100, 200})))
        .containsExactly(new double[] {0.6, 0.75}, within(TOL));
  }

  @Test
  void zeroOutputFailsNamingTheSector() {
    assertThatThrownBy(() -> twoSectors(new double[] {100, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SERV (Services)")
        .hasMessageContaining("must be positive");
  }

  @Test
  void negativeOrMissingValuesFail() {
    assertThatThrownBy(() -> new ProvincialModelBuilder.Inputs(SECTORS, new double[] {0.6, 0.25, 0.4, 0.75},
        new double[] {0.5, 0.6}, new double[] {100, 200}, new double[] {60, 150}, new double[] {-1, 25},
        new double[] {10, 25}, new double[] {10, 40}, 0.3, new double[] {0.2, 0.8}, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("imports from other provinces of sector GOODS (Goods)");
    assertThatThrownBy(() -> new ProvincialModelBuilder.Inputs(SECTORS, new double[] {0.6, 0.25, 0.4, 0.75},
        new double[] {0.5, Double.NaN}, new double[] {100, 200}, new double[] {60, 150}, new double[] {30, 25},
        new double[] {10, 25}, new double[] {10, 40}, 0.3, new double[] {0.2, 0.8}, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gamma (value-added share) of sector SERV (Services)");
    assertThatThrownBy(() -> new ProvincialModelBuilder.Inputs(SECTORS, new double[] {0.6, 0.25, 0.4, 0.75},
        new double[] {0.5, 0.6}, new double[] {100, 200}, new double[] {60, 150}, new double[] {30, 25},
        null, new double[] {10, 40}, 0.3, new double[] {0.2, 0.8}, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("international imports is missing");
  }

  @Test
  void sharesThatDoNotSumToOneFail() {
    assertThatThrownBy(() -> new ProvincialModelBuilder.Inputs(SECTORS, new double[] {0.6, 0.25, 0.3, 0.75},
        new double[] {0.5, 0.6}, new double[] {100, 200}, new double[] {60, 150}, new double[] {30, 25},
        new double[] {10, 25}, new double[] {10, 40}, 0.3, new double[] {0.2, 0.8}, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("input shares of sector GOODS (Goods) must sum to 1");
    assertThatThrownBy(() -> new ProvincialModelBuilder.Inputs(SECTORS, new double[] {0.6, 0.25, 0.4, 0.75},
        new double[] {0.5, 0.6}, new double[] {100, 200}, new double[] {60, 150}, new double[] {30, 25},
        new double[] {10, 25}, new double[] {10, 40}, 0.3, new double[] {0.2, 0.7}, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("alpha (final consumption shares) must sum to 1");
  }

  @Test
  void useInRegionAboveOutputFails() {
    assertThatThrownBy(() -> twoSectors(new double[] {50, 200}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GOODS (Goods) used in the region (60.0) exceeds its output (50.0)");
  }

  @Test
  void noUseInRegionFailsRatherThanGuessingAnRpc() {
    ProvincialModelBuilder.Inputs in = new ProvincialModelBuilder.Inputs(SECTORS,
        new double[] {0.6, 0.25, 0.4, 0.75}, new double[] {0.5, 0.6}, new double[] {100, 200},
        new double[] {0, 150}, new double[] {0, 25}, new double[] {0, 25}, new double[] {10, 40}, 0.3,
        new double[] {0.2, 0.8}, 0.5);
    assertThatThrownBy(() -> ProvincialModelBuilder.build(ModelInfo.named("toy"), in))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GOODS (Goods) has no use in the region");
  }

  @Test
  void propensityOutOfRangeFails() {
    assertThatThrownBy(() -> twoSectors(new double[] {100, 200}).withPropensity(1.2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("propensity to consume must be in (0, 1], was 1.2");
  }

  @Test
  void inputsAreCopiedInAndOut() {
    double[] x = {100, 200};
    ProvincialModelBuilder.Inputs in = twoSectors(x);
    x[0] = 1;
    in.output()[1] = 2;
    assertThat(in.output()).containsExactly(100, 200);
    assertThat(in).isEqualTo(twoSectors(new double[] {100, 200}));
  }
}
