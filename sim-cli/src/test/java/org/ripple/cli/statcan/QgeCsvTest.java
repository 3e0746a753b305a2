package org.ripple.cli.statcan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.io.InputException;

class QgeCsvTest {
  private static final Path F = Path.of("f.csv");

  @Test
  void quotedFieldsKeepCommasQuotesAndLineBreaks() {
    QgeCsv.Table t = QgeCsv.parse(F, "year,sector,v\r\n2021,\"Agriculture, Forestry, Fishing\",1.5\n"
        + "2021,\"say \"\"hi\"\"\",2\n2021,\"two\nlines\",3\n2021,,4");
    assertThat(t.header()).containsExactly("year", "sector", "v");
    assertThat(t.rows()).extracting(QgeCsv.Row::fields).containsExactly(
        List.of("2021", "Agriculture, Forestry, Fishing", "1.5"), List.of("2021", "say \"hi\"", "2"),
        List.of("2021", "two\nlines", "3"), List.of("2021", "", "4"));
    assertThat(t.rows()).extracting(QgeCsv.Row::line).containsExactly(2, 3, 4, 6);
  }

  @Test
  void byteOrderMarkIsSkipped() {
    assertThat(QgeCsv.parse(F, "\uFEFFa,b\n1,2\n").header()).containsExactly("a", "b");
  }

  @Test
  void unterminatedQuoteFails() {
    assertThatThrownBy(() -> QgeCsv.parse(F, "a,b\n1,\"open\n"))
        .isInstanceOf(InputException.class)
        .satisfies(e -> {
          InputException ie = (InputException) e;
          assertThat(ie.oneLine()).isEqualTo("f.csv:2:3: unclosed quote: the quoted field starting here never ends");
          assertThat(ie.exitCode()).isEqualTo(ExitCodes.BAD_MODEL);
        });
  }

  @Test
  void quoteInsideUnquotedFieldFails() {
    assertThatThrownBy(() -> QgeCsv.parse(F, "a,b\n1,x\"y\n"))
        .hasMessageContaining("quote in the middle of an unquoted field");
  }

  @Test
  void textAfterClosingQuoteFails() {
    assertThatThrownBy(() -> QgeCsv.parse(F, "a,b\n1,\"x\"y\n"))
        .hasMessageContaining("after a closing quote");
  }

  @Test
  void wrongFieldCountFailsWithTheLine() {
    assertThatThrownBy(() -> QgeCsv.parse(F, "a,b\n1,2\n1,2,3\n"))
        .isInstanceOf(InputException.class)
        .extracting(e -> ((InputException) e).oneLine())
        .isEqualTo("f.csv:3:5: row has 3 fields, the header has 2");
  }

  @Test
  void numbersAreStrictDecimals() {
    QgeCsv.Table t = QgeCsv.parse(F, "v\n1.5e3\nNaN\n1.0d\n-2\n");
    assertThat(t.number(t.rows().get(0), 0)).isEqualTo(1500.0);
    assertThat(t.number(t.rows().get(3), 0)).isEqualTo(-2.0);
    assertThatThrownBy(() -> t.number(t.rows().get(1), 0))
        .hasMessageContaining("expected a decimal number, found 'NaN'");
    assertThatThrownBy(() -> t.number(t.rows().get(2), 0)).hasMessageContaining("found '1.0d'");
  }

  @Test
  void missingColumnNamesTheColumns() {
    QgeCsv.Table t = QgeCsv.parse(F, "a,b\n1,2\n");
    assertThatThrownBy(() -> t.column("c")).hasMessageContaining("missing column 'c' (columns are a, b)");
  }
}
