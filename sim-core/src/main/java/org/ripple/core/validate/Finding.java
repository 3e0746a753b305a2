package org.ripple.core.validate;

import java.util.Objects;

/**
 * One result of a model check.
 *
 * @param severity error (stops) or warning (printed, run continues)
 * @param check the check that found it
 * @param place the sector ({@code sector TRANSPORT}), the cell ({@code flow AGRI -> MINING}) or {@code model}
 * @param message what was found and what is expected, one line
 */
public record Finding(Severity severity, Check check, String place, String message) {
  public Finding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(message, "message");
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code error: sector X: message}, one line. */
  public String line() {
    return (severity.label() + ": " + place + ": " + message).replace('\n', ' ').replace('\r', ' ');
  }

  @Override
  public String toString() {
    return line();
  }
}
