package org.ripple.core.uncertainty;

import org.ripple.core.Effect;
import org.ripple.core.Measure;

/**
 * The headline cells of a draw, in one flat array: block (summary, gross loss, offsets) x effect (direct, indirect,
 * induced, total) x measure (jobs, labour income, value added, output), {@code index = (block * 4 + effect) * 4 +
 * measure} in the enums' orders. Money is in the model's unit; a cell the model cannot give is NaN.
 */
public final class Headline {
  /** The blocks of the summary: the whole scenario, closures and subcontractors, offsets. */
  public enum Block {
    SUMMARY("summary"),
    GROSS_LOSS("gross_loss"),
    OFFSETS("offsets");

    private final String key;

    Block(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  /** Cells per draw. */
  public static final int CELLS = Block.values().length * Effect.values().length * Measure.values().length;

  private Headline() {}

  public static int index(Block block, Effect effect, Measure measure) {
    return (block.ordinal() * Effect.values().length + effect.ordinal()) * Measure.values().length
        + measure.ordinal();
  }
}
