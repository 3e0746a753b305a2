package org.ripple.cli.model;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Reads what {@link PackOut} wrote, from a little-endian buffer: primitives, and arrays and string blocks with bulk
 * reads. A count or length that does not fit what is left is an {@link IllegalArgumentException} (the pack is
 * corrupt); so is an array of another length than the caller expects.
 */
final class PackIn {
  private final ByteBuffer b;

  PackIn(ByteBuffer b) {
    this.b = b;
  }

  int position() {
    return b.position();
  }

  int i() {
    return b.getInt();
  }

  long l() {
    return b.getLong();
  }

  /** A count of items of {@code bytes} each, checked against what is left. */
  int count(int bytes) {
    int count = b.getInt();
    if (count < 0 || (long) count * bytes > b.remaining()) {
      throw new IllegalArgumentException("bad count");
    }
    return count;
  }

  String text() {
    byte[] bytes = new byte[count(1)];
    b.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  int[] ints(int n) {
    int[] values = new int[n];
    b.asIntBuffer().get(values);
    b.position(b.position() + 4 * n);
    return values;
  }

  double[] doubles(int n) {
    double[] values = new double[n];
    b.asDoubleBuffer().get(values);
    b.position(b.position() + 8 * n);
    return values;
  }

  /** A block of {@link PackOut#strings}, which must hold {@code n} strings. */
  String[] strings(int n) {
    if (count(4) != n) {
      throw new IllegalArgumentException("a string block of another length");
    }
    int total = count(1);
    int[] lengths = ints(n);
    byte[] bytes = new byte[total];
    b.get(bytes);
    String[] values = new String[n];
    int at = 0;
    for (int k = 0; k < n; k++) {
      int length = lengths[k];
      if (length < 0 || length > total - at) {
        throw new IllegalArgumentException("bad string length");
      }
      values[k] = new String(bytes, at, length, StandardCharsets.UTF_8);
      at += length;
    }
    if (at != total) {
      throw new IllegalArgumentException("bad string block");
    }
    return values;
  }
}
