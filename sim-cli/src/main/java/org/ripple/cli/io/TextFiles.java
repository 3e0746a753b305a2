package org.ripple.cli.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import org.ripple.cli.ExitCodes;

/**
 * Reads input files (regular files only) as bytes with a size limit checked before reading and counted while
 * reading, and decodes them as strict UTF-8: a malformed byte or a UTF-16 byte-order mark is an error, a UTF-8
 * byte-order mark is skipped. Missing or unreadable files are
 * I/O errors ({@link ExitCodes#IO}); too large or not UTF-8 files get the caller's exit code.
 */
public final class TextFiles {
  private static final long MB = 1L << 20;
  /** The largest file read whole: the largest Java array. */
  private static final int MAX_WHOLE = Integer.MAX_VALUE - 8;
  static final String NOT_UTF8 = "file is not UTF-8 (invalid byte sequence); save it as UTF-8";
  static final String UTF16_BOM = "file is not UTF-8 (it starts with a UTF-16 byte-order mark); save it as UTF-8";
  static final String NUL = "file is not UTF-8 text (it contains NUL bytes; is it UTF-16?); save it as UTF-8";

  private TextFiles() {}

  /**
   * The bytes of a file, refusing it before reading when it is larger than {@code maxBytes}.
   *
   * @param what the kind of file, for the size message ("scenario files", "CSV files")
   * @param hint appended to the size message, or null ("put matrices in CSV")
   */
  public static byte[] readBytes(Path file, long maxBytes, String what, String hint, int exitCode) {
    return checked(file, maxBytes, what, hint, exitCode, size -> {
      try (InputStream in = Files.newInputStream(file)) {
        return readAtMost(file.toString(), in, size, maxBytes, what, hint, exitCode);
      }
    });
  }

  /**
   * Opens a file with the checks and errors of {@link #readBytes(Path, long, String, String, int)} (only a regular
   * file, the size before reading, missing or unreadable), for callers that stream it and count what they read
   * against the same limit ({@link Utf8Source}).
   */
  public static InputStream open(Path file, long maxBytes, String what, String hint, int exitCode) {
    return checked(file, maxBytes, what, hint, exitCode, size -> Files.newInputStream(file));
  }

  @FunctionalInterface
  private interface IoAction<T> {
    T run(long size) throws IOException;
  }

  /**
   * Refuses, before opening it, a path that is not a regular file (links followed: a folder, a device, a FIFO, a
   * socket; opening a FIFO would wait for a writer) or whose size is above the limit, then runs {@code action}.
   */
  private static <T> T checked(Path file, long maxBytes, String what, String hint, int exitCode, IoAction<T> action) {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      if (a.isDirectory()) {
        throw InputException.at(file, 0, 0, null, "is a folder, not a file", ExitCodes.IO);
      }
      if (!a.isRegularFile()) {
        throw InputException.at(file, 0, 0, null, "is " + OutputPaths.kind(file) + ", not a regular file; Ripple "
            + "reads only regular files: copy it to a file first", ExitCodes.IO);
      }
      checkSize(file.toString(), a.size(), maxBytes, what, hint, exitCode);
      return action.run(a.size());
    } catch (NoSuchFileException e) {
      throw InputException.at(file, 0, 0, null, "no such file", ExitCodes.IO);
    } catch (AccessDeniedException e) {
      throw InputException.at(file, 0, 0, null, "permission denied", ExitCodes.IO);
    } catch (IOException e) {
      throw InputException.at(file, 0, 0, null, "cannot be read: " + e.getMessage(), ExitCodes.IO);
    }
  }

  /** The bytes of a stream (a classpath resource), refusing it as soon as it passes {@code maxBytes}. */
  public static byte[] readBytes(String name, InputStream in, long maxBytes, String what, String hint, int exitCode) {
    try (in) {
      return readAtMost(name, in, 0, maxBytes, what, hint, exitCode);
    } catch (IOException e) {
      throw new InputException(name, 0, 0, null, "cannot be read: " + e.getMessage(), ExitCodes.IO);
    }
  }

  /**
   * Reads {@code in} to its end, counting what is actually read against {@code maxBytes} (a file may grow, or say
   * it is smaller than it is), into a buffer sized for {@code expected} bytes.
   */
  private static byte[] readAtMost(String name, InputStream in, long expected, long maxBytes, String what,
      String hint, int exitCode) throws IOException {
    byte[] buffer = new byte[(int) Math.min(Math.max(expected, 1 << 12), Math.min(maxBytes, MAX_WHOLE))];
    int total = 0;
    while (true) {
      int n = in.read(buffer, total, buffer.length - total);
      if (n < 0) {
        return total == buffer.length ? buffer : Arrays.copyOf(buffer, total);
      }
      total += n;
      if (total == buffer.length) {
        int probe = in.read(); // a full buffer: the end of the file, or more than it said
        if (probe < 0) {
          return buffer;
        }
        checkSize(name, total + 1L, maxBytes, what, hint, exitCode);
        if (buffer.length >= MAX_WHOLE) {
          throw new InputException(name, 0, 0, null, "file is larger than " + megabytes(MAX_WHOLE)
              + ", the most Ripple reads whole", exitCode);
        }
        buffer = Arrays.copyOf(buffer, (int) Math.min((long) buffer.length * 2, MAX_WHOLE));
        buffer[total++] = (byte) probe;
      }
      checkSize(name, total, maxBytes, what, hint, exitCode);
    }
  }

  static void checkSize(String file, long size, long maxBytes, String what, String hint, int exitCode) {
    if (size > maxBytes) {
      String message = "file is " + megabytes(size) + "; " + what + " are limited to " + megabytes(maxBytes)
          + (hint == null ? "" : "; " + hint);
      throw new InputException(file, 0, 0, null, message, exitCode);
    }
  }

  /** A size as the limit messages write it: {@code 256 MB}, {@code 256.3 MB} (binary megabytes). */
  public static String megabytes(long bytes) {
    if (bytes % MB == 0) {
      return (bytes / MB) + " MB";
    }
    return Numbers.fixed(bytes / (double) MB, 1) + " MB";
  }

  /**
   * Decodes strict UTF-8. A UTF-8 byte-order mark is dropped; a UTF-16 or UTF-32 one, or any malformed sequence, is
   * "file is not UTF-8" at the line and column where decoding stopped.
   */
  public static String decodeUtf8(String file, byte[] bytes, int exitCode) {
    int start = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      start = 3;
    } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
        || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
      throw new InputException(file, 1, 1, null, UTF16_BOM, exitCode);
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      out.flip();
      int line = 1;
      int column = 1;
      while (out.hasRemaining()) {
        if (out.get() == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      throw new InputException(file, line, column, null, NOT_UTF8, exitCode);
    }
    out.flip();
    String text = out.toString();
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < nul; i++) {
        if (text.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      throw new InputException(file, line, nul - lineStart + 1, null, NUL, exitCode);
    }
    return text;
  }
}
