package org.ripple.core;

import java.util.Objects;

/**
 * One industry of a model: a code (always text: {@code 0700}, {@code 1.10} and {@code NO} are codes, not numbers)
 * and a human-readable name.
 */
public record Sector(String code, String name) {
  public Sector {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    if (code.isBlank()) {
      throw new IllegalArgumentException("sector code must not be blank");
    }
  }
}
