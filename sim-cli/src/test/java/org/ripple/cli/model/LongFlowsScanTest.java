package org.ripple.cli.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ripple.core.Sector;
import org.ripple.core.SectorIndex;
import org.ripple.core.linalg.Triplets;

/**
 * The byte-level reader of {@code transactions-long.csv}: on seeded random files in the common form (rows in any
 * order, numbers in every form a cell may take, a byte-order mark, no final line end) it gives every row, in the
 * file's order (the parts one after the other), with the value {@code Double.parseDouble} gives the cell's text,
 * whole or split in two halves at any place; on anything outside that form it gives up (null), so that the general reader, with its messages, takes
 * over. That the errors stay those of the general reader is {@link LongTransactionsTest}'s (its 601-sector models go
 * through this reader first).
 */
class LongFlowsScanTest {
  @TempDir
  Path dir;

  private static final int N = 50;

  private static SectorIndex index() {
    List<Sector> sectors = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      sectors.add(new Sector(i % 7 == 3 ? "A-" + i : String.format(Locale.ROOT, "S%03d", i), "sector " + i));
    }
    return SectorIndex.of(sectors);
  }

  /** A cell for value v in one of the forms a number cell may take. */
  private static String cell(double v, int form) {
    return switch (form) {
      case 0 -> Double.toString(v).replace("E", "e"); // 1.0E-5 as 1.0e-5 at times
      case 1 -> String.format(Locale.ROOT, "%.6f", v);
      case 2 -> Long.toString(Math.round(v));
      case 3 -> " " + String.format(Locale.ROOT, "%.3f", v) + " ";
      case 4 -> "+" + String.format(Locale.ROOT, "%.12f", v);
      default -> String.format(Locale.ROOT, "%.17e", v);
    };
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void seededFilesGiveEveryRowInOrderWholeOrSplitAnywhere(long seed) throws IOException {
    Random random = new Random(seed);
    SectorIndex index = index();
    CodeTable codes = CodeTable.of(index);
    StringBuilder text = new StringBuilder(random.nextBoolean() ? "\uFEFF" : "").append("from,to,value\n");
    List<int[]> pairs = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    int rows = 1 + random.nextInt(400);
    for (int r = 0; r < rows; r++) {
      int i = random.nextInt(N);
      int j = random.nextInt(N);
      double v = random.nextInt(5) == 0 ? 0.0 : Math.pow(10, 8 * random.nextDouble() - 4) * random.nextDouble();
      String c = cell(v, random.nextInt(6));
      pairs.add(new int[] {i, j});
      cells.add(c);
      text.append(index.at(i).code()).append(',').append(index.at(j).code()).append(',').append(c);
      if (r < rows - 1 || random.nextBoolean()) {
        text.append('\n');
      }
    }
    Path file = dir.resolve("t.csv");
    Files.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    long size = Files.size(file);
    for (long split : new long[] {Long.MAX_VALUE, 0, 1 + random.nextInt((int) size), size / 2}) {
      Triplets[] parts = LongFlowsScan.read(file, size, codes, split);
      assertThat(parts).as("split %d", split).isNotNull();
      Triplets f = new Triplets(1);
      for (Triplets part : parts) {
        for (int k = 0; k < part.size(); k++) {
          f.add(part.row(k), part.col(k), part.value(k));
        }
      }
      assertThat(f.size()).isEqualTo(rows);
      for (int r = 0; r < rows; r++) {
        assertThat(f.row(r)).isEqualTo(pairs.get(r)[0]);
        assertThat(f.col(r)).isEqualTo(pairs.get(r)[1]);
        assertThat(Double.doubleToRawLongBits(f.value(r))).as("row %d: %s", r, cells.get(r))
            .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(cells.get(r).strip())));
      }
    }
    // the limit: a file above it is the general reader's (which refuses it)
    assertThat(LongFlowsScan.read(file, size - 1, codes, Long.MAX_VALUE)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "from,to,value\r\nS000,S001,1\r\n", // CRLF
      "from,to,value\nS000,S001,1\r\n",
      "from,to,value\n\"S000\",S001,1\n", // quoted
      "from,to,value\nS000,S001,1\n\nS001,S002,3\n", // an empty line
      "from,to,value\nS000,S001,1\n\n", // an empty line at the end (allowed; the general reader's)
      "from,to,value\nS000,S001,-1\n", // negative
      "from,to,value\nS000,S001,-0.5e-3\n",
      "from,to,value\nS000,S999,1\n", // unknown code
      "from,to,value\nS000 ,S001,1\n", // space around a code
      "from,to,value\nS000,S001,1,2\n", // too wide
      "from,to,value\nS000,S001\n", // too narrow
      "from,to,value\nS000,S001,x\n", // not a number
      "from,to,value\nS000,S001,NaN\n",
      "from,to,value\nS000,S001,1e999\n", // out of range
      "from,to,value\nS000,S001,\n", // empty
      "from,to,value\nS000,S001,1\tx\n", // a control character
      "from,to,value\nS00\u00e9,S001,1\n", // not ASCII
      "from,to,value\nS000,S001,1\u0000\n",
      "to,from,value\nS000,S001,1\n", // another header
      "from,to,value,note\nS000,S001,1,x\n",
      "from,to\n",
  })
  void anythingOutsideTheCommonFormIsLeftToTheGeneralReader(String text) throws IOException {
    Path file = dir.resolve("t.csv");
    Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    assertThat(LongFlowsScan.read(file, 1 << 20, CodeTable.of(index()), Long.MAX_VALUE)).isNull();
    assertThat(LongFlowsScan.read(file, 1 << 20, CodeTable.of(index()), 0)).isNull();
  }
}
