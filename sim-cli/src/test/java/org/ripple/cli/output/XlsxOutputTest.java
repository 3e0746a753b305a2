package org.ripple.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ripple.cli.Cli;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.Version;

/** {@code --format xlsx}: sheets, numbers as numbers, text as text, metadata, deterministic bytes. */
class XlsxOutputTest {
  @TempDir
  Path tmp;

  static Map<String, String> unzip(Path xlsx) throws IOException {
    Map<String, String> parts = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(xlsx.toFile())) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        try (InputStream in = zip.getInputStream(e)) {
          parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return parts;
  }

  @Test
  void runWorkbookHasTheSheetsNumbersAndMetadata() throws Exception {
    Path scenario = Cli.scenario("quebec-amazon-2025.yaml");
    Path out = tmp.resolve("run.xlsx");
    Cli.Result r = Cli.run("run", scenario.toString(), "--format", "xlsx", "--output", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    Map<String, String> parts = unzip(out);
    String workbook = parts.get("xl/workbook.xml");
    assertThat(workbook).contains("name=\"Summary\"", "name=\"By sector\"", "name=\"By shock\"",
        "name=\"Metadata\"");
    assertThat(workbook.indexOf("Summary")).isLessThan(workbook.indexOf("Metadata"));
    String summary = parts.get("xl/worksheets/sheet1.xml");
    // numbers are number cells (t="n") with a number format; the net total jobs equal the JSON figure
    JsonNode json = new ObjectMapper().readTree(Cli.run("run", scenario.toString(), "--format", "json").out());
    double totalJobs = json.get("summary").get("total").get("jobs").asDouble();
    Matcher m = Pattern.compile("<c r=\"C6\" s=\"\\d+\" t=\"n\"><v>([^<]+)</v>").matcher(summary);
    assertThat(m.find()).as(summary).isTrue();
    assertThat(Double.parseDouble(m.group(1))).isEqualTo(totalJobs);
    assertThat(parts.get("xl/styles.xml")).contains("#,##0;[Red]-#,##0");
    assertThat(summary).contains("state=\"frozen\"").contains("autoFilter");
    String strings = parts.get("xl/sharedStrings.xml");
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(scenario)));
    assertThat(strings).contains("Scenario file SHA-256", sha, "quebec-amazon-2025.yaml", "Ripple version",
        Version.get(), "Jobs definition", "Statistics Canada", "CAD thousands", "Random seed",
        "Jobs (persons)", "Labour income (CAD per year)");
    assertThat(parts.get("docProps/core.xml")).contains("2026-01-01T00:00:00Z");
    for (String name : parts.keySet()) {
      if (name.startsWith("xl/worksheets/")) {
        assertThat(parts.get(name)).as("no formulas").doesNotContain("<f>");
      }
    }
  }

  /** The Metadata sheet lists the notes the other formats list: distributions' means, the timeline's damping. */
  @Test
  void metadataSheetHasTheRunsNotesLikeTheOtherFormats() throws Exception {
    Path uncertain = tmp.resolve("u.xlsx");
    assertThat(Cli.run("run", Cli.scenario("quebec-amazon-2025-uncertainty.yaml").toString(), "--format", "xlsx",
        "-o", uncertain.toString()).exit()).isZero();
    assertThat(unzip(uncertain).get("xl/sharedStrings.xml")).contains("the point estimate uses its mean");
    Path phased = tmp.resolve("p.xlsx");
    assertThat(Cli.run("run", Cli.scenario("quebec-amazon-2025-phased.yaml").toString(), "--format", "xlsx",
        "-o", phased.toString()).exit()).isZero();
    assertThat(unzip(phased).get("xl/sharedStrings.xml")).contains("income replacement: the induced effect");
  }

  @Test
  void sameBytesInAnyLocaleAndTimeZone() throws IOException, InterruptedException {
    String scenario = Cli.scenario("quebec-amazon-2025-recapture.yaml").toString();
    Locale saved = Locale.getDefault();
    TimeZone savedZone = TimeZone.getDefault();
    try {
      Path a = tmp.resolve("a.xlsx");
      assertThat(Cli.run("run", scenario, "--format", "xlsx", "-o", a.toString()).exit()).isZero();
      Thread.sleep(1100);
      Locale.setDefault(Locale.GERMANY);
      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kolkata"));
      Path b = tmp.resolve("b.xlsx");
      assertThat(Cli.run("run", scenario, "--format", "xlsx", "-o", b.toString()).exit()).isZero();
      assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
    } finally {
      Locale.setDefault(saved);
      TimeZone.setDefault(savedZone);
    }
  }

  @Test
  void textThatLooksLikeAFormulaStaysText() throws IOException {
    Path scenario = tmp.resolve("inject.yaml");
    Files.writeString(scenario, "name: \"=HYPERLINK(\\\"http://x\\\")\"\nclosures:\n  - name: \"=1+1\"\n"
        + "    sector: TRANSPORT\n    jobs: 10\n");
    Path out = tmp.resolve("inject.xlsx");
    Cli.Result r = Cli.run("run", scenario.toString(), "--format", "xlsx", "-o", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    Map<String, String> parts = unzip(out);
    assertThat(parts.get("xl/sharedStrings.xml").contains(">=1+1</t>")).as("formula-like name as shared text").isTrue();
    assertThat(parts.get("xl/worksheets/sheet3.xml")).doesNotContain("<f>").contains("t=\"s\"");
  }

  @Test
  void multipliersWorkbookAndMissingFiguresAreEmptyCells() throws IOException {
    Path out = tmp.resolve("m.xlsx");
    Cli.Result r = Cli.run("multipliers", "--format", "xlsx", "--output", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    Map<String, String> parts = unzip(out);
    assertThat(parts.get("xl/workbook.xml")).contains("name=\"Multipliers\"", "name=\"Metadata\"");
    assertThat(parts.get("xl/sharedStrings.xml")).contains("Jobs effect II (jobs per CAD 1 million)",
        "TRANSPORT");
    assertThat(parts.get("xl/styles.xml")).contains("0.0000");
    // 23 sectors, 2 header rows
    assertThat(parts.get("xl/worksheets/sheet1.xml")).contains("<row r=\"25\"").doesNotContain("<row r=\"26\"");
  }

  @Test
  void xlsxNeedsAnOutputFile() {
    Cli.Result r = Cli.run("run", Cli.scenario("quebec-amazon-2025.yaml").toString(), "--format", "xlsx");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--output");
    assertThat(r.out()).isEmpty();
    assertThat(Cli.run("multipliers", "--format", "xlsx").exit()).isEqualTo(ExitCodes.USAGE);
  }
}
