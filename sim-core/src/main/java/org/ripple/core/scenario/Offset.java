package org.ripple.core.scenario;

import java.util.Objects;
import org.ripple.core.ScenarioException;
import java.util.OptionalDouble;

/**
 * Work taken up by regional firms after a closure (recapture): a positive shock in sector {@code sector}, sized as a
 * share of the output the closures remove, or as a number of jobs, or as an amount of output.
 *
 * @param name who picks the work up (e.g. "third-party carriers")
 * @param sector the sector that gains
 * @param share share in [0, 1] of the lost output: of all closures, or of the closure or subcontractor loss named
 *     in {@code of}
 * @param jobs jobs created (positive)
 * @param output annual output gained in the model's monetary unit (positive)
 * @param of name of the closure or subcontractor loss the share refers to, or null for all closures
 * @param field path in the scenario file
 */
public record Offset(String name, String sector, OptionalDouble share, OptionalDouble jobs, OptionalDouble output,
    String of, String field) {
  public Offset {
    field = field == null ? "offset" : field;
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(share, "share");
    Objects.requireNonNull(jobs, "jobs");
    Objects.requireNonNull(output, "output");
    int given = (share.isPresent() ? 1 : 0) + (jobs.isPresent() ? 1 : 0) + (output.isPresent() ? 1 : 0);
    if (given != 1) {
      throw new ScenarioException(field, "give exactly one of share, jobs or output");
    }
    if (share.isPresent()) {
      Values.share(field + ".share", share.getAsDouble());
    }
    Values.positive(field + ".jobs", jobs);
    Values.positive(field + ".output", output);
    if (of != null && share.isEmpty()) {
      throw new ScenarioException(field + ".of", "'of' only goes with share");
    }
  }
}
