package org.ripple.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.io.TextFiles;
import org.ripple.cli.model.ModelReader;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.synthetic.SyntheticModel;
import picocli.CommandLine;

/**
 * {@code ripple model generate} writes only what Ripple reads back: the largest model its size limits allow round-trips
 * through {@link ModelReader} bit for bit, one byte more is refused (exit 4, one line, the folder as it was), and a
 * request that cannot fit is refused before anything is generated. The limits are lowered so that small models reach
 * them; the real ones are {@link ModelReader#LONG_TRANSACTIONS_MAX_BYTES} and 256 MB.
 */
class ModelGenerateLimitTest {
  private static final String[] FILES = {"model.yaml", "sectors.csv", "transactions-long.csv", "industry.csv"};

  @TempDir
  Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run generate(long maxLongBytes, long maxCsvBytes, String... args) {
    ModelGenerateCommand command = new ModelGenerateCommand();
    command.maxLongTransactionsBytes = maxLongBytes;
    command.maxCsvBytes = maxCsvBytes;
    CommandLine cl = new CommandLine(command);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private static String[] args(Path out, String... more) {
    return Stream.concat(Stream.of("--sectors", "700", "--seed", "5", "--out", out.toString()), Stream.of(more))
        .toArray(String[]::new);
  }

  private static List<String> listing(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void theLargestModelTheLimitAllowsReadsBackAndOneByteLessIsRefused() throws IOException {
    Path free = dir.resolve("free");
    assertThat(generate(Long.MAX_VALUE, Long.MAX_VALUE, args(free)).exit()).isZero();
    long size = Files.size(free.resolve("transactions-long.csv"));

    Path exact = dir.resolve("exact");
    Run at = generate(size, Long.MAX_VALUE, args(exact));
    assertThat(at.exit()).as(at.err()).isZero();
    for (String f : FILES) {
      assertThat(Files.readAllBytes(exact.resolve(f))).as(f).isEqualTo(Files.readAllBytes(free.resolve(f)));
    }
    Model read = ModelReader.read(exact, size).model();
    Model generated = SyntheticModel.generate(700, 20.0 / 700, 5);
    assertThat(read.isSparse()).isTrue();
    assertThat(read.transactions()).isEqualTo(generated.transactions());
    assertThat(read.householdIncome()).isEqualTo(generated.householdIncome());
    for (int i = 0; i < 700; i++) {
      assertThat(read.output(i)).isEqualTo(generated.output(i));
      for (Measure m : new Measure[] {Measure.JOBS, Measure.LABOUR_INCOME, Measure.VALUE_ADDED}) {
        assertThat(read.level(m, i)).isEqualTo(generated.level(m, i));
      }
      assertThat(read.householdConsumption(i)).isEqualTo(generated.householdConsumption(i));
    }

    Path over = dir.resolve("over");
    Run refused = generate(size - 1, Long.MAX_VALUE, args(over));
    assertThat(refused.exit()).isEqualTo(ExitCodes.BAD_MODEL);
    String limit = TextFiles.megabytes(size - 1);
    assertThat(refused.err()).isEqualTo("ripple: " + over.resolve("transactions-long.csv") + ": would be more than "
        + limit + "; transactions-long.csv files are limited to " + limit + ", the most Ripple reads back; nothing "
        + "was written; lower --sectors or --density\n");
    assertThat(refused.out()).isEmpty();
    assertThat(over).doesNotExist();

    // replacing a model: refused while writing (at least 252,014 bytes, about 490,000 in fact), the folder keeps its
    // files and no temporary file
    Run replace = generate(300_000, Long.MAX_VALUE, "--sectors", "700", "--seed", "6", "--out", exact.toString(),
        "--force");
    assertThat(replace.exit()).isEqualTo(ExitCodes.BAD_MODEL);
    assertThat(replace.err()).contains("would be more than 0.3 MB");
    assertThat(listing(exact)).containsExactly("industry.csv", "model.yaml", "sectors.csv", "transactions-long.csv");
    for (String f : FILES) {
      assertThat(Files.readAllBytes(exact.resolve(f))).as(f).isEqualTo(Files.readAllBytes(free.resolve(f)));
    }
  }

  @Test
  void whatCannotFitIsRefusedBeforeGenerating() {
    Path out = dir.resolve("huge");
    // 10^8 flows of at least 2 codes of 7 characters, 2 commas, 1 digit and a line feed: 18 * 10^8 bytes
    Run r = generate(1 << 20, Long.MAX_VALUE, "--sectors", "100000", "--density", "0.01", "--out", out.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.BAD_MODEL);
    assertThat(r.err()).isEqualTo("ripple: " + out.resolve("transactions-long.csv") + ": would be at least "
        + "1716.6 MB for 100000 sectors at density 0.01; transactions-long.csv files are limited to 1 MB, the most "
        + "Ripple reads back; lower --sectors or --density\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void sectorsCsvIsSizedExactlyBeforeGenerating() throws IOException {
    Path free = dir.resolve("free");
    assertThat(generate(Long.MAX_VALUE, Long.MAX_VALUE, args(free)).exit()).isZero();
    long size = Files.size(free.resolve("sectors.csv"));
    ModelGenerateCommand command = new ModelGenerateCommand();
    command.target.path = free;
    command.maxLongTransactionsBytes = Long.MAX_VALUE;
    command.maxCsvBytes = size;
    assertThat(command.refusal(700, 20.0 / 700)).isNull();
    command.maxCsvBytes = size - 1;
    assertThat(command.refusal(700, 20.0 / 700)).startsWith(free.resolve("sectors.csv") + ": would be 0.0 MB for "
        + "700 sectors");
    for (int i : new int[] {0, 9, 10, 999_999, 1_000_000, 9_999_999, 10_000_000, Integer.MAX_VALUE}) {
      assertThat(SyntheticModel.code(i)).isEqualTo(String.format(java.util.Locale.ROOT, "S%06d", i));
      assertThat(SyntheticModel.codeLength(i)).as("%d", i).isEqualTo(SyntheticModel.code(i).length());
      assertThat(SyntheticModel.nameLength(i)).as("%d", i).isEqualTo(SyntheticModel.name(i).length());
    }
  }

  @Test
  void theRealLimitsTakeTheModelThatUsedToBeUnreadable() {
    // 5,000 sectors at density 0.3: a transactions-long.csv of about 256.3 MB, above the old 256 MB CSV limit
    ModelGenerateCommand command = new ModelGenerateCommand();
    command.target.path = dir;
    assertThat(command.refusal(5_000, 0.3)).isNull();
    assertThat(command.refusal(200_000, 1.0)).contains("transactions-long.csv: would be at least");
  }
}
