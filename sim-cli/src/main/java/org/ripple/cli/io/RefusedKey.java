package org.ripple.cli.io;

import org.ripple.core.PlacedException;

/**
 * A value refused at a key of an input file by a rule that knows the key but not the file (a model's {@code unit} and
 * {@code unit_factor}, a sweep's {@code set} and {@code values}): its caller names the file and points at the key.
 */
public final class RefusedKey extends PlacedException {
  /** Refused at {@code key} (its {@link #place()}: where the fix goes) for the reason {@code message}. */
  public RefusedKey(String key, String message) {
    super(key, message);
  }
}
