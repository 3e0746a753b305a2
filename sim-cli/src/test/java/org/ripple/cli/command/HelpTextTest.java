package org.ripple.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ripple.cli.Cli;
import org.ripple.cli.Ripple;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** What {@code --help} says: the output options of every writing command, whole sentences, the README's options. */
class HelpTextTest {
  /** The commands that write a file or a folder, by their full name. */
  private static final List<String> WRITING = List.of("run", "compare", "sweep", "multipliers", "paths", "linkages",
      "report", "init", "model build", "model build-provinces", "model regionalize", "model aggregate",
      "model generate");

  /** Every leaf command (one that runs), by its full name without "ripple". */
  static Map<String, CommandSpec> leaves() {
    Map<String, CommandSpec> all = new TreeMap<>();
    collect(Ripple.commandLine(), all);
    return all;
  }

  private static void collect(CommandLine cl, Map<String, CommandSpec> into) {
    for (CommandLine sub : cl.getSubcommands().values()) {
      String name = sub.getCommandSpec().qualifiedName(" ").replaceFirst("^ripple ", "");
      if (name.equals("help")) {
        continue;
      }
      if (sub.getSubcommands().isEmpty()) {
        into.put(name, sub.getCommandSpec());
      } else {
        collect(sub, into);
      }
    }
  }

  @Test
  void theWritingCommandsAreExactlyTheOnesWithAnOutputOption() {
    List<String> withOutput = leaves().entrySet().stream().filter(e -> e.getValue().findOption("--output") != null)
        .map(Map.Entry::getKey).sorted().toList();
    assertThat(withOutput).containsExactlyInAnyOrderElementsOf(WRITING);
  }

  static List<String> writing() {
    return WRITING;
  }

  @ParameterizedTest
  @MethodSource("writing")
  void everyWritingCommandShowsDashOOutputAndForceAndAcceptsOut(String command) {
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.add("--help");
    Cli.Result help = Cli.run(args.toArray(String[]::new));
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("  -o, --output=PATH ").contains("      --force ")
        .as("--out is accepted but not listed as a name of its own").doesNotContain("--out,").doesNotContain("--out=");
    CommandSpec spec = leaves().get(command);
    assertThat(spec.findOption("--out")).as(command + " accepts --out").isNotNull();
    assertThat(spec.findOption("--out").hidden()).isTrue();
  }

  @Test
  void outIsTheSameOptionAsOutput(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path viaOut = dir.resolve("out.yaml");
    Path viaOutput = dir.resolve("output.yaml");
    assertThat(Cli.run("init", "--out", viaOut.toString()).exit()).isZero();
    assertThat(Cli.run("init", "--output", viaOutput.toString()).exit()).isZero();
    assertThat(Files.readAllBytes(viaOut)).isEqualTo(Files.readAllBytes(viaOutput));
    Cli.Result again = Cli.run("init", "--out", viaOut.toString());
    assertThat(again.exit()).as("an existing file is replaced only with --force").isEqualTo(5);
    assertThat(Cli.run("init", "--out", viaOut.toString(), "--force").exit()).isZero();
  }

  @Test
  void modelOnlyCommandsDescribeModelWithoutAScenario() {
    for (String command : List.of("multipliers", "linkages")) {
      String model = leaves().get(command).findOption("--model").description()[0];
      assertThat(model).as(command).doesNotContainIgnoringCase("scenario").contains("default");
    }
    for (String command : List.of("run", "paths", "sweep", "compare", "report")) {
      assertThat(leaves().get(command).findOption("--model").description()[0]).as(command).contains("scenario");
    }
  }

  @Test
  void everyDescriptionIsWholeSentences() {
    List<String> cut = new ArrayList<>();
    for (Map.Entry<String, CommandSpec> e : allCommands().entrySet()) {
      for (String line : e.getValue().usageMessage().description()) {
        if (!line.strip().endsWith(".")) {
          cut.add(e.getKey() + ": " + line);
        }
      }
    }
    assertThat(cut).as("descriptions that stop mid-sentence").isEmpty();
    Cli.Result model = Cli.run("model", "--help");
    assertThat(model.out()).contains("build            Build a model folder from a recipe file")
        .doesNotContain("docs/model-building.md),");
  }

  private static Map<String, CommandSpec> allCommands() {
    Map<String, CommandSpec> all = new TreeMap<>();
    CommandLine root = Ripple.commandLine();
    all.put("ripple", root.getCommandSpec());
    for (CommandLine sub : root.getSubcommands().values()) {
      all.put(sub.getCommandName(), sub.getCommandSpec());
      for (CommandLine subsub : sub.getSubcommands().values()) {
        all.put(sub.getCommandName() + " " + subsub.getCommandName(), subsub.getCommandSpec());
      }
    }
    all.remove("help");
    return all;
  }

  /** The README's command table lists every option of every command (--help, --version and --verbose aside). */
  @Test
  void theReadmeListsEveryOption() throws IOException {
    List<String> rows = Files.readAllLines(Cli.root().resolve("README.md"), StandardCharsets.UTF_8).stream()
        .filter(l -> l.startsWith("| `ripple ")).toList();
    Map<String, List<String>> missing = new TreeMap<>();
    for (Map.Entry<String, CommandSpec> e : leaves().entrySet()) {
      Pattern mention = Pattern.compile("`ripple " + Pattern.quote(e.getKey()) + "[ `]|, `ripple "
          + Pattern.quote(e.getKey()) + "[ `]");
      String text = rows.stream().filter(r -> mention.matcher(r).find()).collect(Collectors.joining("\n"));
      for (OptionSpec o : e.getValue().options()) {
        if (o.hidden() || o.usageHelp() || o.versionHelp() || o.longestName().equals("--verbose")) {
          continue;
        }
        boolean listed = false;
        for (String name : o.names()) {
          listed |= Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])").matcher(text).find();
        }
        if (!listed) {
          missing.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(o.longestName());
        }
      }
    }
    assertThat(missing).as("options of each command the README's command table does not name").isEmpty();
  }
}
