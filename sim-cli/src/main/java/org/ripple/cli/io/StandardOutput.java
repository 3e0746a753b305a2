package org.ripple.cli.io;

import java.io.PrintWriter;
import org.ripple.cli.ExitCodes;

/**
 * Write errors on standard output count: {@link PrintWriter} and {@link java.io.PrintStream} swallow them (a full disk
 * behind {@code > file}, a pipe whose reader has gone), so the result would be cut short with exit code 0. This checks
 * their error flags after flushing and turns a failed write into one line and exit code {@link ExitCodes#IO}.
 */
public final class StandardOutput {
  static final String FAILED = "cannot write to standard output (the disk is full, or the program reading it has "
      + "stopped); the output is incomplete";

  private StandardOutput() {}

  /** Flushes {@code out} (the command's standard output) and throws when a write to it, or to the process's, failed. */
  public static void check(PrintWriter out) {
    if (out.checkError() | System.out.checkError()) {
      throw new InputException(null, 0, 0, null, FAILED, ExitCodes.IO);
    }
  }
}
