package org.ripple.cli.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.ripple.cli.ExitCodes;

/**
 * {@link CsvParser} against the parser it replaced ({@link ReferenceCsv}), on seeded random texts, well-formed and
 * not, through parse buffers from 4 characters up (so every record crosses buffer refills): {@link StrictCsv#parse}
 * gives the same rows or the same one-line error; {@link CsvStream} gives the same rows, or the error the old parser
 * gives for the first problem in the file; and a byte that is not UTF-8, or a NUL, is reported at the same line and
 * column whether the file is decoded whole or streamed in chunks of a few bytes.
 */
class CsvParserTest {
  private static final int EXIT = ExitCodes.BAD_MODEL;
  private static final int[] BUFFERS = {4, 5, 7, 16, 64, 1 << 16};
  private static final String[] ATOMS = {"a", "b", "1", "2.5", ",", ",", "\"", "\"\"", "\n", "\n", "\r\n", "\r", " ",
      "\u00e9", "\u20ac", "\ud83d\ude00", "x,y", "\"q\"", "\"a\nb\"", "\"\"\"\"", "code", "from"};

  /** A line, fields and field columns: what a row is, whichever reader made it. */
  private record Out(int line, List<String> fields, List<Integer> columns) {
    static Out of(CsvTable.Row r) {
      List<Integer> columns = new ArrayList<>();
      for (int i = 0; i < r.size(); i++) {
        columns.add(r.column(i));
      }
      return new Out(r.line(), r.fields(), columns);
    }

    static Out of(ReferenceCsv.Rec r) {
      return new Out(r.line(), r.fields(), r.columns());
    }
  }

  private static String randomText(SplittableRandom r) {
    StringBuilder sb = new StringBuilder();
    int atoms = r.nextInt(0, 30);
    for (int i = 0; i < atoms; i++) {
      sb.append(ATOMS[r.nextInt(ATOMS.length)]);
    }
    return sb.toString();
  }

  private static String field(SplittableRandom r, boolean header, int i) {
    if (header) {
      return r.nextInt(20) == 0 ? "h0" : "h" + i; // sometimes a duplicate name
    }
    switch (r.nextInt(6)) {
      case 0:
        return "";
      case 1:
        return "\"" + ATOMS[r.nextInt(ATOMS.length)].replace("\"", "\"\"") + ",\r\n\"";
      case 2:
        return "\u00e9\ud83d\ude00" + r.nextInt(100);
      default:
        return Integer.toString(r.nextInt(1_000_000));
    }
  }

  /** A table of a few rows, mostly well-formed: sometimes a ragged row, an empty line, a CR line end, empty lines. */
  private static String tableText(SplittableRandom r, boolean valid) {
    int width = r.nextInt(1, 5);
    StringBuilder sb = new StringBuilder();
    int rows = r.nextInt(0, 8);
    for (int k = 0; k <= rows; k++) {
      int w = valid || r.nextInt(10) > 0 ? width : width + r.nextInt(-1, 2);
      for (int i = 0; i < Math.max(1, w); i++) {
        if (i > 0) {
          sb.append(',');
        }
        String f = field(r, k == 0, i);
        sb.append(valid && k == 0 ? "h" + i : f);
      }
      sb.append(r.nextBoolean() ? "\n" : "\r\n");
      if (!valid && r.nextInt(10) == 0) {
        sb.append('\n');
      }
    }
    if (r.nextInt(3) == 0) {
      sb.append("\n\n");
    }
    if (r.nextInt(4) == 0 && sb.length() > 0) {
      sb.setLength(sb.length() - 1); // no line end at the end
    }
    return sb.toString();
  }

  private static String text(SplittableRandom r) {
    return r.nextInt(3) == 0 ? randomText(r) : tableText(r, r.nextInt(3) == 0);
  }

