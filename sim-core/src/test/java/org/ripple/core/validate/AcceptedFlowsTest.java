package org.ripple.core.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AcceptedFlowsTest {
  @Test
  void looksUpCellsGivenInAnyOrderAndTheFirstReasonWins() {
    AcceptedFlows a = AcceptedFlows.builder(4).accept(3, 0, "c").accept(0, 2, "a").accept(1, 1, "b")
        .accept(0, 2, "again").accept(2, 3, "d").accept(0, 0, "e").build();
    assertThat(a.size()).isEqualTo(5);
    assertThat(a.reason(0, 2)).isEqualTo("a");
    assertThat(a.reason(3, 0)).isEqualTo("c");
    assertThat(a.reason(0, 0)).isEqualTo("e");
    assertThat(a.reason(2, 3)).isEqualTo("d");
    assertThat(a.accepts(1, 1)).isTrue();
    assertThat(a.accepts(2, 0)).isFalse();
    assertThat(a.accepts(0, 3)).isFalse();
    assertThat(a.fits(4)).isTrue();
    assertThat(a.fits(5)).isFalse();
  }

  @Test
  void noneAcceptsNothingAndFitsAnyModel() {
    assertThat(AcceptedFlows.none().isEmpty()).isTrue();
    assertThat(AcceptedFlows.none().accepts(0, 0)).isFalse();
    assertThat(AcceptedFlows.none().fits(7)).isTrue();
  }

  @Test
  void cellsOutsideTheModelAreRefused() {
    assertThatThrownBy(() -> AcceptedFlows.builder(2).accept(2, 0, "x")).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> AcceptedFlows.builder(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aValidatorGivenFlowsOfAnotherModelSizeRefusesThem() {
    org.ripple.core.Model m = org.ripple.core.testing.Models.builder("t",
        org.ripple.core.testing.Models.sectors(java.util.List.of("A", "B")), new double[][] {{1, 2}, {3, 4}},
        new double[] {10, 20}).build();
    assertThatThrownBy(() -> ModelValidator.validate(m, AcceptedFlows.builder(3).accept(0, 0, "x").build()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
