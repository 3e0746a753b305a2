package org.ripple.cli.io;

import java.nio.file.Path;

/**
 * A problem with a user's input file, reported as one line: {@code file:line:column: field: message}. Carries the
 * exit code ({@link org.ripple.cli.ExitCodes#BAD_SCENARIO}, {@code BAD_MODEL} or {@code IO}) the command returns.
 */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;
  private final String field;
  private final int exitCode;

  /**
   * @param file the file (as the user named it), or null
   * @param line 1-based line, or 0 when unknown
   * @param column 1-based column, or 0 when unknown
   * @param field field path ({@code closures[2].jobs}) or cell ({@code row 4, column "output"}), or null
   * @param message what was found and what is expected
   * @param exitCode the exit code of the command
   */
  public InputException(String file, int line, int column, String field, String message, int exitCode) {
    super(message);
    this.file = file;
    this.line = line;
    this.column = column;
    this.field = field;
    this.exitCode = exitCode;
  }

  public static InputException at(Path file, int line, int column, String field, String message, int exitCode) {
    return new InputException(file == null ? null : file.toString(), line, column, field, message, exitCode);
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public String field() {
    return field;
  }

  public int exitCode() {
    return exitCode;
  }

  /** The one line printed on stderr: {@code file:line:col: field: message}. */
  public String oneLine() {
    StringBuilder sb = new StringBuilder();
    if (file != null) {
      sb.append(file);
      if (line > 0) {
        sb.append(':').append(line);
        if (column > 0) {
          sb.append(':').append(column);
        }
      }
      sb.append(": ");
    }
    if (field != null && !field.isEmpty()) {
      sb.append(field).append(": ");
    }
    sb.append(getMessage());
    return sb.toString().replace('\n', ' ').replace('\r', ' ');
  }
}
