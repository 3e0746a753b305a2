package org.ripple.cli.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.io.InputException;
import org.ripple.cli.scenario.ScenarioDocument;

/**
 * Resolves a model reference: a bundled model name (shipped in the jar) or a model folder. A folder named inside a
 * scenario file resolves against the scenario's folder and may not leave it, nor may any of its files (no {@code ..}, absolute paths, URLs or
 * links pointing outside) and may not be empty (that would be the scenario's own folder); a folder given on the
 * command line may be anywhere.
 */
public final class Models {
  /** The bundled default model. */
  public static final String DEFAULT = "quebec-2021";

  private Models() {}

  public static List<String> bundledNames() {
    return ModelReader.bundledNames();
  }

  public static LoadedModel bundled(String name) {
    return ModelReader.readBundled(name);
  }

  /** The model for {@code --model} (or the default when absent): a bundled name or any folder. */
  public static LoadedModel fromCommandLine(String ref) {
    if (ref == null) {
      return bundled(DEFAULT);
    }
    if (bundledNames().contains(ref) && !Files.isDirectory(Path.of(ref))) {
      return bundled(ref);
    }
    Path folder = Path.of(ref);
    if (!Files.isDirectory(folder)) {
      throw InputException.at(folder, 0, 0, "--model", "no such model folder, and no bundled model of that name "
          + "(bundled: " + String.join(", ", bundledNames()) + ")", ExitCodes.IO);
    }
    return ModelReader.read(folder);
  }

  /** The model of a scenario: {@code --model} when given, else the scenario's {@code model} key, else the default. */
  public static LoadedModel forScenario(ScenarioDocument doc, String commandLineRef) {
    if (commandLineRef != null) {
      return fromCommandLine(commandLineRef);
    }
    String ref = doc.content().model();
    if (ref == null) {
      return bundled(DEFAULT);
    }
    if (ref.isBlank()) {
      throw doc.at("model", "is empty; name a bundled model (" + String.join(", ", bundledNames()) + ") or a model "
          + "folder next to the scenario, or remove the key to use the default, " + DEFAULT);
    }
    if (bundledNames().contains(ref)) {
      return bundled(ref);
    }
    return ModelReader.read(containedFolder(doc, ref));
  }

  private static Path containedFolder(ScenarioDocument doc, String ref) {
    String lower = ref.toLowerCase(java.util.Locale.ROOT);
    if (lower.matches("^[a-z][a-z0-9+.-]*:.*") && !lower.matches("^[a-z]:[\\\\/].*")) {
      throw doc.at("model", "'" + ref + "' looks like a URL; a model is a bundled name ("
          + String.join(", ", bundledNames()) + ") or a folder next to the scenario");
    }
    Path p = Path.of(ref);
    if (p.isAbsolute() || ref.startsWith("\\\\")) {
      throw doc.at("model", "absolute model paths are not allowed in a scenario file; pass --model "
          + ref + " on the command line instead");
    }
    Path base = doc.folder();
    Path resolved = base.resolve(p).normalize();
    if (!resolved.startsWith(base.normalize())) {
      throw doc.at("model", "'" + ref + "' points outside the scenario's folder; pass --model on the command line "
          + "instead");
    }
    if (!Files.isDirectory(resolved)) {
      throw doc.at("model", "no bundled model or model folder named '" + ref + "' (bundled: "
          + String.join(", ", bundledNames()) + ")");
    }
    try {
      Path real = resolved.toRealPath();
      Path realBase = base.toRealPath();
      if (!real.startsWith(realBase)) {
        throw doc.at("model", "'" + ref + "' is a link pointing outside the scenario's folder; pass --model on "
            + "the command line instead");
      }
      // every file of the folder too: a link inside it may not lead out of the scenario's folder
      for (String name : ModelReader.FILES) {
        Path file = resolved.resolve(name);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !file.toRealPath().startsWith(realBase)) {
          throw doc.at("model", "'" + ref + "/" + name + "' is a link pointing outside the scenario's folder; "
              + "pass --model on the command line instead");
        }
      }
      return resolved.toRealPath(LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      throw doc.at("model", "cannot read model folder '" + ref + "': " + e.getMessage());
    }
  }
}
