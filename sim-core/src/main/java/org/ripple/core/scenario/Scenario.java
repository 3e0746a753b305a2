package org.ripple.core.scenario;

import java.util.List;
import java.util.Objects;

/** A named set of shocks, all in the monetary unit of the model it runs on. */
public record Scenario(String name, String description, List<Closure> closures,
    List<SubcontractorLoss> subcontractors, List<Offset> offsets, List<DemandChange> demandChanges) {
  public Scenario {
    Objects.requireNonNull(name, "name");
    description = description == null ? "" : description;
    closures = closures == null ? List.of() : List.copyOf(closures);
    subcontractors = subcontractors == null ? List.of() : List.copyOf(subcontractors);
    offsets = offsets == null ? List.of() : List.copyOf(offsets);
    demandChanges = demandChanges == null ? List.of() : List.copyOf(demandChanges);
  }

  public boolean isEmpty() {
    return closures.isEmpty() && subcontractors.isEmpty() && offsets.isEmpty() && demandChanges.isEmpty();
  }
}