  /** Maximum columns and field length: mostly the defaults, sometimes tiny. */
  private static int[] limits(SplittableRandom r) {
    return r.nextInt(4) == 0 ? new int[] {r.nextInt(1, 4), r.nextInt(1, 6)}
        : new int[] {StrictCsv.DEFAULT_MAX_COLUMNS, StrictCsv.DEFAULT_MAX_FIELD_LENGTH};
  }

  private static StrictCsv csv(int[] limits) {
    return StrictCsv.withLimits(1 << 20, limits[0], limits[1]);
  }

  @Test
  void wholeTextParsesAsBefore() {
    SplittableRandom r = new SplittableRandom(11);
    for (int n = 0; n < 20_000; n++) {
      String text = text(r);
      int[] limits = limits(r);
      StrictCsv csv = csv(limits);
      int buffer = BUFFERS[r.nextInt(BUFFERS.length)];
      Object expected;
      try {
        expected = new ReferenceCsv("t.csv", text, EXIT, limits[0], limits[1]).parse().stream()
            .map(Out::of).toList();
      } catch (InputException e) {
        expected = e.oneLine();
      }
      Object actual;
      try {
        CsvTable t = csv.parse("t.csv", text, EXIT, buffer);
        List<Out> rows = new ArrayList<>();
        rows.add(Out.of(t.headerRow()));
        t.rows().forEach(row -> rows.add(Out.of(row)));
        actual = rows;
      } catch (InputException e) {
        actual = e.oneLine();
      }
      assertThat(actual).as("%s (buffer %d)", escape(text), buffer).isEqualTo(expected);
    }
  }

  @Test
  void streamGivesTheRowsOrTheFirstProblemInTheFile() {
    SplittableRandom r = new SplittableRandom(12);
    for (int n = 0; n < 20_000; n++) {
      String text = text(r);
      int[] limits = limits(r);
      StrictCsv csv = csv(limits);
      int buffer = BUFFERS[r.nextInt(BUFFERS.length)];
      Object expected = expectedStream(text, limits);
      List<Out> rows = new ArrayList<>();
      Object actual;
      try (CsvStream s = csv.stream("t.csv", chunks(text.getBytes(StandardCharsets.UTF_8), r), "CSV files", EXIT,
          buffer)) {
        rows.add(Out.of(s.table().headerRow()));
        while (s.next()) {
          rows.add(Out.of(s.row()));
          for (int i = 0; i < s.size(); i++) {
            if (s.inPlace(i)) {
              assertThat(new String(s.chars(), s.start(i), s.end(i) - s.start(i))).isEqualTo(s.field(i));
            }
          }
        }
        actual = rows;
      } catch (InputException e) {
        actual = e.oneLine();
      }
      assertThat(actual).as("%s (buffer %d)", escape(text), buffer).isEqualTo(expected);
    }
  }

  /**
   * What the stream must give, from the old parser: its records up to its first error, handed out as
   * {@link CsvStream} does (empty lines only when a non-empty record follows), checked in file order.
   */
  private static Object expectedStream(String text, int[] limits) {
    ReferenceCsv ref = new ReferenceCsv("t.csv", text, EXIT, limits[0], limits[1]);
    InputException parseError = null;
    try {
      ref.records();
    } catch (InputException e) {
      parseError = e;
    }
    List<ReferenceCsv.Rec> out = new ArrayList<>();
    int pending = -1;
    try {
      for (int k = 0; k < ref.records.size(); k++) {
        ReferenceCsv.Rec rec = ref.records.get(k);
        if (rec.isEmptyLine()) {
          pending = pending < 0 ? k : pending;
          continue;
        }
        for (int i = pending < 0 ? k : pending; i <= k; i++) {
          ReferenceCsv.Rec next = ref.records.get(i);
          if (out.isEmpty()) {
            ReferenceCsv.checkHeader("t.csv", next, EXIT);
          } else {
            ReferenceCsv.checkRow("t.csv", out.get(0), next, EXIT);
          }
          out.add(next);
        }
        pending = -1;
      }
    } catch (InputException e) {
      return e.oneLine();
    }
    if (parseError != null) {
      return parseError.oneLine();
    }
    if (out.isEmpty()) {
      return "t.csv: file is empty; expected a header line";
    }
    return out.stream().map(Out::of).toList();
  }

