package org.ripple.cli.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.io.InputException;
import org.ripple.core.Model;

/**
 * {@code transactions-long.csv}, now read one row at a time: the same values and the same one-line errors on both
 * paths (a model of at most 600 sectors read into a dense array, a larger one into CSR), for every kind of cell the
 * fast path (codes looked up in place, plain decimals converted in place) hands to the old checks, and the size limit.
 */
class LongTransactionsTest {
  @TempDir
  Path dir;

  private static final String YAML = "name: long\ntitle: Long\nregion: Nowhere\nyear: 2021\ncurrency: CAD\n"
      + "unit: CAD thousands\nunit_factor: 1000\njobs_definition: persons\nlicence: CC-BY-4.0\n"
      + "attribution: Somebody\nsources: []\nassumptions: []\nnotes: []\n";

  /** A model folder of n sectors S000.. with this transactions-long.csv. */
  private Path model(int n, String transactions) throws IOException {
    Path m = dir.resolve("m" + n);
    Files.createDirectories(m);
    StringBuilder sectors = new StringBuilder("code,name\n");
    StringBuilder industry = new StringBuilder("code,output\n");
    for (int i = 0; i < n; i++) {
      sectors.append(code(i)).append(",sector ").append(i).append('\n');
      industry.append(code(i)).append(",100\n");
    }
    Files.writeString(m.resolve("model.yaml"), YAML);
    Files.writeString(m.resolve("sectors.csv"), sectors);
    Files.writeString(m.resolve("industry.csv"), industry);
    Files.write(m.resolve("transactions-long.csv"), transactions.getBytes(StandardCharsets.UTF_8));
    return m;
  }

  private static String code(int i) {
    return String.format("S%03d", i);
  }

  /** The one-line error of reading this file as a 3-sector (dense) and a 601-sector (sparse) model: the same. */
  private String error(String transactions) throws IOException {
    String[] lines = new String[2];
    int k = 0;
    for (int n : new int[] {3, 601}) {
      Path m = model(n, transactions);
      InputException e = catchThrowableOfType(InputException.class, () -> ModelReader.read(m));
      assertThat(e).as("n = %d: %s", n, transactions).isNotNull();
      assertThat(e.exitCode()).isEqualTo(ExitCodes.BAD_MODEL);
      lines[k++] = e.oneLine().replace(m.toString(), "M");
    }
    assertThat(lines[1]).isEqualTo(lines[0]);
    return lines[0];
  }

  @Test
  void valuesOfEveryKindOfCell() throws IOException {
    String text = "from,to,value\nS000,S001,1.5\n\"S001\",S002, 7 \nS002,\"S000\",1e-3\nS002,S002,\"0.25\"\n"
        + "S001,S001,0.29939641032745734\nS000,S000,+2\n";
    for (int n : new int[] {3, 601}) {
      Model m = ModelReader.read(model(n, text)).model();
      assertThat(m.isSparse()).isEqualTo(n > 600);
      assertThat(m.flow(0, 1)).isEqualTo(1.5);
      assertThat(m.flow(1, 2)).isEqualTo(7);
      assertThat(m.flow(2, 0)).isEqualTo(0.001);
      assertThat(m.flow(2, 2)).isEqualTo(0.25);
      assertThat(m.flow(1, 1)).isEqualTo(0.29939641032745734);
      assertThat(m.flow(0, 0)).isEqualTo(2);
      assertThat(m.nonZeroFlows()).isEqualTo(6);
    }
  }

