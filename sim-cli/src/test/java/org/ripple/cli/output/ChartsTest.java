package org.ripple.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.ripple.cli.Cli;
import org.ripple.cli.output.chart.GroupedBarChart;
import org.ripple.cli.output.chart.LineChart;
import org.ripple.cli.output.chart.Palette;
import org.ripple.cli.output.chart.Png;
import org.ripple.cli.output.chart.Scene;
import org.ripple.cli.output.chart.StackedBarChart;
import org.ripple.cli.output.chart.Svg;
import org.xml.sax.InputSource;

/**
 * Charts: golden SVG text for each chart type (synthetic numbers, so model changes do not move them), well-formed
 * XML, the same text in any locale, and PNGs from the same scenes that are not blank.
 */
class ChartsTest {
  private static final List<String> EFFECTS = List.of("Direct", "Indirect", "Induced");
  private static final List<String> COLOURS = List.of(Palette.DIRECT, Palette.INDIRECT, Palette.INDUCED);

  static Scene scene(String kind) {
    return switch (kind) {
      case "stacked" -> StackedBarChart.of("Jobs by shock", "jobs (persons)",
          List.of("Plant <A> & \"B\"", "Suppliers", "Recapture", "Total (net)"), EFFECTS,
          new double[][] {{-500, -120.5, -230}, {-300, -80, -140}, {200, 40, 90}, {-600, -160.5, -280}}, COLOURS,
          v -> Fmt.grouped(v, 0));
      case "line" -> LineChart.of("Jobs over time", "jobs (persons)", List.of("2025-Q1", "2025-Q2", "2025-Q3",
          "2025-Q4"), List.of("Scenario A", "Scenario B"), new double[][] {{0, -1200, -2500, -2400},
              {0, -800, -1500, -1300}}, List.of(Palette.series(0), Palette.series(1)), v -> Fmt.grouped(v, 0));
      case "grouped" -> GroupedBarChart.of("Scenarios compared", "jobs (persons)", List.of("Direct", "Indirect",
          "Induced", "Total"), List.of("Flagship", "Recapture"), new double[][] {{-3200, -2420}, {-1097, -741},
              {-1779, -1309}, {-6077, -4471}}, List.of(Palette.series(0), Palette.series(1)),
          v -> Fmt.grouped(v, 0));
      default -> throw new IllegalArgumentException(kind);
    };
  }

  static Path golden(String kind) {
    return Cli.root().resolve("sim-cli/src/test/resources/golden/chart-" + kind + ".svg");
  }

  @ParameterizedTest
  @ValueSource(strings = {"stacked", "line", "grouped"})
  void svgMatchesGoldenAndIsWellFormed(String kind) throws Exception {
    String svg = Svg.render(scene(kind));
    if (Boolean.getBoolean("ripple.updateGolden")) {
      Files.createDirectories(golden(kind).getParent());
      Files.writeString(golden(kind), svg);
    }
    assertThat(svg).isEqualTo(Files.readString(golden(kind), StandardCharsets.UTF_8));
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader(svg)));
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("de-DE"));
      assertThat(Svg.render(scene(kind))).isEqualTo(svg);
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void stackedBarsEscapeTextAndSplitSigns() {
    String svg = Svg.render(scene("stacked"));
    assertThat(svg).contains("Plant &lt;A&gt; &amp; &quot;B&quot;").doesNotContain("<A>");
    // the recapture bar (gains) starts at zero and goes right; losses end at zero
    assertThat(svg).contains("<title>Recapture, Direct: 200 jobs (persons)</title>");
    assertThat(svg).contains("-1,041");
  }

  @ParameterizedTest
  @ValueSource(strings = {"stacked", "line", "grouped"})
  void pngIsTheSameSceneAndNotBlank(String kind) throws IOException {
    Scene scene = scene(kind);
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(Png.render(scene, 2)));
    assertThat(img.getWidth()).isEqualTo((int) Math.ceil(scene.width() * 2));
    assertThat(img.getHeight()).isEqualTo((int) Math.ceil(scene.height() * 2));
    long series = 0;
    long nonWhite = 0;
    int direct = Integer.parseInt(Palette.series(0).substring(1), 16);
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int rgb = img.getRGB(x, y) & 0xffffff;
        if (rgb != 0xffffff) {
          nonWhite++;
        }
        if (rgb == direct) {
          series++;
        }
      }
    }
    assertThat(nonWhite).as("drawn pixels").isGreaterThan(img.getWidth() * img.getHeight() / 100);
    assertThat(series).as("pixels of the first series colour").isGreaterThan(100);
  }

  @Test
  void badChartInputsAreRejected() {
    assertThatThrownBy(() -> StackedBarChart.of("t", "u", List.of("a"), EFFECTS, new double[][] {{1, Double.NaN, 2}},
        COLOURS, v -> "")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LineChart.of("t", "u", List.of("p"), List.of("s"), new double[][] {{1, 2}},
        List.of("#000000"), v -> "")).isInstanceOf(IllegalArgumentException.class);
  }
}
