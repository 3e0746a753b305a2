package org.ripple.cli.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** CSV cells (formula injection neutralised in text only) and the number formats, in any locale. */
class CsvAndNumbersTest {
  @Test
  void shortestRoundTripWithoutExponent() {
    assertThat(Numbers.shortest(1.0E7)).isEqualTo("10000000");
    assertThat(Numbers.shortest(3.0)).isEqualTo("3");
    assertThat(Numbers.shortest(0.1)).isEqualTo("0.1");
    assertThat(Numbers.shortest(-2.5)).isEqualTo("-2.5");
    assertThat(Numbers.shortest(1.0E-5)).isEqualTo("0.00001");
    assertThat(Numbers.shortest(-0.0)).isEqualTo("0");
    assertThat(Numbers.shortest(123456789012.5)).isEqualTo("123456789012.5");
    assertThat(Numbers.shortest(1e300)).isEqualTo("1E+300");
    for (double v : new double[] {0.1 + 0.2, Math.PI, 1e20, 123.456e-7, Double.MIN_NORMAL * 1e300}) {
      assertThat(Double.parseDouble(Numbers.shortest(v))).isEqualTo(v);
    }
  }

  @Test
  void fixedIsLocaleIndependent() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(Numbers.fixed(1234.5, 2)).isEqualTo("1234.50");
      assertThat(Numbers.shortest(1234.5)).isEqualTo("1234.5");
      assertThat(Numbers.fixed(-0.001, 2)).isEqualTo("0.00");
      assertThat(Numbers.fixed(2.5, 0)).isEqualTo("3");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void nonFiniteNeverPrinted() {
    assertThatThrownBy(() -> Numbers.shortest(Double.NaN)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Numbers.fixed(Double.POSITIVE_INFINITY, 1)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Csv.number(Double.NEGATIVE_INFINITY)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void formulaInjectionIsNeutralisedInTextOnly() {
    assertThat(Csv.text("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
    assertThat(Csv.text("+1")).isEqualTo("'+1");
    assertThat(Csv.text("-1")).isEqualTo("'-1");
    assertThat(Csv.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(Csv.text("\tx")).isEqualTo("'\tx");
    assertThat(Csv.text("\rx")).isEqualTo("\"'\rx\"");
    assertThat(Csv.text("Farms")).isEqualTo("Farms");
    assertThat(Csv.text("a,b")).isEqualTo("\"a,b\"");
    assertThat(Csv.text(null)).isEmpty();
    assertThat(Csv.number(-3)).isEqualTo("-3");
    assertThat(Csv.line(Csv.text("x"), Csv.number(-1.5), Csv.fixed(2, 1))).isEqualTo("x,-1.5,2.0\n");
  }
}
