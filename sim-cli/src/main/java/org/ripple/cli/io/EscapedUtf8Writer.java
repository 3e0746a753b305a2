package org.ripple.cli.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * The text writer on a result file's stream: every character {@link TerminalText#unsafe} marks escaped as
 * {@link TerminalText#escaping} escapes it, the rest encoded as UTF-8 in the same pass (a lone surrogate as {@code ?},
 * as {@link java.io.OutputStreamWriter} encodes it), into one buffer whose bytes go to the file {@link #FILE_CHUNK} at
 * a time: the bytes of {@code TerminalText.escaping(new OutputStreamWriter(file, UTF_8))}, with one look at each
 * character instead of a copy through each of those writers. The caller flushes it; closing flushes it and leaves the
 * stream open.
 */
public final class EscapedUtf8Writer extends Writer {
  /** Bytes handed to the file at once: a 169 MB result is about 170 writes, not twenty thousand of 8 KB. */
  static final int FILE_CHUNK = 1 << 20;

  private final OutputStream out;
  private final byte[] buf = new byte[FILE_CHUNK];
  private int size;
  private char high; // a high surrogate whose low half has not come yet, or 0

  public EscapedUtf8Writer(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(char[] chars, int off, int len) throws IOException {
    int i = off;
    int end = off + len;
    while (i < end) {
      if (buf.length - size < 32) {
        drain();
      }
      // printable ASCII and line ends, most of any output: a tight loop as far as the buffer has room
      int stop = Math.min(end, i + buf.length - size - 16);
      if (high == 0) {
        int from = i;
        while (i < stop && TerminalText.plainAscii(chars[i])) {
          i++;
        }
        for (int k = from; k < i; k++) { // a counted copy, which the compiler can widen
          buf[size + k - from] = (byte) chars[k];
        }
        size += i - from;
        if (i == stop) {
          continue;
        }
      }
      other(chars[i++]);
    }
  }

  @Override
  public void write(int c) throws IOException {
    write(new char[] {(char) c}, 0, 1);
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    write(s.toCharArray(), off, len); // the JSON generator and the text writers write arrays; this is rare
  }

  /** One character that is not printable ASCII, or any after a high surrogate; room for 12 bytes is there. */
  private void other(char c) {
    if (high != 0) {
      char h = high;
      high = 0;
      if (Character.isLowSurrogate(c)) {
        int cp = Character.toCodePoint(h, c);
        buf[size++] = (byte) (0xf0 | cp >> 18);
        buf[size++] = (byte) (0x80 | cp >> 12 & 0x3f);
        buf[size++] = (byte) (0x80 | cp >> 6 & 0x3f);
        buf[size++] = (byte) (0x80 | cp & 0x3f);
        return;
      }
      buf[size++] = '?'; // a high surrogate alone
    }
    if (TerminalText.unsafe(c)) {
      String code = TerminalText.code(c);
      for (int k = 0; k < code.length(); k++) {
        buf[size++] = (byte) code.charAt(k);
      }
    } else if (c < 0x80) {
      buf[size++] = (byte) c; // tab, or printable ASCII after a surrogate
    } else if (c < 0x800) {
      buf[size++] = (byte) (0xc0 | c >> 6);
      buf[size++] = (byte) (0x80 | c & 0x3f);
    } else if (Character.isHighSurrogate(c)) {
      high = c;
    } else if (Character.isLowSurrogate(c)) {
      buf[size++] = '?'; // a low surrogate alone
    } else {
      buf[size++] = (byte) (0xe0 | c >> 12);
      buf[size++] = (byte) (0x80 | c >> 6 & 0x3f);
      buf[size++] = (byte) (0x80 | c & 0x3f);
    }
  }

  private void drain() throws IOException {
    out.write(buf, 0, size);
    size = 0;
  }

  /** Hands every byte so far to the stream (a high surrogate still waits for its other half, as in a flush). */
  @Override
  public void flush() throws IOException {
    drain();
    out.flush();
  }

  /** Flushes, a high surrogate left alone written as {@code ?}; the stream stays open (it is the caller's). */
  @Override
  public void close() throws IOException {
    if (high != 0) {
      high = 0;
      buf[size++] = '?';
    }
    flush();
  }
}
