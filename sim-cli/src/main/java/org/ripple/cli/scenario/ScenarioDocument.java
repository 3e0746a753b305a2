package org.ripple.cli.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.io.InputException;
import org.ripple.cli.io.StrictMappers;
import org.ripple.cli.io.StrictReader;
import org.ripple.core.ModelInfo;
import org.ripple.core.ScenarioException;
import org.ripple.core.scenario.Scenario;

/**
 * A scenario file read strictly, with the location of every field, so that problems found later (an unknown sector,
 * jobs above employment) are reported at their line and column.
 */
public final class ScenarioDocument {
  private final Path file;
  private final ScenarioFile content;
  private final FieldLocations locations;

  private ScenarioDocument(Path file, ScenarioFile content, FieldLocations locations) {
    this.file = file;
    this.content = content;
    this.locations = locations;
  }

  /** Reads and binds a .yaml, .yml or .json scenario file; exit code 3 for anything wrong in it. */
  public static ScenarioDocument read(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean json = name.endsWith(".json");
    if (!json && !name.endsWith(".yaml") && !name.endsWith(".yml")) {
      throw InputException.at(file, 0, 0, null,
          "a scenario file must end in .yaml, .yml or .json", ExitCodes.BAD_SCENARIO);
    }
    ObjectMapper mapper = json ? StrictMappers.json() : StrictMappers.yaml();
    StrictReader.Result<ScenarioFile> read = StrictReader.read(file, ScenarioFile.class, mapper,
        ExitCodes.BAD_SCENARIO);
    FieldLocations locations;
    try {
      locations = FieldLocations.scan(mapper.getFactory(), new StringReader(read.text()));
    } catch (IOException e) {
      locations = FieldLocations.none();
    }
    return new ScenarioDocument(file, read.value(), locations);
  }

  public Path file() {
    return file;
  }

  /** The folder the scenario's relative references resolve against. */
  public Path folder() {
    Path parent = file.toAbsolutePath().getParent();
    return parent == null ? Path.of("").toAbsolutePath() : parent;
  }

  public ScenarioFile content() {
    return content;
  }

  /** The core scenario for a model (money converted to the model's unit); errors carry line and column. */
  public Scenario toScenario(ModelInfo model) {
    return located(() -> ScenarioLoader.toScenario(content, model));
  }

  /** Runs an action, turning a {@link ScenarioException} into an {@link InputException} at the field's place. */
  public <T> T located(Supplier<T> action) {
    try {
      return action.get();
    } catch (ScenarioException e) {
      throw at(e.field(), e.getMessage());
    }
  }

  /** An error at a field of this file. */
  public InputException at(String field, String message) {
    int[] loc = locations.locate(field);
    return InputException.at(file, loc[0], loc[1], field, message, ExitCodes.BAD_SCENARIO);
  }

}
