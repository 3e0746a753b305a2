package org.ripple.cli.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ripple.cli.ExitCodes;

/** The strict CSV reader: size and width limits, bad bytes, and the RFC 4180 rules, each a one-line error. */
class StrictCsvTest {
  @TempDir
  Path dir;

  private Path write(String content) throws IOException {
    return Files.write(dir.resolve("t.csv"), content.getBytes(StandardCharsets.UTF_8));
  }

  private CsvTable read(String content) throws IOException {
    return StrictCsv.read(write(content), ExitCodes.BAD_MODEL);
  }

  private InputException fail(StrictCsv csv, byte[] content, int line, int column) throws IOException {
    Path file = Files.write(dir.resolve("t.csv"), content);
    InputException e = catchThrowableOfType(InputException.class, () -> csv.readFile(file, ExitCodes.BAD_MODEL));
    assertThat(e).isNotNull();
    assertThat(e.exitCode()).isEqualTo(ExitCodes.BAD_MODEL);
    assertThat(e.oneLine()).startsWith(file + (line > 0 ? ":" + line + ":" + column + ": " : ": "))
        .doesNotContain("\n");
    return e;
  }

  private InputException fail(String content, int line, int column) throws IOException {
    return fail(StrictCsv.defaults(), content.getBytes(StandardCharsets.UTF_8), line, column);
  }

  @Test
  void readsQuotedFieldsCrlfAndBom() throws IOException {
    CsvTable t = read("\uFEFFcode,name\r\n01,\"Farms, \"\"big\"\"\"\r\n02,\"two\nlines\"\r\n03,\r\n\r\n\n");
    assertThat(t.header()).containsExactly("code", "name");
    assertThat(t.rows()).hasSize(3);
    assertThat(t.rows().get(0).fields()).containsExactly("01", "Farms, \"big\"");
    assertThat(t.rows().get(1).get(1)).isEqualTo("two\nlines");
    assertThat(t.rows().get(2).line()).isEqualTo(5);
    assertThat(t.rows().get(2).get(1)).isEmpty();
    assertThat(t.columnIndex("name")).isEqualTo(1);
    assertThat(t.columnIndex("nope")).isEqualTo(-1);
    assertThat(t.rows().get(0).column(1)).isEqualTo(4);
  }

  @Test
  void unclosedQuote() throws IOException {
    assertThat(fail("a,b\n1,\"x\n2,3\n", 2, 3).getMessage()).startsWith("unclosed quote");
  }

  @Test
  void raggedRow() throws IOException {
    assertThat(fail("a,b\n1,2\n1,2,3\n", 3, 5).getMessage()).isEqualTo("row has 3 fields, the header has 2");
    assertThat(fail("a,b\n1,2\n\n3,4\n", 3, 1).getMessage()).startsWith("empty line");
  }

  @Test
  void quoteInTheMiddleAndTextAfterAClosingQuote() throws IOException {
    assertThat(fail("a,b\n1,x\"y\"\n", 2, 4).getMessage()).startsWith("quote in the middle of an unquoted field");
    assertThat(fail("a,b\n1,\"x\"y\n", 2, 6).getMessage()).startsWith("unexpected text after a closing quote");
  }

  @Test
  void loneCarriageReturnDuplicateHeaderAndEmptyFile() throws IOException {
    assertThat(fail("a,b\r1,2\n", 1, 4).getMessage()).startsWith("carriage return without a line feed");
    assertThat(fail("a,b,a\n1,2,3\n", 1, 5).getMessage()).isEqualTo("duplicate column 'a' (also column 1)");
    assertThat(fail("", 0, 0).getMessage()).startsWith("file is empty");
  }

  @Test
  void tooManyColumnsTooLongFieldTooLargeFile() throws IOException {
    String wide = String.join(",", java.util.Collections.nCopies(20_000, "x"));
    assertThat(fail(wide + "\n", 1, 32_769).getMessage()).startsWith("row has more than 16384 columns");
    StrictCsv small = StrictCsv.withLimits(1000, 10, 5);
    assertThat(fail(small, "a,b\n1,123456\n".getBytes(StandardCharsets.UTF_8), 2, 3).getMessage())
        .isEqualTo("field is longer than 5 characters");
    assertThat(fail(small, "a,b\n1,\"123456\"\n".getBytes(StandardCharsets.UTF_8), 2, 3).getMessage())
        .isEqualTo("field is longer than 5 characters");
    byte[] big = new byte[1001];
    java.util.Arrays.fill(big, (byte) 'a');
    assertThat(fail(small, big, 0, 0).getMessage()).isEqualTo("file is 0.0 MB; CSV files are limited to 0.0 MB");
  }

  @Test
  void notUtf8() throws IOException {
    assertThat(fail(StrictCsv.defaults(), new byte[] {'a', ',', 'b', '\n', '1', ',', (byte) 0xFF, '\n'}, 2, 3)
        .getMessage()).startsWith("file is not UTF-8");
    assertThat(fail(StrictCsv.defaults(), "a,b\n".getBytes(StandardCharsets.UTF_16LE), 1, 2)
        .getMessage()).startsWith("file is not UTF-8");
    byte[] bom16 = {(byte) 0xFF, (byte) 0xFE, 'a', 0, ',', 0, 'b', 0};
    assertThat(fail(StrictCsv.defaults(), bom16, 1, 1).getMessage()).contains("UTF-16 byte-order mark");
  }

  @Test
  void numbersInCells() throws IOException {
    CsvTable t = read("v\n1\n-2.5e3\n 7 \n.5\n");
    List<Double> values = new java.util.ArrayList<>();
    for (CsvTable.Row r : t.rows()) {
      values.add(t.number(r, 0));
    }
    assertThat(values).containsExactly(1.0, -2500.0, 7.0, 0.5);
    for (String bad : new String[] {"0x10", "1d", "1f", "1,5", "e5", "1e", "--1"}) {
      CsvTable b = read("v\n\"" + bad + "\"\n");
      InputException e = catchThrowableOfType(InputException.class, () -> b.number(b.rows().get(0), 0));
      assertThat(e.getMessage()).as(bad).startsWith("expected a number");
    }
  }

  @Test
  void missingFileIsIo() {
    InputException e = catchThrowableOfType(InputException.class,
        () -> StrictCsv.read(dir.resolve("none.csv"), ExitCodes.BAD_MODEL));
    assertThat(e.exitCode()).isEqualTo(ExitCodes.IO);
  }
}
