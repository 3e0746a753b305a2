package org.ripple.cli.output;

import java.util.Map;

/**
 * What the terminal allows: colour on stdout, a progress bar on stderr. Decided from the environment once, by pure
 * functions that tests can call with any environment.
 *
 * <ul>
 *   <li>Colour only when stdout is a terminal ({@link System#console()} is not null), {@code --no-color} is not given,
 *       {@code NO_COLOR} is unset or empty (no-color.org) and {@code TERM} is not {@code dumb}.
 *   <li>Progress only when stderr is a terminal (we take {@link System#console()} as the sign, as the JDK gives no
 *       per-stream test), {@code CI} is unset and {@code --quiet} is not given.
 * </ul>
 */
public final class Terminal {
  private Terminal() {}

  /** Whether this process is attached to an interactive terminal. */
  public static boolean interactive() {
    return System.console() != null;
  }

  public static boolean colour(boolean noColorFlag, Map<String, String> env, boolean interactive) {
    String noColor = env.get("NO_COLOR");
    return interactive && !noColorFlag && (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.get("TERM"));
  }

  public static boolean progress(boolean quiet, Map<String, String> env, boolean interactive) {
    return interactive && !quiet && env.get("CI") == null;
  }
}
