package org.ripple.cli.model;

import java.util.List;
import java.util.Objects;
import org.ripple.core.Model;
import org.ripple.core.validate.AcceptedFlows;

/**
 * A model read from a folder or from the jar, with what the engine does not need but reports do: where it came from,
 * its metadata as written (licence, attribution, notes), and the warnings found while reading (negative flows,
 * zero-output sectors), each naming the file and cell.
 *
 * @param location the folder, or {@code classpath:/models/<name>/} for a bundled model
 * @param acceptedFlows the negative flows model.yaml accepts (negative_flows), by sector position
 * @param accepted what the reader found that model.yaml accepts (each accepted negative flow with its cell, value and
 *     reason): listed by {@code ripple validate}, not repeated by runs
 */
public record LoadedModel(Model model, String location, ModelMetadata metadata, List<String> warnings,
    AcceptedFlows acceptedFlows, List<String> accepted) {
  public LoadedModel {
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(acceptedFlows, "acceptedFlows");
    accepted = List.copyOf(accepted);
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

  /**
   * What an output of a command reading this model may not overwrite: its folder and every model file in it, by
   * name ({@link ModelReader#FILES}); none for a bundled model read from the jar.
   */
  public List<java.nio.file.Path> files() {
    return folder().map(ModelReader::filesOf).orElse(List.of());
  }

  /**
   * The reason a model derived from this one (aggregated, regionalised) gives for its negative flows: they can only
   * come from the negative flows this model accepts. Null when this model accepts none.
   *
   * @param derivation how the new model was made, e.g. "aggregated from"
   */
  public String derivedNegativeFlowReason(String derivation) {
    if (metadata.negativeFlows().isEmpty()) {
      return null;
    }
    java.util.Set<String> reasons = new java.util.LinkedHashSet<>();
    for (ModelMetadata.NegativeFlow f : metadata.negativeFlows()) {
      reasons.add(f.reason().strip());
    }
    return derivation + " " + name() + ", whose model.yaml accepts negative flows: " + String.join("; ", reasons);
  }
}
