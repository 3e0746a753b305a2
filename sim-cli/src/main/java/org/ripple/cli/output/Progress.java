package org.ripple.cli.output;

import java.io.PrintWriter;

/**
 * A one-line progress bar on stderr for long work (large models, sweeps, Monte Carlo draws, PNG export): redrawn in
 * place with a carriage return and erased when done, so it never mixes with results on stdout or with error lines.
 * Shown only when enabled (see {@link Terminal#progress}: stderr is a terminal, {@code CI} unset, not
 * {@code --quiet}); otherwise every call does nothing.
 */
public final class Progress implements AutoCloseable {
  static final int BAR = 24;

  private final PrintWriter err;
  private final boolean enabled;
  private final String label;
  private final long total;
  private long done;
  private int lastWidth;
  private boolean closed;

  private Progress(PrintWriter err, boolean enabled, String label, long total) {
    this.err = err;
    this.enabled = enabled;
    this.label = label;
    this.total = Math.max(1, total);
  }

  /** A bar of {@code total} steps, drawn at once when enabled. */
  public static Progress start(PrintWriter err, boolean enabled, String label, long total) {
    Progress p = new Progress(err, enabled, label, total);
    p.draw("");
    return p;
  }

  /** A progress that shows nothing. */
  public static Progress none() {
    return new Progress(null, false, "", 1);
  }

  public boolean enabled() {
    return enabled;
  }

  /** One step done; {@code what} says what comes next (may be empty). */
  public synchronized void step(String what) {
    done = Math.min(total, done + 1);
    draw(what);
  }

  /**
   * {@code n} steps done (thread-safe: worker threads may call it); redraws only when the bar or the percentage
   * changes, so a million small steps do not write a million lines.
   */
  public synchronized void advance(long n, String what) {
    long before = 100 * done / total;
    done = Math.min(total, done + n);
    if (100 * done / total != before || done == total) {
      draw(what);
    }
  }

  /** The line for a state, without the carriage return: {@code label [#####.....]  42% what}. */
  static String line(String label, long done, long total, String what) {
    int filled = (int) (BAR * done / total);
    long percent = 100 * done / total;
    StringBuilder sb = new StringBuilder(label).append(" [").append("#".repeat(filled))
        .append(".".repeat(BAR - filled)).append("] ").append(Fmt.left(Long.toString(percent), 3)).append('%');
    if (!what.isEmpty()) {
      sb.append(' ').append(what.length() > 40 ? what.substring(0, 39) + "~" : what);
    }
    return sb.toString();
  }

  private void draw(String what) {
    if (!enabled || closed) {
      return;
    }
    String line = line(label, done, total, what);
    err.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
    err.flush();
    lastWidth = line.length();
  }

  /**
   * Erases the bar for good: later steps draw nothing. A command closes its bar before it writes its result, so the
   * result never starts on a line that holds half a bar (stdout and stderr share the terminal).
   */
  @Override
  public synchronized void close() {
    closed = true;
    if (enabled && lastWidth > 0) {
      err.print("\r" + " ".repeat(lastWidth) + "\r");
      err.flush();
      lastWidth = 0;
    }
  }
}
