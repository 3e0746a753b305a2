package org.ripple.cli.output.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A value axis ends at the first tick past its largest bar, with four to seven intervals (three to eight where none fits) of 1, 2 or 5 x 10^k. */
class AxisTest {
  @Test
  void endsAtTheFirstTickPastTheLargestBar() {
    Axis jobs = Axis.covering(-6077, 0); // a loss of 6,077 jobs
    assertThat(jobs.lo()).isEqualTo(-7000);
    assertThat(jobs.hi()).isEqualTo(0);
    assertThat(jobs.step()).isEqualTo(1000);
    Axis flagship = Axis.covering(-5191, 0);
    assertThat(flagship.lo()).isEqualTo(-6000);
    assertThat(flagship.step()).isEqualTo(1000);
    Axis small = Axis.covering(0, 0.37);
    assertThat(small.hi()).isEqualTo(0.4, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(small.step()).isEqualTo(0.1, org.assertj.core.api.Assertions.within(1e-12));
    Axis both = Axis.covering(-120, 480);
    assertThat(both.lo()).isEqualTo(-200);
    assertThat(both.hi()).isEqualTo(500);
    assertThat(both.step()).isEqualTo(100);
  }

  static Stream<double[]> ranges() {
    Random r = new Random(20261202L);
    return Stream.generate(() -> {
      double scale = Math.pow(10, r.nextInt(12) - 4);
      double a = -r.nextDouble() * scale * (r.nextBoolean() ? 1 : 0);
      double b = r.nextDouble() * scale * (r.nextBoolean() || a == 0 ? 1 : 0);
      return new double[] {a, b};
    }).limit(300);
  }

  @ParameterizedTest
  @MethodSource("ranges")
  void coversTheRangeWithNiceTicksAndLessThanOneStepToSpare(double[] range) {
    Axis axis = Axis.covering(range[0], range[1]);
    double min = Math.min(0, range[0]);
    double max = Math.max(0, range[1]);
    if (!(max > min)) {
      max = min + 1;
    }
    assertThat(axis.lo()).isLessThanOrEqualTo(min);
    assertThat(axis.hi()).isGreaterThanOrEqualTo(max - 1e-12 * Math.abs(max));
    assertThat(axis.ticks()).isBetween(3, 8);
    assertThat(max - min).isGreaterThan(axis.hi() - axis.lo() - 2 * axis.step());
    double mantissa = axis.step() / Math.pow(10, Math.floor(Math.log10(axis.step()) + 1e-9));
    assertThat(Math.round(mantissa * 1e6) / 1e6).isIn(1.0, 2.0, 5.0);
  }
}
