package org.ripple.cli.output;

import org.ripple.cli.io.TerminalText;

/**
 * How terminal tables look: {@code colour} marks losses in red (ANSI), only when stdout is a terminal (see
 * {@link Terminal}); {@code quiet} leaves out banners (scenario, model, units lines) and notes, keeping the tables
 * with their unit headers.
 */
public record TableStyle(boolean colour, boolean quiet) {
  /** No colour, everything shown: what files and pipes get. */
  public static final TableStyle PLAIN = new TableStyle(false, false);

  static final String RED = TerminalText.RED;
  static final String RESET = TerminalText.RESET;

  /** Colours an already padded cell red when it holds a loss (a minus sign) and colour is on. */
  String loss(String paddedCell) {
    return colour && paddedCell.contains("-") ? RED + paddedCell + RESET : paddedCell;
  }
}
