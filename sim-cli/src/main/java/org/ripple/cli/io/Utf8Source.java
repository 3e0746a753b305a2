package org.ripple.cli.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.ripple.cli.ExitCodes;

/**
 * Strict UTF-8 characters from a byte stream, a block at a time, with {@link TextFiles#decodeUtf8}'s rules: a UTF-8
 * byte-order mark is skipped, a UTF-16 one is an error at 1:1, and the source stops before a malformed sequence or a
 * NUL character, handing over everything before it ({@link CsvParser} then reports the problem at its line and
 * column). The stream is refused as soon as it passes {@code maxBytes}.
 */
final class Utf8Source implements CsvParser.Source, Closeable {
  private final String name;
  private final InputStream in;
  private final long maxBytes;
  private final String what;
  private final int exitCode;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
  private long total;
  private boolean inputDone;
  private boolean stopped;
  private String problem;

  Utf8Source(String name, InputStream in, long maxBytes, String what, int exitCode) {
    this.name = name;
    this.in = in;
    this.maxBytes = maxBytes;
    this.what = what;
    this.exitCode = exitCode;
    bytes.flip(); // empty, ready to read from
    while (!inputDone && bytes.remaining() < 3) {
      readMore();
    }
    int n = bytes.remaining();
    int b0 = n > 0 ? bytes.get(0) & 0xFF : -1;
    int b1 = n > 1 ? bytes.get(1) & 0xFF : -1;
    if (n >= 3 && b0 == 0xEF && b1 == 0xBB && (bytes.get(2) & 0xFF) == 0xBF) {
      bytes.position(3);
    } else if (n >= 2 && (b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE)) {
      close();
      throw new InputException(name, 1, 1, null, TextFiles.UTF16_BOM, exitCode);
    }
  }

  private void readMore() {
    bytes.compact();
    try {
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        inputDone = true;
      } else {
        bytes.position(bytes.position() + n);
        total += n;
        TextFiles.checkSize(name, total, maxBytes, what, null, exitCode);
      }
    } catch (IOException e) {
      close();
      throw new InputException(name, 0, 0, null, "cannot be read: " + e.getMessage(), ExitCodes.IO);
    } finally {
      bytes.flip();
    }
  }

  @Override
  public int read(char[] b, int off, int len) {
    if (stopped) {
      close();
      return -1;
    }
    CharBuffer out = CharBuffer.wrap(b, off, len);
    while (out.position() == off && !stopped) {
      CoderResult r = decoder.decode(bytes, out, inputDone);
      if (r.isUnderflow() && inputDone) {
        r = decoder.flush(out);
        stopped = !r.isError();
      }
      if (r.isError()) {
        problem = TextFiles.NOT_UTF8;
        stopped = true;
      } else if (r.isUnderflow() && !inputDone) {
        readMore();
      } else if (r.isOverflow()) {
        break; // out is full (len >= 2, so something was written)
      }
    }
    int count = out.position() - off;
    for (int i = off; i < off + count; i++) {
      if (b[i] == '\0') {
        problem = TextFiles.NUL;
        stopped = true;
        count = i - off;
        break;
      }
    }
    if (count == 0) {
      close();
      return -1;
    }
    return count;
  }

  @Override
  public String problem() {
    return problem;
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      // reading is over; nothing was lost
    }
  }
}
