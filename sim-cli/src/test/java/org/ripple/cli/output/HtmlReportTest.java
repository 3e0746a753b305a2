package org.ripple.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ripple.cli.Cli;
import org.ripple.cli.ExitCodes;

/** {@code ripple report}: one self-contained page, PNGs of its charts, all-or-nothing writes. */
class HtmlReportTest {
  @TempDir
  Path tmp;

  @Test
  void reportIsSelfContainedWithTablesChartsAndSources() throws IOException {
    Path html = tmp.resolve("report.html");
    Path png = tmp.resolve("charts");
    Cli.Result r = Cli.run("report", Cli.scenario("quebec-amazon-2025.yaml").toString(), "--out", html.toString(),
        "--png", png.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
    String page = Files.readString(html);
    // headline figures of the README's flagship table
    assertThat(page).contains("<td class=\"n loss\">-5,135</td>", "<td class=\"n loss\">-616.5</td>",
        "<td class=\"n loss\">-3,200</td>");
    assertThat(page).contains("id=\"headline\"", "id=\"jobs-by-shock\"", "id=\"money-by-effect\"",
        "id=\"top-sectors\"", "id=\"paths\"", "id=\"model-assumptions\"", "id=\"model-sources\"", "id=\"provenance\"");
    assertThat(page).contains("Top 10 sectors by jobs lost", "TRANSPORT Transportation Services",
        "Propensity to consume", "Provincial symmetric input-output tables", "Delivery partners",
        "Amazon published about 1,700 permanent jobs");
    assertThat(page.split("<svg ", -1)).hasSize(5);
    // nothing to fetch: no scripts, links, images, imports or URLs in attributes; a CSP forbids requests anyway
    assertThat(page).doesNotContain("<script", "<link", "<img", "<iframe", "@import", "url(", "src=", "href=");
    assertThat(page).contains("Content-Security-Policy\" content=\"default-src 'none'");
    try (Stream<Path> files = Files.list(png)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly("jobs-by-shock.png", "money-by-effect.png", "paths.png", "top-sectors.png");
    }
    BufferedImage img = ImageIO.read(png.resolve("top-sectors.png").toFile());
    assertThat(img.getWidth()).isEqualTo(1520);
    // same bytes for the page on a second run (deterministic; no timestamps)
    Cli.Result again = Cli.run("report", Cli.scenario("quebec-amazon-2025.yaml").toString(), "--out",
        html.toString(), "--force");
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(Files.readString(html)).isEqualTo(page);
  }

  @Test
  void existingOutputsAreRefusedBeforeAnythingIsWritten() throws IOException {
    Path html = tmp.resolve("report.html");
    Files.writeString(html, "keep me");
    Path png = tmp.resolve("charts");
    Cli.Result r = Cli.run("report", Cli.scenario("quebec-amazon-2025.yaml").toString(), "--out", html.toString(),
        "--png", png.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.IO);
    assertThat(r.err()).hasLineCount(1).contains("--force");
    assertThat(png).doesNotExist();
    assertThat(Files.readString(html)).isEqualTo("keep me");
    Files.createDirectories(png);
    Files.writeString(png.resolve("top-sectors.png"), "old");
    Path html2 = tmp.resolve("new.html");
    Cli.Result r2 = Cli.run("report", Cli.scenario("quebec-amazon-2025.yaml").toString(), "--out",
        html2.toString(), "--png", png.toString());
    assertThat(r2.exit()).isEqualTo(ExitCodes.IO);
    assertThat(html2).doesNotExist();
    assertThat(Files.readString(png.resolve("top-sectors.png"))).isEqualTo("old");
    try (Stream<Path> files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList()).as("no staging left behind")
          .containsExactlyInAnyOrder("report.html", "charts");
    }
  }

  @Test
  void badScenarioIsOneLineAndWritesNothing() throws IOException {
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(bad, "name: bad\nclosures:\n  - name: s\n    sector: TRANSPROT\n    jobs: 1\n");
    Path html = tmp.resolve("r.html");
    Cli.Result r = Cli.run("report", bad.toString(), "--out", html.toString(), "--png", tmp.resolve("p").toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.BAD_SCENARIO);
    assertThat(r.err()).hasLineCount(1).contains("bad.yaml:4:");
    assertThat(html).doesNotExist();
    assertThat(tmp.resolve("p")).doesNotExist();
    assertThat(Cli.run("report", bad.toString()).exit()).as("--out is required").isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void newCommandsHaveHelp() {
    for (String c : new String[] {"report", "schema", "init"}) {
      Cli.Result r = Cli.run(c, "--help");
      assertThat(r.exit()).as(c).isZero();
      assertThat(r.out()).contains("Usage:");
    }
  }

  @Test
  void recaptureReportShowsGrossOffsetsAndNet() throws IOException {
    Path html = tmp.resolve("r.html");
    Cli.Result r = Cli.run("report", Cli.scenario("quebec-amazon-2025-recapture.yaml").toString(), "--out",
        html.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(html)).contains("id=\"gross-and-net\"", "Total (net)", "-3,753");
    assertThat(List.of(Files.readString(html).split("<svg ", -1))).hasSize(5);
  }

  /** One file with a sweep key reports its variants side by side, as 'ripple compare FILE' lists them. */
  @Test
  void aSweepFileReportsItsVariantsSideBySide() throws IOException {
    Path html = tmp.resolve("s.html");
    Cli.Result r = Cli.run("report", Cli.scenario("quebec-amazon-2025-recapture-sweep.yaml").toString(), "--out",
        html.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String page = Files.readString(html);
    // README: recapture 0, 25, 50, 75 % give total jobs -5,135, -4,271, -3,407, -2,543
    assertThat(page).contains("-5,135", "-4,271", "-3,407", "-2,543");
  }
}