  @Test
  void aBadByteOrANulIsReportedWhereTheWholeFileReaderReportsIt() {
    SplittableRandom r = new SplittableRandom(13);
    byte[][] bad = {{(byte) 0xFF}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {0}, {(byte) 0x80}};
    for (int n = 0; n < 5_000; n++) {
      byte[] good = tableText(r, true).getBytes(StandardCharsets.UTF_8);
      byte[] b = bad[r.nextInt(bad.length)];
      int at = r.nextInt(good.length + 1);
      byte[] bytes = new byte[good.length + b.length];
      System.arraycopy(good, 0, bytes, 0, at);
      System.arraycopy(b, 0, bytes, at, b.length);
      System.arraycopy(good, at, bytes, at + b.length, good.length - at);
      String whole = catchThrowableOfType(InputException.class,
          () -> StrictCsv.defaults().parse("t.csv", bytes, EXIT)).oneLine();
      InputException streamed = catchThrowableOfType(InputException.class, () -> {
        try (CsvStream s = StrictCsv.defaults().stream("t.csv", chunks(bytes, r), "CSV files", EXIT,
            BUFFERS[r.nextInt(BUFFERS.length)])) {
          while (s.next()) {
            s.row();
          }
        }
      });
      assertThat(streamed).as("%s at byte %d", escape(new String(good, StandardCharsets.UTF_8)), at).isNotNull();
      assertThat(streamed.oneLine()).isEqualTo(whole);
    }
  }

  @Test
  void byteOrderMarksAndSizeLimit() {
    byte[] utf8Bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ',', 'b', '\n', '1', ',', '2', '\n'};
    try (CsvStream s = StrictCsv.defaults().stream("t.csv", new ByteArrayInputStream(utf8Bom), "CSV files", EXIT)) {
      assertThat(s.table().header()).containsExactly("a", "b");
      assertThat(s.next()).isTrue();
      assertThat(s.row().column(1)).isEqualTo(3);
      assertThat(s.next()).isFalse();
    }
    byte[] utf16Bom = {(byte) 0xFF, (byte) 0xFE, 'a', 0, ',', 0, 'b', 0};
    assertThat(catchThrowableOfType(InputException.class, () -> StrictCsv.defaults().stream("t.csv",
        new ByteArrayInputStream(utf16Bom), "CSV files", EXIT)).oneLine())
        .isEqualTo("t.csv:1:1: " + TextFiles.UTF16_BOM);
    byte[] big = "a,b\n1,2\n3,4\n".getBytes(StandardCharsets.UTF_8);
    InputException e = catchThrowableOfType(InputException.class, () -> {
      try (CsvStream s = StrictCsv.withLimits(10, 10, 10).stream("t.csv", new ByteArrayInputStream(big),
          "test files", EXIT)) {
        while (s.next()) {
          s.row();
        }
      }
    });
    assertThat(e.oneLine()).isEqualTo("t.csv: file is 0.0 MB; test files are limited to 0.0 MB");
    assertThat(e.exitCode()).isEqualTo(EXIT);
  }

  /** A stream that hands over 1 to 7 bytes per read, so multi-byte characters arrive split. */
  private static InputStream chunks(byte[] bytes, SplittableRandom r) {
    long seed = r.nextLong();
    return new ByteArrayInputStream(bytes) {
      private final SplittableRandom sizes = new SplittableRandom(seed);

      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, sizes.nextInt(1, 8)));
      }
    };
  }

  private static String escape(String s) {
    return s.replace("\r", "\\r").replace("\n", "\\n");
  }
}
