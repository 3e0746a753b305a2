package org.ripple.cli.model;

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
import org.ripple.cli.io.InputException;
import org.ripple.core.Model;
import org.ripple.core.synthetic.SyntheticModel;

/**
 * {@link ModelWriter} writes only what {@link ModelReader} reads back: at its size limits a model round-trips, one byte
 * below them it is refused (exit 4, one line naming the file) before anything is written. The limits are lowered so
 * that a small model reaches them.
 */
class ModelWriterLimitTest {
  @TempDir
  Path dir;

  private static final ModelWriter.Provenance PROVENANCE = new ModelWriter.Provenance("none", "synthetic",
      List.of(new ModelWriter.Source("SyntheticModel", null, null, 0, null, null)), List.of());

  @Test
  void atTheLimitItReadsBackOneByteLessItIsRefused() throws IOException {
    Model m = SyntheticModel.generate(700, 20.0 / 700, 3);
    var files = ModelWriter.render(m, PROVENANCE);
    long longBytes = files.get(ModelWriter.TRANSACTIONS_LONG_CSV).getBytes(StandardCharsets.UTF_8).length;
    long csvBytes = files.get(ModelWriter.INDUSTRY_CSV).getBytes(StandardCharsets.UTF_8).length;

    Path ok = dir.resolve("ok");
    ModelWriter.write(m, PROVENANCE, ok, longBytes, csvBytes);
    Model read = ModelReader.read(ok, longBytes).model();
    assertThat(read.transactions()).isEqualTo(m.transactions());

    Path over = dir.resolve("over");
    InputException e = catchThrowableOfType(InputException.class,
        () -> ModelWriter.write(m, PROVENANCE, over, longBytes - 1, csvBytes));
    assertThat(e.exitCode()).isEqualTo(ExitCodes.BAD_MODEL);
    assertThat(e.oneLine()).startsWith(over.resolve("transactions-long.csv") + ": would be ")
        .contains("; transactions-long.csv files are limited to ")
        .endsWith(", the most Ripple reads back; nothing was written");
    assertThat(over).doesNotExist();

    e = catchThrowableOfType(InputException.class,
        () -> ModelWriter.write(m, PROVENANCE, ok, longBytes, csvBytes - 1));
    assertThat(e.oneLine()).startsWith(ok.resolve("industry.csv") + ": would be ").contains("CSV files are limited");
    assertThat(ModelReader.read(ok, longBytes).model().transactions()).isEqualTo(m.transactions());
  }
}
