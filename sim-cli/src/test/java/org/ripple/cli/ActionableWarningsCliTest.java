package org.ripple.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ripple.cli.BadInputsCliTest.CLOSURE;
import static org.ripple.cli.BadInputsCliTest.MODEL_YAML;
import static org.ripple.cli.BadInputsCliTest.model;
import static org.ripple.cli.BadInputsCliTest.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Warnings a user can act on (issue 16, items 7 and 8): a suggested command runs; what a bundled model accepts in its
 * model.yaml is listed by {@code validate} and {@code models} and not repeated by runs; numbers are plain; generated
 * models draw no warning.
 */
class ActionableWarningsCliTest {
  @TempDir
  Path dir;

  /** The words of a command line as a POSIX shell reads them (plain words and single-quoted parts). */
  static List<String> shellWords(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
        any = true;
      } else if (c == '\\' && !quoted && i + 1 < line.length()) {
        w.append(line.charAt(++i));
        any = true;
      } else if (c == ' ' && !quoted) {
        if (any) {
          words.add(w.toString());
        }
        w.setLength(0);
        any = false;
      } else {
        w.append(c);
        any = true;
      }
    }
    if (any) {
      words.add(w.toString());
    }
    return words;
  }

  @Test
  void theCommandAWarningSuggestsRunsAndListsTheFindings() throws IOException {
    // a folder whose name needs quoting for the shell: the suggestion must still be a command that runs
    Path parent = Files.createDirectories(dir.resolve("my models é"));
    Path mm = model(parent, "it's", MODEL_YAML, "code,name\nA,Alpha\nB,Beta\nC,Gamma\n",
        "code,A,B,C\nA,0,0,1100\nB,0,0,1100\nC,0,0,0\n", "code,output,employment\nA,1000,100\nB,1000,50\n"
            + "C,10000,500\n");
    Cli.Result r = Cli.run("run", write(dir, "s.yaml", CLOSURE).toString(), "--model", mm.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String marker = "list them with: ";
    assertThat(r.err()).contains(marker).hasLineCount(1);
    String command = r.err().substring(r.err().indexOf(marker) + marker.length()).strip();
    List<String> words = shellWords(command);
    assertThat(words.subList(0, 2)).containsExactly("ripple", "validate");
    assertThat(words).hasSize(3);
    assertThat(Path.of(words.get(2))).isEqualTo(mm.toAbsolutePath());
    Cli.Result v = Cli.run(words.subList(1, words.size()).toArray(String[]::new));
    assertThat(v.exit()).as(v.err()).isZero();
    assertThat(v.out()).contains("warning: sector A: regional intermediate sales 1,100 exceed output 1,000")
        .contains("warning: sector B:");
  }

  @Test
  void aBundledModelsSuggestionNamesItAndRuns() {
    String command = org.ripple.cli.model.ModelChecks.validateCommand(
        org.ripple.cli.model.Models.bundled("uk-2010"));
    assertThat(command).isEqualTo("ripple validate uk-2010");
    Cli.Result v = Cli.run(shellWords(command).subList(1, 3).toArray(String[]::new));
    assertThat(v.exit()).as(v.err()).isZero();
    assertThat(v.out()).contains("ok: model uk-2010 is valid");
  }

  @Test
  void provincialRowsAcceptedInModelYamlAreListedNotRepeated() {
    Cli.Result run = Cli.run("run", Cli.scenario("quebec-amazon-2025-provinces.yaml").toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    Cli.Result m = Cli.run("multipliers", "--model", "canada-provinces-2021", "-f", "csv");
    assertThat(m.exit()).isZero();
    assertThat(m.err()).isEmpty();

    Cli.Result v = Cli.run("validate", "canada-provinces-2021");
    assertThat(v.exit()).isZero();
    List<String> accepted = v.out().lines().filter(l -> l.startsWith("accepted: ")).toList();
    assertThat(accepted).hasSize(6);
    assertThat(v.out()).doesNotContain("warning:").contains("ok: model canada-provinces-2021 is valid (with "
        + "accepted findings)");
    // plain numbers: MB.MINING sells 2,928,373 of an output of 2,758,856 (thousand CAD), not 2.92837e+06
    assertThat(accepted).anyMatch(l -> l.startsWith("accepted: sector MB.MINING: regional intermediate sales "
        + "2,928,373 exceed output 2,758,856 by 6.14%"));
    assertThat(v.out()).doesNotContainPattern("[0-9]e[+-][0-9]");

    Cli.Result models = Cli.run("models");
    assertThat(models.out().lines().filter(l -> l.startsWith("canada-provinces-2021:"))).singleElement()
        .asString().endsWith("accepted findings (see ripple validate canada-provinces-2021): row balance of "
            + "PE.MINING, NS.MINING, SK.NONMET_MIN, NL.NONMET_MIN, MB.MINING, SK.PROF_ADMIN");
  }

  @Test
  void usNegativeCellIsAcceptedAndItsNoteCitesTheValueTheCellHolds() {
    Cli.Result m = Cli.run("multipliers", "--model", "us-2022", "-f", "csv");
    assertThat(m.exit()).isZero();
    assertThat(m.err()).isEmpty();
    Cli.Result v = Cli.run("validate", "us-2022");
    assertThat(v.exit()).isZero();
    assertThat(v.out().lines().filter(l -> l.startsWith("accepted: "))).singleElement().asString()
        .contains("negative flow from 111CA to GFGN: -388.0923291771366, accepted in model.yaml")
        .contains("the cell holds -388.09 USD million");
    Cli.Result models = Cli.run("models");
    assertThat(models.out()).contains("accepted findings (see ripple validate us-2022): negative flow 111CA -> GFGN");
  }

  @Test
  void acceptedFindingsAreCheckedAndNeverOutliveTheirFinding() throws IOException {
    String sectors = "code,name\nA,Alpha\nB,Beta\nC,Gamma\n";
    String transactions = "code,A,B,C\nA,0,0,1100\nB,0,0,1100\nC,0,0,0\n";
    String industry = "code,output,employment\nA,1000,100\nB,1000,50\nC,10000,500\n";
    String accept = "accepted_findings:\n  - check: row_balance\n    sector: A\n    reason: known\n";
    // A accepted: the run names B only; validate lists A as accepted and B as a warning
    Path one = model(dir, "one", MODEL_YAML + accept, sectors, transactions, industry);
    Cli.Result r = Cli.run("run", write(dir, "s.yaml", CLOSURE).toString(), "--model", one.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).hasLineCount(1).contains("sector B:").doesNotContain("sector A");
    Cli.Result v = Cli.run("validate", one.toString());
    assertThat(v.out()).contains("warning: sector B:").contains("accepted: sector A: regional intermediate sales "
        + "1,100 exceed output 1,000").contains("accepted in model.yaml: known");

    // an entry naming a sector the validation does not flag is a warning to remove it
    Path stale = model(dir, "stale", MODEL_YAML + accept.replace("sector: A", "sector: C"), sectors, transactions,
        industry);
    Cli.Result s = Cli.run("validate", stale.toString());
    assertThat(s.exit()).isZero();
    assertThat(s.out()).contains("accepted_findings[0]: the validation finds no row_balance warning for sector C; "
        + "remove the entry");

    // unknown sector, unknown check, missing reason: exit 4, one line at the key
    for (String[] bad : new String[][] {{accept.replace("sector: A", "sector: Z"), "unknown sector code 'Z'"},
        {accept.replace("row_balance", "spectral_radius"), "'spectral_radius' is not a check whose findings"},
        {accept.replace("    reason: known\n", ""), "needs check, sector and reason; 'reason' is missing"}}) {
      Path m = model(dir, "bad" + bad[1].length(), MODEL_YAML + bad[0], sectors, transactions, industry);
      Cli.Result b = Cli.run("run", write(dir, "s.yaml", CLOSURE).toString(), "--model", m.toString());
      assertThat(b.exit()).as(b.err()).isEqualTo(4);
      assertThat(b.err()).hasLineCount(1).startsWith("ripple: " + m.resolve("model.yaml")).contains(bad[1])
          .contains("accepted_findings[0]");
      assertThat(b.out()).isEmpty();
    }
  }

  @ParameterizedTest
  @CsvSource({"1,1", "7,3", "60,1", "60,2", "500,5", "3000,11"})
  void generatedModelsDrawNoWarning(int sectors, long seed) throws IOException {
    Path out = dir.resolve("gen-" + sectors + "-" + seed);
    Cli.Result g = Cli.run("model", "generate", "--sectors", Integer.toString(sectors), "--seed",
        Long.toString(seed), "-o", out.toString());
    assertThat(g.exit()).as(g.err()).isZero();
    Cli.Result v = Cli.run("validate", out.toString());
    assertThat(v.exit()).as(v.err()).isZero();
    assertThat(v.out()).doesNotContain("warning:").doesNotContain("accepted:")
        .contains("checked: row balance").contains("is valid" + System.lineSeparator());
    Cli.Result m = Cli.run("multipliers", "--model", out.toString(), "-f", "csv");
    assertThat(m.exit()).isZero();
    assertThat(m.err()).isEmpty();
  }
}
