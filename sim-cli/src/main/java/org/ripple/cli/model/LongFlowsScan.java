package org.ripple.cli.model;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;
import org.ripple.cli.io.DecimalText;
import org.ripple.core.linalg.Triplets;

/**
 * The byte-level fast path of {@code transactions-long.csv}: the file's bytes, in two halves on two cores when it is
 * large, straight into (from, to, value) arrays, with no characters decoded and no String per cell. It reads only the
 * common form: the header {@code from,to,value}, rows of two known sector codes and a number that
 * {@link DecimalText} reads, LF line ends, printable ASCII, no quotes, no empty lines, no negative values. At anything
 * else (a quote, a CR, a byte outside printable ASCII, an unknown code, a bad number, an empty line, a negative value,
 * a line longer than the buffer) it gives up and returns null, having changed nothing, and the caller reads the file
 * with the general reader from the start, which accepts and refuses exactly what it always did, with its messages.
 * So a good file is read here and a bad one gets the same error as before.
 */
final class LongFlowsScan {
  /** Files above this are split in two halves, one per core. */
  static final long SPLIT_BYTES = 8L << 20;
  private static final int BUFFER = 1 << 22;
  private static final int MAX_NUMBER = 64;
  private static final byte[] HEADER = "from,to,value\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private LongFlowsScan() {}

  /**
   * The rows of {@code file} when all of them are in the common form, in one or two parts (the file's first and second
   * half, rows in the file's order within each), or null (the general reader takes over). A file above
   * {@code maxBytes} or not a regular file is left to the general reader, which refuses it.
   */
  static Triplets[] read(Path file, long maxBytes, CodeTable codes) {
    return read(file, maxBytes, codes, SPLIT_BYTES);
  }

  /** {@link #read(Path, long, CodeTable)}, splitting files above {@code splitBytes} (tests). */
  static Triplets[] read(Path file, long maxBytes, CodeTable codes, long splitBytes) {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      if (size > maxBytes || size < HEADER.length) {
        return null;
      }
      ByteBuffer head = ByteBuffer.allocate(HEADER.length + 3);
      int got = ch.read(head, 0);
      byte[] h = head.array();
      int skip = got >= 3 && (h[0] & 0xFF) == 0xEF && (h[1] & 0xFF) == 0xBB && (h[2] & 0xFF) == 0xBF ? 3 : 0;
      for (int k = 0; k < HEADER.length; k++) {
        if (skip + k >= got || h[skip + k] != HEADER[k]) {
          return null;
        }
      }
      long start = skip + HEADER.length;
      long middle = size - start > splitBytes ? lineAfter(ch, start + (size - start) / 2, size) : size;
      int capacity = (int) Math.min(Integer.MAX_VALUE - 8L, (middle - start) / 32 + 16);
      if (middle >= size) {
        Triplets all = part(ch, start, size, codes, capacity);
        return all == null ? null : new Triplets[] {all};
      }
      CompletableFuture<Triplets> second = CompletableFuture.supplyAsync(() -> part(ch, middle, size, codes, capacity));
      Triplets first = part(ch, start, middle, codes, capacity);
      Triplets rest = second.join();
      return first == null || rest == null || (long) first.size() + rest.size() > Integer.MAX_VALUE - 8L ? null
          : new Triplets[] {first, rest};
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      return null; // the general reader reports what is wrong with the file
    }
  }

  /** The position just after the first LF at or after {@code at}, or {@code size}. */
  private static long lineAfter(FileChannel ch, long at, long size) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(1 << 16);
    for (long pos = at; pos < size; ) {
      b.clear();
      int n = ch.read(b, pos);
      if (n <= 0) {
        break;
      }
      for (int k = 0; k < n; k++) {
        if (b.get(k) == '\n') {
          return pos + k + 1;
        }
      }
      pos += n;
    }
    return size;
  }

  /** The rows of bytes {@code [start, end)} (which start at a line), or null at anything outside the common form. */
  private static Triplets part(FileChannel ch, long start, long end, CodeTable codes, int capacity) {
    try {
      Triplets out = new Triplets(capacity);
      byte[] buf = new byte[BUFFER];
      char[] number = new char[MAX_NUMBER];
      ByteBuffer wrap = ByteBuffer.wrap(buf);
      int len = 0;
      long pos = start;
      int previous = -1;
      while (true) {
        boolean last = pos >= end;
        if (!last) {
          wrap.limit((int) Math.min(buf.length, len + (end - pos)));
          wrap.position(len);
          int n = ch.read(wrap, pos);
          if (n < 0) {
            return null; // the file shrank while read
          }
          len += n;
          pos += n;
          last = pos >= end;
        }
        int i = 0;
        while (i < len) {
          // one line: [i, e), commas at c1 and c2, every byte printable ASCII other than a quote
          int c1 = -1;
          int c2 = -1;
          int e = i;
          for (; e < len; e++) {
            byte b = buf[e];
            if (b == '\n') {
              break;
            }
            if (b == ',') {
              if (c1 < 0) {
                c1 = e;
              } else if (c2 < 0) {
                c2 = e;
              } else {
                return null;
              }
            } else if (b < 0x20 || b == '"' || b == 0x7F) {
              return null; // controls (CR, NUL, tab), non-ASCII (negative bytes), quotes: the general reader's
            }
          }
          if (e == len && !last) {
            break; // an incomplete line: read more
          }
          if (c2 < 0) {
            return null; // an empty line or a row of the wrong width
          }
          int f = codes.is(previous, buf, i, c1) ? previous : codes.find(buf, i, c1);
          int t = codes.find(buf, c1 + 1, c2);
          int k = e - c2 - 1;
          if (f < 0 || t < 0 || k > MAX_NUMBER) {
            return null;
          }
          for (int q = 0; q < k; q++) {
            number[q] = (char) buf[c2 + 1 + q];
          }
          double v = DecimalText.parse(number, 0, k);
          if (Double.isNaN(v)) {
            v = DecimalText.parse(new String(number, 0, k)); // the cell rule for other forms (an exponent)
          }
          if (!(v >= 0)) {
            return null; // a bad or negative number: the general reader's
          }
          out.add(f, t, v); // no room (more than 2^31 rows, or no memory) is caught below: the general reader's
          previous = f;
          i = e + 1;
        }
        if (last) {
          return out;
        }
        if (i == 0) {
          return null; // a line longer than the buffer
        }
        System.arraycopy(buf, i, buf, 0, len - i);
        len -= i;
      }
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      return null;
    }
  }
}
