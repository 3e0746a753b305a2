package org.ripple.cli.statcan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ripple.cli.Cli;
import org.ripple.cli.model.ModelReader;
import org.ripple.core.Model;

/** {@code ripple model regionalize}: the Quebec comparison of LQ methods against the trade-based RPCs. */
class RegionalizeCommandTest {
  @TempDir
  Path tmp;

  private static String source() {
    return Cli.root().resolve("models/quebec-2021/source").toString();
  }

  @Test
  void compareCalibratesFlqDeltaForQuebec() {
    Cli.Result r = Cli.run("model", "regionalize", "--compare", "--source", source());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("FLQ delta calibrated on a grid of 200: 0.410")
        .containsPattern("trade-based RPC +0 +1\\.4215")
        .containsPattern("FLQ \\(delta 0\\.410\\) +0\\.4915 +1\\.4456")
        .containsPattern("SLQ +0\\.6036");
  }

  @Test
  void writesAnFlqModel() {
    Path out = tmp.resolve("qc-flq");
    Cli.Result r = Cli.run("model", "regionalize", "--source", source(), "--method", "flq", "--delta", "0.3",
        "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    Model m = ModelReader.read(out).model();
    assertThat(m.info().name()).isEqualTo("quebec-2021-flq");
    assertThat(m.size()).isEqualTo(23);
    assertThat(Cli.run("validate", out.toString()).exit()).isZero();
  }

  @Test
  void badDeltaIsUsage() {
    Cli.Result r = Cli.run("model", "regionalize", "--compare", "--delta", "1.5", "--source", source());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--delta must be in [0, 1)");
  }
}
