package org.ripple.cli.command;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ripple schema}: prints the JSON Schema (draft 2020-12) of scenario files, shipped in the jar, for editors
 * ({@code # yaml-language-server: $schema=...}) and other tools. The reader stays the authority: the schema cannot
 * check what needs the model (sector codes, jobs above employment, names referred to by {@code of}).
 */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Print the JSON Schema of scenario files (for editor validation: see scenarios/README.md).")
public final class SchemaCommand implements Callable<Integer> {
  /** Where the schema lives in the jar. */
  public static final String RESOURCE = "/org/ripple/cli/scenario/scenario.schema.json";

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** The schema text as shipped. */
  public static String schema() {
    try (InputStream in = SchemaCommand.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the scenario schema is missing from the jar: " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(schema());
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
