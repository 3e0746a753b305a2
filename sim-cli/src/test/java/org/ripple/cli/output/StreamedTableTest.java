package org.ripple.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ripple.cli.output.tables.Column;
import org.ripple.cli.output.tables.Table;

/**
 * A table whose middle rows a {@link Table.RowSource} makes as they are written, against the same table built row by
 * row: the same cells, the same CSV and the same JSON, byte for byte, for seeded figures of every kind (negatives,
 * both zeros, tiny and huge values, not available), texts that need quoting or neutralising, and more rows than the
 * CSV writer's buffer holds.
 */
class StreamedTableTest {
  private static final Column[] COLUMNS = {Column.text("Code").keyed("code"), Column.text("Name").keyed("name"),
      Column.jobs("Jobs").keyed("effect.jobs"), Column.money("Output").keyed("effect.output"),
      Column.money("Value added").keyed("value_added")};

  private static double figure(SplittableRandom r) {
    return switch (r.nextInt(8)) {
      case 0 -> 0.0;
      case 1 -> -0.0;
      case 2 -> Double.NaN;
      case 3 -> (r.nextBoolean() ? -1 : 1) * Math.pow(10, r.nextInt(-320, 308)) * r.nextDouble(1, 10);
      case 4 -> -r.nextInt(1_000_000) / 1000.0;
      default -> -r.nextDouble() * Math.pow(10, r.nextInt(-12, 6));
    };
  }

  private static String text(SplittableRandom r, int row) {
    return switch (r.nextInt(9)) {
      case 0 -> "sector, with a comma " + row;
      case 5 -> "caf\u00e9 \u00fcn\u00efcode \ud83d\ude00 " + row; // two- and four-byte UTF-8
      case 6 -> "\u001b]0;retitled\u0007 " + row; // escaped in a file: \\u001b ... \\u0007
      case 7 -> "bidi \u202e reversed \u007f\u0085 " + row;
      case 1 -> "=formula " + row;
      case 2 -> "a \"quoted\" name";
      case 3 -> "";
      default -> "synthetic sector " + row;
    };
  }

  /** Two built rows, {@code n} rows of the source, one built row; and the same rows all built. */
  private static Table[] both(long seed, int n) {
    SplittableRandom r = new SplittableRandom(seed);
    String[] codes = new String[n];
    String[] names = new String[n];
    double[][] figures = new double[n][3];
    for (int i = 0; i < n; i++) {
      codes[i] = "S" + i;
      names[i] = i % 4 == 0 ? text(r, i) : names[i - 1]; // a sector's name in its four rows: one object
      for (int k = 0; k < 3; k++) {
        figures[i][k] = figure(r);
      }
    }
    Table.Builder streamed = Table.builder("T", "", COLUMNS);
    Table.Builder built = Table.builder("T", "", COLUMNS);
    for (Table.Builder b : List.of(streamed, built)) {
      b.row("first", "-3 first", 1.5, null, -0.0);
      b.row("second", List.of("a", "b"), -2.0, 1e-12, 3.0);
    }
    streamed.rows(n, new Table.RowSource() {
      @Override
      public Object text(int row, int c) {
        return c == 0 ? codes[row] : names[row];
      }

      @Override
      public double number(int row, int c) {
        return figures[row][c - 2];
      }
    });
    for (int i = 0; i < n; i++) {
      built.row(codes[i], names[i], figures[i][0], figures[i][1], figures[i][2]);
    }
    for (Table.Builder b : List.of(streamed, built)) {
      b.row("last", "", Double.NaN, 7.0, 1e21);
    }
    return new Table[] {streamed.build(), built.build()};
  }

  private static Document document(Table t) {
    return new Document("t", List.of(), List.of(), List.of(Document.TableSection.of(t)));
  }

  @ParameterizedTest(name = "{0} source rows")
  @ValueSource(ints = {0, 1, 7, 20_000})
  void sameCellsCsvAndJsonAsTheBuiltTable(int n) throws Exception {
    Table[] t = both(n + 17L, n);
    Table streamed = t[0];
    Table built = t[1];
    assertThat(streamed.rowCount()).isEqualTo(built.rowCount()).isEqualTo(n + 3);
    for (int r = 0; r < built.rowCount(); r++) {
      assertThat(streamed.row(r)).as("row %d", r).containsExactly(built.row(r));
    }
    String csv = document(built).csv();
    assertThat(document(streamed).csv()).isEqualTo(csv);
    StringWriter w = new StringWriter();
    document(streamed).csv(w);
    assertThat(w.toString()).isEqualTo(csv);
    assertThat(DocumentJson.write(document(streamed))).isEqualTo(DocumentJson.write(document(built)));
    // to a file: the bytes the text gave through the terminal escaping and a UTF-8 encoder, each cell encoded once
    java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
    document(streamed).csv(file);
    assertThat(file.toByteArray()).isEqualTo(org.ripple.cli.io.TerminalText.escape(csv)
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    if (n > 100) {
      assertThat(csv).contains("\u001b]0;retitled").contains("caf\u00e9");
      assertThat(file.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("\\u001b]0;retitled\\u0007")
          .contains("bidi \\u202e reversed \\u007f\\u0085").contains("caf\u00e9 \u00fcn\u00efcode \ud83d\ude00");
    }
    assertThat(csv).startsWith("code,name,effect.jobs,effect.output,value_added\nfirst,'-3 first,1.5,,0\n"
        + "second,a; b,-2,1E-12,3\n").endsWith("last,,,7,1E+21\n");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(doubles = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void anInfiniteFigureStopsTheWriter(double infinite) {
    Table t = Table.builder("T", "", COLUMNS).rows(2, new Table.RowSource() {
      @Override
      public Object text(int row, int c) {
        return "x";
      }

      @Override
      public double number(int row, int c) {
        return row == 1 && c == 3 ? infinite : 1.0;
      }
    }).build();
    assertThat(t.cell(0, 3)).isEqualTo(1.0);
    assertThatThrownBy(() -> t.cell(1, 3)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("non-finite number reached output");
    assertThatThrownBy(() -> document(t).csv()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("non-finite number reached output");
  }
}
