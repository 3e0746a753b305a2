package org.ripple.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ripple.cli.Cli;
import org.ripple.cli.output.chart.Palette;

/**
 * The HTML report in a real headless browser (Debian's chromium; .ci/run installs it): the page loads with no console
 * errors and no blocked requests, the SVG charts render (their series colours are on the screenshot), and the
 * screenshot is not blank. Skipped when chromium is not installed.
 */
class BrowserTest {
  @TempDir
  static Path tmp;

  static String chromium;
  static Path html;
  static Path phased;
  static Path compare;

  @BeforeAll
  static void page() {
    for (String dir : (System.getenv().getOrDefault("PATH", "/usr/bin")).split(File.pathSeparator)) {
      for (String name : new String[] {"chromium", "chromium-browser"}) {
        if (chromium == null && Files.isExecutable(Path.of(dir, name))) {
          chromium = Path.of(dir, name).toString();
        }
      }
    }
    html = tmp.resolve("report.html");
    Cli.Result r = Cli.run("report", Cli.scenario("quebec-amazon-2025.yaml").toString(), "--out", html.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    phased = tmp.resolve("phased.html");
    r = Cli.run("report", Cli.scenario("quebec-amazon-2025-phased.yaml").toString(), "--out", phased.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    compare = tmp.resolve("compare.html");
    r = Cli.run("report", Cli.scenario("quebec-amazon-2025.yaml").toString(),
        Cli.scenario("quebec-amazon-2025-recapture.yaml").toString(), "--out", compare.toString());
    assertThat(r.exit()).as(r.err()).isZero();
  }

  record Run(int exit, String out, String err) {}

  static Run chromium(String... extra) throws IOException, InterruptedException {
    return chromiumOn(html, extra);
  }

  static Run chromiumOn(Path page, String... extra) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(tmp, "profile");
    List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--enable-logging=stderr",
        "--v=0"));
    cmd.addAll(List.of(extra));
    cmd.add(page.toUri().toString());
    Path out = tmp.resolve("out-" + profile.getFileName());
    Path err = tmp.resolve("err-" + profile.getFileName());
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in 90 s");
    }
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void pageLoadsWithoutConsoleErrorsAndChartsRender() throws Exception {
    assumeTrue(chromium != null, "chromium is not installed");
    Path shot = tmp.resolve("shot.png");
    Run run = chromium("--screenshot=" + shot, "--window-size=1200,2000", "--hide-scrollbars");
    assertThat(run.exit()).as(run.err()).isZero();
    Run dom = chromium("--dump-dom");
    assertThat(dom.exit()).as(dom.err()).isZero();
    assertThat(dom.out()).contains("<svg", "Top 10 sectors by jobs lost", "-5,135");
    for (String log : List.of(run.err(), dom.err())) {
      for (String line : log.split("\n")) {
        // chromium logs every console message as ":CONSOLE:<line>]" (console.error too, at INFO level); the page
        // has no scripts, so any console message is a problem (a CSP violation, a failed load)
        assertThat(line).as("console message").doesNotContain(":CONSOLE");
        assertThat(line).as("blocked request").doesNotContain("Content Security Policy");
      }
    }
    BufferedImage img = ImageIO.read(shot.toFile());
    assertThat(img).isNotNull();
    double sum = 0;
    double sq = 0;
    long n = 0;
    int[] colours = {rgb(Palette.DIRECT), rgb(Palette.INDIRECT), rgb(Palette.INDUCED)};
    long[] found = new long[3];
    for (int y = 0; y < img.getHeight(); y += 2) {
      for (int x = 0; x < img.getWidth(); x += 2) {
        int c = img.getRGB(x, y) & 0xffffff;
        double grey = ((c >> 16 & 255) + (c >> 8 & 255) + (c & 255)) / 3.0;
        sum += grey;
        sq += grey * grey;
        n++;
        for (int k = 0; k < 3; k++) {
          if (c == colours[k]) {
            found[k]++;
          }
        }
      }
    }
    double variance = sq / n - (sum / n) * (sum / n);
    assertThat(variance).as("screenshot is not blank").isGreaterThan(100);
    for (int k = 0; k < 3; k++) {
      assertThat(found[k]).as("pixels of series colour " + k + " (the SVG charts rendered)").isGreaterThan(50);
    }
  }

  private static int rgb(String hex) {
    return Integer.parseInt(hex.substring(1), 16);
  }

  /** The timeline and comparison pages: no console messages, their charts in the DOM, series colours on screen. */
  @Test
  void timelineAndComparisonPagesLoadWithoutConsoleErrors() throws Exception {
    assumeTrue(chromium != null, "chromium is not installed");
    for (Path page : List.of(phased, compare)) {
      Path shot = tmp.resolve("shot-" + page.getFileName() + ".png");
      Run run = chromiumOn(page, "--screenshot=" + shot, "--window-size=1200,2000", "--hide-scrollbars");
      assertThat(run.exit()).as(run.err()).isZero();
      Run dom = chromiumOn(page, "--dump-dom");
      assertThat(dom.exit()).as(dom.err()).isZero();
      assertThat(dom.out()).contains("<svg", page == phased ? "Jobs by quarter" : "Jobs by effect");
      if (page == phased) {
        assertThat(dom.out()).contains("<polyline");
      }
      for (String log : List.of(run.err(), dom.err())) {
        for (String line : log.split("\n")) {
          assertThat(line).as("console message").doesNotContain(":CONSOLE");
          assertThat(line).as("blocked request").doesNotContain("Content Security Policy");
        }
      }
      BufferedImage img = ImageIO.read(shot.toFile());
      assertThat(img).isNotNull();
      long first = 0;
      for (int y = 0; y < img.getHeight(); y += 2) {
        for (int x = 0; x < img.getWidth(); x += 2) {
          if ((img.getRGB(x, y) & 0xffffff) == rgb(Palette.series(0))) {
            first++;
          }
        }
      }
      assertThat(first).as(page.getFileName() + ": pixels of the first series colour").isGreaterThan(50);
    }
  }
}
