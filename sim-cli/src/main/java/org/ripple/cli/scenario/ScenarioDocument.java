package org.ripple.cli.scenario;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.io.InputException;
import org.ripple.cli.io.StrictMappers;
import org.ripple.cli.io.StrictReader;
import org.ripple.cli.io.TextFiles;
import org.ripple.core.ModelInfo;
import org.ripple.core.ScenarioException;
import org.ripple.core.scenario.Scenario;

/**
 * A scenario file read strictly, kept with its bytes so that problems found later (an unknown sector, jobs above
 * employment) are reported at the line and column of the field.
 */
public final class ScenarioDocument {
  private final Path file;
  private final byte[] bytes;
  private final ScenarioFile content;

  private ScenarioDocument(Path file, byte[] bytes, ScenarioFile content) {
    this.file = file;
    this.bytes = bytes;
    this.content = content;
  }

  /** Reads and binds a .yaml, .yml or .json scenario file; exit code 3 for anything wrong in it, 5 for I/O. */
  public static ScenarioDocument read(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".json") && !name.endsWith(".yaml") && !name.endsWith(".yml")) {
      throw InputException.at(file, 0, 0, null,
          "a scenario file must end in .yaml, .yml or .json", ExitCodes.BAD_SCENARIO);
    }
    byte[] bytes = TextFiles.readBytes(file, StrictMappers.MAX_DOCUMENT_BYTES, "scenario files",
        "put matrices in CSV", ExitCodes.BAD_SCENARIO);
    ScenarioFile content = StrictReader.read(file.toString(), bytes, ScenarioFile.class, ExitCodes.BAD_SCENARIO);
    return new ScenarioDocument(file, bytes, content);
  }

  public Path file() {
    return file;
  }

  /** The folder the scenario's relative references resolve against. */
  public Path folder() {
    Path parent = file.toAbsolutePath().getParent();
    return parent == null ? Path.of("").toAbsolutePath() : parent;
  }

  /** The same file (name, bytes, places) with other content, e.g. after NAICS codes were mapped to sectors. */
  public ScenarioDocument withContent(ScenarioFile other) {
    return new ScenarioDocument(file, bytes, other);
  }

  public ScenarioFile content() {
    return content;
  }

  /** Lower-case hex SHA-256 of the file's bytes as read (reports name the exact input they came from). */
  public String sha256() {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The core scenario for a model (money converted to the model's unit); errors carry line and column. */
  public Scenario toScenario(org.ripple.core.Model model) {
    return located(() -> ScenarioLoader.toScenario(content, model));
  }

  /** The inputs given as distributions, with the factor to the model's units; errors carry line and column. */
  public java.util.List<org.ripple.core.uncertainty.UncertainInput> uncertainInputs(ModelInfo model) {
    return located(() -> ScenarioLoader.uncertainInputs(content, model));
  }

  /** The scenario's model uncertainty ({@code model_uncertainty}), or none. */
  public org.ripple.core.uncertainty.ModelUncertainty modelUncertainty() {
    return located(() -> ScenarioLoader.modelUncertainty(content));
  }

  /** Runs an action, turning a {@link ScenarioException} into an {@link InputException} at the field's place. */
  public <T> T located(Supplier<T> action) {
    try {
      return action.get();
    } catch (ScenarioException e) {
      throw at(e.field(), e.getMessage());
    }
  }

  /** An error at a field of this file (exit code 3). */
  public InputException at(String field, String message) {
    return StrictReader.errorAt(file.toString(), bytes, field, message, ExitCodes.BAD_SCENARIO);
  }
}