  @Test
  void rowsInOrderAndShuffledGiveTheSameModel() throws IOException {
    int n = 601;
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(7);
    java.util.List<String> rows = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j += 1 + rnd.nextInt(90)) {
        rows.add(code(i) + "," + code(j) + "," + (rnd.nextInt(10) == 0 ? "0" : Double.toString(rnd.nextDouble())));
      }
    }
    Model ordered = ModelReader.read(model(n, "from,to,value\n" + String.join("\n", rows) + "\n")).model();
    java.util.Collections.shuffle(rows, new java.util.Random(3));
    Path other = dir.resolve("shuffled");
    Files.createDirectories(other);
    Path m = model(n, "from,to,value\n" + String.join("\n", rows) + "\n");
    Model shuffled = ModelReader.read(m).model();
    assertThat(shuffled.nonZeroFlows()).isEqualTo(ordered.nonZeroFlows());
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        assertThat(shuffled.flow(i, j)).isEqualTo(ordered.flow(i, j));
      }
    }
  }

  @Test
  void theSameErrorsOnBothPaths() throws IOException {
    String head = "from,to,value\nS000,S001,1\n";
    assertThat(error(head + "QQQQQQQQ,S001,1\n")).isEqualTo("M/transactions-long.csv:3:1: column \"from\": unknown "
        + "sector code 'QQQQQQQQ' (not in sectors.csv)");
    assertThat(error(head + "S000,QQQQQQQQ,1\n")).isEqualTo("M/transactions-long.csv:3:6: column \"to\": unknown "
        + "sector code 'QQQQQQQQ' (not in sectors.csv)");
    assertThat(error(head + " S000,S001,1\n")).isEqualTo("M/transactions-long.csv:3:1: column \"from\": sector "
        + "code ' S000' has spaces around it");
    assertThat(error(head + "S001,,1\n")).isEqualTo("M/transactions-long.csv:3:6: column \"to\": sector code is "
        + "empty");
    assertThat(error(head + "S001,S002,\n")).isEqualTo("M/transactions-long.csv:3:11: column \"value\": expected a "
        + "number, found an empty cell");
    assertThat(error(head + "S001,S002,abc\n")).endsWith("expected a number, found text \"abc\"");
    assertThat(error(head + "S001,S002,1e400\n")).endsWith("not a finite number: 1e400 is out of range");
    assertThat(error(head + "S001,S002,NaN\n")).endsWith("not a finite number: NaN");
    assertThat(error(head + "S001,S002,-2\n")).startsWith("M/transactions-long.csv:3:11: column \"value\": negative "
        + "flow from S001 to S002: -2; flows must be zero or more");
    assertThat(error(head + "S001,S002,1\nS000,S001,3\n")).isEqualTo("M/transactions-long.csv:4:1: column \"from\": "
        + "duplicate pair S000 -> S001 (also on line 2)");
    // rows in order (read straight into CSR) and out of order (sorted) report the same repeats
    assertThat(error(head + "S000,S001,3\nS001,S002,1\n")).isEqualTo("M/transactions-long.csv:3:1: column "
        + "\"from\": duplicate pair S000 -> S001 (also on line 2)");
    assertThat(error(head + "S000,S002,0\nS000,S002,1\n")).isEqualTo("M/transactions-long.csv:4:1: column "
        + "\"from\": duplicate pair S000 -> S002 (also on line 3)");
    assertThat(error(head + "S001,S002\n")).isEqualTo("M/transactions-long.csv:3:6: row has 2 fields, the header "
        + "has 3");
    assertThat(error(head + "\nS001,S002,1\n")).isEqualTo("M/transactions-long.csv:3:1: empty line; every row needs "
        + "3 fields");
    assertThat(error("from,to,val\nS000,S001,1\n")).startsWith("M/transactions-long.csv:1:9: unexpected column "
        + "'val'; did you mean 'value'?");
    assertThat(error("from,to,value\nS000,S001,\"1\n")).isEqualTo("M/transactions-long.csv:2:11: unclosed quote: "
        + "the quoted field starting here never ends");
    assertThat(error("")).isEqualTo("M/transactions-long.csv: file is empty; expected a header line");
  }

  @Test
  void badBytesAreReportedWhereTheyAre() throws IOException {
    for (int n : new int[] {3, 601}) {
      Path m = model(n, "from,to,value\nS000,S001,1\n");
      Files.write(m.resolve("transactions-long.csv"), new byte[] {'f', 'r', 'o', 'm', ',', 't', 'o', ',', 'v', 'a',
          'l', 'u', 'e', '\n', 'S', '0', '0', '0', ',', 'S', (byte) 0xFF, '\n'});
      InputException e = catchThrowableOfType(InputException.class, () -> ModelReader.read(m));
      assertThat(e.oneLine()).isEqualTo(m.resolve("transactions-long.csv") + ":2:7: file is not UTF-8 (invalid byte "
          + "sequence); save it as UTF-8");
    }
  }

  @Test
  void sizeLimitIsCheckedBeforeReading() throws IOException {
    Path m = model(601, "from,to,value\nS000,S001,1\n");
    InputException e = catchThrowableOfType(InputException.class, () -> ModelReader.read(m, 10));
    assertThat(e.exitCode()).isEqualTo(ExitCodes.BAD_MODEL);
    assertThat(e.oneLine()).isEqualTo(m.resolve("transactions-long.csv") + ": file is 0.0 MB; transactions-long.csv "
        + "files are limited to 0.0 MB");
    assertThat(ModelReader.read(m, Files.size(m.resolve("transactions-long.csv"))).model().nonZeroFlows())
        .isEqualTo(1);
    assertThat(ModelReader.LONG_TRANSACTIONS_MAX_BYTES).isEqualTo(4L << 30);
  }
}
