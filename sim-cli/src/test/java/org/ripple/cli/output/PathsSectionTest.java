package org.ripple.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ripple.cli.Cli;

/** The report's "Where the effect travels" section: the scenario's largest paths as ranked bars. */
class PathsSectionTest {
  @TempDir
  Path tmp;

  @Test
  void reportShowsTheLargestPathsAsRankedBarsWithTheirCoverage() throws IOException {
    Path html = tmp.resolve("report.html");
    Cli.Result r = Cli.run("report", Cli.scenario("quebec-amazon-2025.yaml").toString(), "--out", html.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String page = Files.readString(html);
    int section = page.indexOf("id=\"paths\"");
    assertThat(section).isPositive();
    String chart = page.substring(section, page.indexOf("</svg>", section));
    assertThat(chart).contains("Where the effect travels", "The 10 largest paths", "of the total Type I effect");
    // the paths as `ripple paths` lists them, ranked: the direct effect first, then the first supplier round
    assertThat(chart).contains("<title>1. TRANSPORT: -2,951 persons</title>",
        "<title>2. TRANSPORT -&gt; TRANSPORT: -432 persons</title>");
    assertThat(chart.indexOf("1. TRANSPORT")).isLessThan(chart.indexOf("2. TRANSPORT -&gt; TRANSPORT"));
    assertThat(chart.split("<rect ", -1).length - 1).as("one bar a path, plus the background")
        .isBetween(10, 11);
    Cli.Result paths = Cli.run("paths", Cli.scenario("quebec-amazon-2025.yaml").toString(), "--top", "10", "-q");
    assertThat(paths.out()).contains("TRANSPORT -> PROF_ADMIN", "-2,951.1");
    assertThat(chart).contains("3. TRANSPORT -&gt; PROF_ADMIN");
  }
}
