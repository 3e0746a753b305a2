package org.ripple.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Standard output and standard error in UTF-8, whatever the locale ({@code LANG=C}) or {@code file.encoding}: set up
 * once by each program's {@code main} ({@link Main}, and sim-spark's), so that {@code Café} is never printed as
 * {@code Caf?}. Files Ripple writes are UTF-8 by their writers already.
 */
public final class Utf8Console {
  private Utf8Console() {}

  /** Points System.out, System.err and the command line's writers at the process's stdout and stderr in UTF-8. */
  public static CommandLine attach(CommandLine cl) {
    // picocli makes its own writers for System.out and System.err while it runs a command, in the charset these
    // properties name (the locale's, e.g. US-ASCII under LANG=C): they name UTF-8 too
    for (String property : new String[] {"stdout.encoding", "stderr.encoding", "sun.stdout.encoding",
        "sun.stderr.encoding"}) {
      System.setProperty(property, StandardCharsets.UTF_8.name());
    }
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.setOut(out);
    System.setErr(err);
    cl.setOut(new PrintWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), true));
    cl.setErr(new PrintWriter(new BufferedWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8)), true));
    return cl;
  }
}
