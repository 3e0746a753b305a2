package org.ripple.cli.output.tables;

/**
 * Where a report's inputs come from, beyond the model: the scenario file as named on the command line (its file name
 * only, never an absolute path), the SHA-256 of its bytes, and the random seed of runs that draw numbers.
 *
 * @param scenarioFile file name, or null (e.g. for a multiplier table)
 * @param scenarioSha256 lower-case hex SHA-256 of the file's bytes, or null
 * @param seed the seed of a random run, or null when nothing is random
 */
public record Provenance(String scenarioFile, String scenarioSha256, Long seed) {
  /** No scenario, nothing random. */
  public static final Provenance NONE = new Provenance(null, null, null);

  public static Provenance ofScenario(String scenarioFile, String sha256) {
    return new Provenance(scenarioFile, sha256, null);
  }
}
