package org.ripple.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.ripple.cli.io.TerminalText;
import org.ripple.core.Suggestions;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * How a usage error (a command line picocli cannot parse) is reported: one line on stderr, {@code ripple: }, what is
 * wrong, the nearest command or option when a name is mistyped ({@link Suggestions}, the rule every did-you-mean of
 * Ripple follows), and where the help is; exit code 2.
 */
public final class UsageErrors implements CommandLine.IParameterExceptionHandler {
  @Override
  public int handleParseException(CommandLine.ParameterException ex, String[] args) {
    PrintWriter err = ex.getCommandLine().getErr();
    // one line, like every other error, with control characters shown escaped
    err.println(TerminalText.escape("ripple: " + line(ex).strip().replaceAll("\\s*\\R\\s*", "; ")));
    err.flush();
    return ExitCodes.USAGE;
  }

  /** The line after {@code ripple: }. */
  static String line(CommandLine.ParameterException ex) {
    CommandSpec spec = ex.getCommandLine().getCommandSpec();
    String help = " (see '" + spec.qualifiedName() + " --help')";
    if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      return unmatched(spec, u.getUnmatched().get(0)) + help;
    }
    return prefix(spec) + ex.getMessage() + help;
  }

  private static String unmatched(CommandSpec spec, String arg) {
    if (arg.startsWith("-") && arg.length() > 1) {
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      List<String> names = new ArrayList<>();
      for (OptionSpec o : spec.options()) {
        names.addAll(List.of(o.names()));
      }
      return prefix(spec) + "unknown option '" + name + "'" + suggestion(name, names);
    }
    if (!spec.subcommands().isEmpty()) {
      return prefix(spec) + "unknown command '" + arg + "'" + suggestion(arg, spec.subcommands().keySet());
    }
    return prefix(spec) + "unexpected argument '" + arg + "'";
  }

  private static String suggestion(String word, java.util.Collection<String> names) {
    return Suggestions.nearest(word, names).map(s -> "; did you mean '" + s + "'?").orElse("");
  }

  /** {@code run: } for a subcommand's error, nothing for the top-level command's. */
  private static String prefix(CommandSpec spec) {
    String name = spec.qualifiedName(" ");
    int space = name.indexOf(' ');
    return space < 0 ? "" : name.substring(space + 1) + ": ";
  }
}
