/**
 * The one sequence every scenario command runs: read the scenario, resolve its model, validate the model, map NAICS
 * codes to sectors, build the Leontief system and solve ({@link org.ripple.cli.pipeline.PreparedModel},
 * {@link org.ripple.cli.pipeline.PreparedRun}); and the one mapping from an exception to its exit code and one-line
 * message ({@link org.ripple.cli.pipeline.Failure}).
 */
package org.ripple.cli.pipeline;
