package org.ripple.cli.model;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * Writes a {@link ModelPack}: little-endian primitives and blocks into a stream, a buffer at a time, with the running
 * CRC-32C of what was written; {@link #finish} writes the trailer (the length of everything before it and its
 * CRC-32C). A pack longer than {@code limit} bytes is refused as it is written ({@link TooLarge}).
 */
final class PackOut {
  private final OutputStream out;
  private final ByteBuffer buf = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
  private final CRC32C crc = new CRC32C();
  private final long limit;
  private long written;

  /** A pack that would be longer than its limit. */
  static final class TooLarge extends RuntimeException {
    TooLarge(long limit) {
      super("more than " + limit + " bytes", null, false, false);
    }
  }

  /** What writes a part of a pack (tests write parts on their own). */
  @FunctionalInterface
  interface Body {
    void write(PackOut out) throws IOException;
  }

  PackOut(OutputStream out, long limit) {
    this.out = out;
    this.limit = limit;
  }

  private void room(int bytes) throws IOException {
    if (buf.remaining() < bytes) {
      flush();
    }
  }

  private void flush() throws IOException {
    written += buf.position();
    if (written > limit) {
      throw new TooLarge(limit);
    }
    crc.update(buf.array(), 0, buf.position());
    out.write(buf.array(), 0, buf.position());
    buf.clear();
  }

  void i(int v) throws IOException {
    room(4);
    buf.putInt(v);
  }

  void l(long v) throws IOException {
    room(8);
    buf.putLong(v);
  }

  void d(double v) throws IOException {
    room(8);
    buf.putDouble(v);
  }

  void bytes(byte[] bytes) throws IOException {
    for (int at = 0; at < bytes.length; ) {
      if (!buf.hasRemaining()) {
        flush();
      }
      int k = Math.min(buf.remaining(), bytes.length - at);
      buf.put(bytes, at, k);
      at += k;
    }
  }

  void text(String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    i(bytes.length);
    bytes(bytes);
  }

  void ints(int[] values) throws IOException {
    for (int v : values) {
      i(v);
    }
  }

  void doubles(double[] values) throws IOException {
    for (double v : values) {
      d(v);
    }
  }

  /**
   * Strings as one block: their count, the total length of their UTF-8 bytes, the length of each, then all the bytes
   * ({@link PackIn#strings} decodes them in one pass).
   */
  void strings(String[] values) throws IOException {
    byte[][] encoded = new byte[values.length][];
    long total = 0;
    for (int k = 0; k < values.length; k++) {
      encoded[k] = values[k].getBytes(StandardCharsets.UTF_8);
      total += encoded[k].length;
    }
    if (total > limit) {
      throw new TooLarge(limit);
    }
    i(values.length);
    i((int) total);
    for (byte[] e : encoded) {
      i(e.length);
    }
    for (byte[] e : encoded) {
      bytes(e);
    }
  }

  /** The trailer: the length of everything before it and its CRC-32C. */
  void finish() throws IOException {
    flush();
    long length = written;
    int sum = (int) crc.getValue();
    buf.putLong(length);
    buf.putInt(sum);
    out.write(buf.array(), 0, buf.position());
    buf.clear();
  }
}
