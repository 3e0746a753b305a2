package org.ripple.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the {@code ripple} command line in-process and captures exit code, stdout and stderr. */
public final class Cli {
  private Cli() {}

  public record Result(int exit, String out, String err) {}

  public static Result run(String... args) {
    CommandLine cl = Ripple.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  /** The project root (the folder holding scenarios/ and models/). */
  public static Path root() {
    String prop = System.getProperty("ripple.projectRoot");
    if (prop != null) {
      return Path.of(prop).toAbsolutePath().normalize();
    }
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("scenarios"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("cannot find the project root from " + Path.of("").toAbsolutePath());
    }
    return p;
  }

  public static Path scenario(String name) {
    return root().resolve("scenarios").resolve(name);
  }
}
