package org.ripple.core.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ripple.core.Model;
import org.ripple.core.linalg.SolverKind;
import org.ripple.core.testing.Models;

/**
 * The one productivity check, the same for every solver strategy: Perron bounds, then the M-matrix test where the
 * bounds leave it open (a zero-output sector makes |A| reducible), for Type I and for each household closure.
 */
class ProductivityCheckTest {

  private static Model.Builder threeSectors(double[][] z, double[] x) {
    return Models.builder("edge", Models.sectors(3), z, x);
  }

  @ParameterizedTest
  @EnumSource(SolverKind.class)
  void aProductiveBlockNextToAZeroOutputSectorIsAccepted(SolverKind kind) {
    Model m = threeSectors(new double[][] {{10, 20, 0}, {30, 5, 0}, {0, 0, 0}}, new double[] {100, 200, 0})
        .labourIncome(new double[] {30, 60, 0}).householdConsumption(new double[] {20, 30, 0}).build();
    LeontiefSystem system = LeontiefSystem.of(m, kind);
    assertThat(system.spectralRadius().lower()).isLessThan(1);
    assertThat(system.closure()).isInstanceOf(OneHouseholdClosure.class);
    assertThat(system.spectralRadiusTypeII().lower()).isLessThan(1);
  }

  @ParameterizedTest
  @EnumSource(SolverKind.class)
  void aNonProductiveBlockNextToAZeroOutputSectorIsTypeINotProductive(SolverKind kind) {
    Model m = threeSectors(new double[][] {{75, 75, 0}, {75, 75, 0}, {0, 0, 0}}, new double[] {100, 100, 0})
        .build();
    assertThatThrownBy(() -> LeontiefSystem.of(m, kind)).isInstanceOfSatisfying(NotProductiveException.class,
        e -> {
          assertThat(e.type()).isEqualTo(ModelType.TYPE_I);
          assertThat(e.lowerBound()).isGreaterThanOrEqualTo(1.0);
          assertThat(e.getMessage()).startsWith("model edge is not productive: the spectral radius of A is at least ")
              .endsWith(" (must be below 1)");
        });
  }

  @ParameterizedTest
  @EnumSource(SolverKind.class)
  void overspendingHouseholdsAreTypeIINotProductive(SolverKind kind) {
    Model m = threeSectors(new double[][] {{10, 20, 5}, {30, 5, 5}, {5, 5, 5}}, new double[] {100, 100, 100})
        .labourIncome(new double[] {60, 60, 60}).householdConsumption(new double[] {120, 120, 120})
        .householdIncome(180).build();
    assertThatThrownBy(() -> LeontiefSystem.of(m, kind)).isInstanceOfSatisfying(NotProductiveException.class,
        e -> {
          assertThat(e.type()).isEqualTo(ModelType.TYPE_II);
          assertThat(e.getMessage()).startsWith("the household-closed (Type II) model edge is not productive: "
              + "the spectral radius of Abar is at least ");
        });
  }

  @ParameterizedTest
  @EnumSource(SolverKind.class)
  void overspendingRegionalHouseholdsAreTypeIINotProductive(SolverKind kind) {
    // region R2's households buy 3 units of regional output per unit of income
    Model m = Models.twoRegions(new double[][] {{20, 10}, {10, 30}}, new double[] {16, 60, 4, 90});
    assertThatThrownBy(() -> LeontiefSystem.of(m, kind)).isInstanceOfSatisfying(NotProductiveException.class,
        e -> {
          assertThat(e.type()).isEqualTo(ModelType.TYPE_II);
          assertThat(e.getMessage()).contains("closed with one household per region, is not productive");
        });
  }
}
