package org.ripple.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messages say what they mean: a workbook cell stays within Excel's 32,767 characters (cut with a marker and a note),
 * and two compared scenarios with the same name stay distinguishable.
 */
class MessagesCliTest {
  @TempDir
  Path dir;

  @Test
  void aWorkbookCellLongerThanExcelsLimitIsCutWithAMarkerAndANote() throws IOException {
    Path model = BadInputsCliTest.model(dir);
    String longName = "plant " + "x".repeat(40_000);
    Path scenario = BadInputsCliTest.write(dir, "s.yaml", "name: s\nclosures:\n  - name: " + longName
        + "\n    sector: A\n    jobs: 10\n");
    Path xlsx = dir.resolve("r.xlsx");
    Cli.Result r = Cli.run("run", scenario.toString(), "--model", model.toString(), "--format", "xlsx", "--output",
        xlsx.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String book = PhysicalBoundsCliTest.zipText(xlsx);
    Matcher text = Pattern.compile("<t[^>]*>([^<]*)</t>").matcher(book);
    int longest = 0;
    while (text.find()) {
      longest = Math.max(longest, text.group(1).length());
    }
    assertThat(longest).isLessThanOrEqualTo(32_767).isGreaterThan(32_000);
    assertThat(book.contains("[... truncated: 40006 characters in all]")).as("the marker").isTrue();
    assertThat(book.contains("longer than Excel&apos;s 32767 characters and are cut")).as("the note").isTrue();
    Path csv = dir.resolve("r.csv");
    assertThat(Cli.run("run", scenario.toString(), "--model", model.toString(), "--format", "csv", "--output",
        csv.toString()).exit()).isZero();
    assertThat(Files.readString(csv).contains(longName)).as("the CSV keeps the whole name").isTrue();
  }

  @Test
  void twoComparedScenariosWithTheSameNameAreToldApartByTheirFiles() throws IOException {
    Path model = BadInputsCliTest.model(dir);
    Path a = BadInputsCliTest.write(dir, "a.yaml", "name: closure\nclosures:\n  - {name: p, sector: A, jobs: 10}\n");
    Path b = BadInputsCliTest.write(dir, "b.yaml", "name: closure\nclosures:\n  - {name: p, sector: A, jobs: 20}\n");
    for (String format : new String[] {"table", "csv", "json"}) {
      Cli.Result r = Cli.run("compare", a.toString(), b.toString(), "--model", model.toString(), "--format", format);
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(r.out()).as(format).contains("closure (a.yaml)").contains("closure (b.yaml)");
    }
    Path other = Files.createDirectories(dir.resolve("other"));
    Path a2 = Files.copy(b, other.resolve("a.yaml"));
    Cli.Result same = Cli.run("compare", a.toString(), a2.toString(), "--model", model.toString(), "--format", "csv");
    assertThat(same.exit()).as(same.err()).isZero();
    assertThat(same.out()).contains("closure (a.yaml) #1").contains("closure (a.yaml) #2");
    Path c = BadInputsCliTest.write(dir, "c.yaml", "name: other\nclosures:\n  - {name: p, sector: A, jobs: 5}\n");
    Cli.Result distinct = Cli.run("compare", a.toString(), c.toString(), "--model", model.toString(), "--format",
        "csv");
    assertThat(distinct.out()).as("distinct names stay as they are").doesNotContain("(a.yaml)").contains("other");
  }

  @Test
  void aUsageErrorIsOneRippleLineNamingTheHelp() {
    for (String[] args : new String[][] {{"run"}, {"run", "a.yaml", "--no-such-option"}, {"frobnicate"},
        {"run", "a.yaml", "--draws", "many"}}) {
      Cli.Result r = Cli.run(args);
      assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.USAGE);
      assertThat(r.err()).as(String.join(" ", args)).hasLineCount(1).startsWith("ripple: ").contains(" --help')");
      assertThat(r.out()).isEmpty();
    }
  }
}
