package org.ripple.cli.model;

import java.util.List;
import java.util.Objects;
import org.ripple.core.Model;

/**
 * A model read from a folder or from the jar, with what the engine does not need but reports do: where it came from,
 * its metadata as written (licence, attribution, notes), and the warnings found while reading (negative flows,
 * zero-output sectors), each naming the file and cell.
 *
 * @param location the folder, or {@code classpath:/models/<name>/} for a bundled model
 */
public record LoadedModel(Model model, String location, ModelMetadata metadata, List<String> warnings) {
  public LoadedModel {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(metadata, "metadata");
    warnings = List.copyOf(warnings);
  }

  public String name() {
    return model.info().name();
  }

  public String licence() {
    return metadata.licence();
  }

  public String attribution() {
    return metadata.attribution();
  }

  public List<String> notes() {
    return metadata.notes();
  }

  /** The folder the model was read from, or empty for a bundled model read from the jar. */
  public java.util.Optional<java.nio.file.Path> folder() {
    return location.startsWith("classpath:") ? java.util.Optional.empty()
        : java.util.Optional.of(java.nio.file.Path.of(location));
  }
}
