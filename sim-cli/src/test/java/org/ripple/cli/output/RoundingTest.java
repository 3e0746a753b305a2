package org.ripple.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ripple.cli.Cli;

/**
 * Where the rows a table shows do not add up to the total it shows (each figure rounded on its own), a footnote says
 * so. For example jobs of -3,200, -1,097.3 and -1,779.3 show as -3,200, -1,097 and -1,779, adding up to -6,076, while
 * their total -6,076.7 shows as -6,077. The ministry-notice run's figures do not all add up as shown; the flagship's
 * (jobs -3,200, -1,097 and -838, total -5,135) do.
 */
class RoundingTest {
  @Test
  void shownFiguresAreAddedAsShown() {
    assertThat(Rounding.addsUp(List.of("-3,200", "-1,097", "-1,779"), "-6,077")).isFalse();
    assertThat(Rounding.addsUp(List.of("-3,200", "-1,097", "-1,779"), "-6,076")).isTrue();
    assertThat(Rounding.addsUp(List.of("-253.7", "-100.8", "-146.1"), "-500.6")).isTrue();
    assertThat(Rounding.addsUp(List.of("1.0", "n/a"), "1.0")).isTrue(); // a part not available is no part
    assertThat(Rounding.addsUp(List.of("1.0", "2.0"), "n/a")).isTrue(); // nothing to add up to
  }

  @Test
  void theRunAndTheComparisonSayWhenTheirRowsDoNotAddUp() {
    String notice = Cli.scenario("quebec-amazon-2025-ministry-notice.yaml").toString();
    Cli.Result run = Cli.run("run", notice);
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("  Total               -5,431          -314.6          -651.9        -1,264.5\n"
        + Rounding.FOOTNOTE + "\n");
    assertThat(Cli.run("run", notice, "-q").out()).doesNotContain(Rounding.FOOTNOTE);
    // the flagship's rows shown add up to its totals: no footnote
    assertThat(Cli.run("run", Cli.scenario("quebec-amazon-2025.yaml").toString()).out())
        .doesNotContain(Rounding.FOOTNOTE);
    Cli.Result compare = Cli.run("compare", notice, Cli.scenario("quebec-amazon-2025-additive.yaml").toString());
    assertThat(compare.exit()).as(compare.err()).isZero();
    assertThat(compare.out()).contains("  Total output                                    -1,264.5                        "
        + "-1,298.4\n" + Rounding.FOOTNOTE + "\n");
  }

  @Test
  void thePageSaysSoUnderItsHeadline(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path page = dir.resolve("r.html");
    Cli.Result r = Cli.run("report", Cli.scenario("quebec-amazon-2025-ministry-notice.yaml").toString(), "-o",
        page.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String html = java.nio.file.Files.readString(page, java.nio.charset.StandardCharsets.UTF_8);
    assertThat(html).contains(RunReport.ROUNDING_FOOTNOTE);
    assertThat(RunReport.ROUNDING_FOOTNOTE).isEqualTo(Rounding.FOOTNOTE.strip());
  }

  /**
   * The per-facility sweep: the seven facilities' induced jobs shown (-134, three of -67, three of -36) add up to
   * -443, and 'All facilities' shows -442; their total jobs shown add up to -2,917 and 'All facilities' shows
   * -2,918; a parameter sweep has no total row and no footnote.
   */
  @Test
  void theSweepSaysSoWhereItsFacilitiesDoNotAddUpToAllFacilities() {
    String amazon = Cli.scenario("quebec-amazon-2025.yaml").toString();
    Cli.Result each = Cli.run("sweep", amazon, "--each", "closure");
    assertThat(each.exit()).as(each.err()).isZero();
    assertThat(each.out()).contains("All facilities                         -1,700           -776           -442"
        + "         -2,918").contains(Rounding.FOOTNOTE + "\n");
    assertThat(Rounding.addsUp(List.of("-134", "-67", "-67", "-67", "-36", "-36", "-36"), "-442")).isFalse();
    assertThat(Rounding.addsUp(List.of("-862", "-431", "-431", "-431", "-254", "-254", "-254"), "-2,918"))
        .isFalse();
    Cli.Result values = Cli.run("sweep", amazon, "--set", "closures[0].jobs=400,500");
    assertThat(values.exit()).as(values.err()).isZero();
    assertThat(values.out()).doesNotContain(Rounding.FOOTNOTE);
  }

  @Test
  void theComparisonPageSaysSoUnderItsTables(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path page = dir.resolve("c.html");
    Cli.Result r = Cli.run("report", Cli.scenario("quebec-amazon-2025.yaml").toString(),
        Cli.scenario("quebec-amazon-2025-additive.yaml").toString(), "-o", page.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String html = java.nio.file.Files.readString(page, java.nio.charset.StandardCharsets.UTF_8);
    // a table of the comparison whose shown rows do not add up to its shown total
    assertThat(html).contains("a larger loss. " + Rounding.FOOTNOTE.strip());
  }
}
