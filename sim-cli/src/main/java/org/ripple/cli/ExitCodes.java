package org.ripple.cli;

/**
 * The exit codes of every {@code ripple} command, documented in one place (and in README.md).
 *
 * <pre>
 * 0  OK             the command did what was asked
 * 1  INTERNAL       a bug in Ripple (stack trace only with --verbose)
 * 2  USAGE          wrong command-line words (unknown option, missing argument)
 * 3  BAD_SCENARIO   the scenario file is invalid
 * 4  BAD_MODEL      the model data is invalid, cannot be solved, or is too large
 * 5  IO             a file could not be read or written, or an overwrite was refused
 * </pre>
 */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int INTERNAL = 1;
  public static final int USAGE = 2;
  public static final int BAD_SCENARIO = 3;
  public static final int BAD_MODEL = 4;
  public static final int IO = 5;

  private ExitCodes() {}
}
