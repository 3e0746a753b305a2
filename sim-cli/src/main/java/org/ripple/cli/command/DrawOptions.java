package org.ripple.cli.command;

import java.util.function.IntConsumer;
import org.ripple.cli.output.DrawBands;
import org.ripple.cli.output.Uncertainty;
import org.ripple.cli.pipeline.PreparedRun;
import org.ripple.core.fiscal.FiscalAccount;
import org.ripple.core.scenario.ScenarioResult;
import org.ripple.core.time.Timeline;
import org.ripple.core.uncertainty.DrawPlan;
import org.ripple.core.uncertainty.Draws;
import org.ripple.core.uncertainty.MonteCarlo;
import org.ripple.core.uncertainty.ResultDraws;
import picocli.CommandLine;

/**
 * {@code --draws N --seed S} of {@code run} and {@code report}, and the one way both run the draws: the headline
 * cells of every draw and, in the same worker loop, what each draw's whole result gives beyond them
 * ({@link PreparedRun#resultDraws}: the fiscal account, each period's measures and fiscal account), summarised into
 * the report's bands.
 */
public final class DrawOptions {
  @CommandLine.Option(names = "--draws", paramLabel = "N", defaultValue = "0",
      description = "Monte Carlo draws (0: none, the default). With N > 0 the summary gains P5, P50, P95, mean and "
          + "standard deviation of every headline cell, from the scenario's distributions and model_uncertainty "
          + "(and of the fiscal account, and of each period when the scenario has a horizon).")
  int draws;

  @CommandLine.Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Seed of the draws (default: ${DEFAULT-VALUE}); the same seed gives the same bytes, whatever "
          + "the number of threads.")
  long seed;

  /** The bands of a run's draws: the headline's summaries and the bands beyond them. */
  record Bands(Uncertainty headline, DrawBands beyond) {}

  /** Whether draws were asked for. */
  boolean any() {
    return draws > 0;
  }

  /** Usage error (exit 2) unless N is in [0, {@link MonteCarlo#MAX_DRAWS}]. */
  void check(CommandLine cl) {
    if (draws < 0 || draws > MonteCarlo.MAX_DRAWS) {
      throw new CommandLine.ParameterException(cl, "--draws must be in [0, " + MonteCarlo.MAX_DRAWS + "], was "
          + draws + " (use sim-spark for more)");
    }
  }

  /**
   * Runs the draws of {@code run} on this machine's cores ({@code done}: draws finished, for a progress bar) and
   * summarises them; errors of a draw are reported at the scenario's field.
   */
  Bands run(PreparedRun run, ScenarioResult result, Timeline timeline, FiscalAccount fiscal, IntConsumer done) {
    DrawPlan plan = run.drawPlan();
    ResultDraws beyond = run.resultDraws(plan, result, timeline, fiscal);
    Draws sample = run.document().located(() -> MonteCarlo.run(plan, beyond, draws, seed,
        Runtime.getRuntime().availableProcessors(), done));
    return new Bands(new Uncertainty(draws, seed, run.uncertainInputs(), run.modelUncertainty(), sample.summaries()),
        DrawBands.of(beyond, sample.extraSummaries(), fiscal, draws));
  }
}
