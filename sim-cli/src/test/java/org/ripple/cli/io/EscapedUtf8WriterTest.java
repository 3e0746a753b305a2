package org.ripple.cli.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link EscapedUtf8Writer} against the chain it replaced, {@link TerminalText#escaping} on an
 * {@link OutputStreamWriter} in UTF-8: the same bytes for seeded text of every kind (printable ASCII, line ends and
 * tabs, the controls and bidi characters the terminal rule escapes, two-, three- and four-byte UTF-8, surrogate pairs
 * split between two writes, lone surrogates), written in pieces of random length, more than the buffer holds.
 */
class EscapedUtf8WriterTest {
  private static final char[] KINDS = {'a', 'Z', '0', ',', '"', '\n', '\t', '\r', '\u001b', '\u0007', '\u007f',
      '\u0085', '\u009f', '\u00e9', '\u00a0', '\u202a', '\u202e', '\u2066', '\u2069', '\u20ac', '\uffff', '\ud83d',
      '\ude00', '\ud800', '\udfff'};

  private static String text(SplittableRandom r, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      int kind = r.nextInt(10);
      if (kind < 6) {
        sb.append((char) r.nextInt(0x20, 0x7f)); // most output: printable ASCII
      } else if (kind == 6) {
        sb.append("\ud83d\ude00"); // a whole pair: four bytes
      } else if (kind == 7) {
        sb.append((char) r.nextInt(0, 0x10000)); // any UTF-16 unit, lone surrogates among them
      } else {
        sb.append(KINDS[r.nextInt(KINDS.length)]);
      }
    }
    return sb.toString();
  }

  private static byte[] before(String text) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
    TerminalText.escaping(w).write(text);
    w.flush();
    return bytes.toByteArray();
  }

  private static byte[] after(String text, SplittableRandom r) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Writer w = new EscapedUtf8Writer(bytes);
    char[] chars = text.toCharArray();
    int i = 0;
    while (i < chars.length) { // pieces as a generator's buffer hands them over: a pair may be split
      int len = Math.min(chars.length - i, r.nextInt(1, 5000));
      w.write(chars, i, len);
      i += len;
    }
    w.flush();
    return bytes.toByteArray();
  }

  @Test
  void sameBytesAsTheEscapingWriterOnAUtf8Encoder() throws Exception {
    SplittableRandom r = new SplittableRandom(31);
    for (int round = 0; round < 200; round++) {
      String text = text(r, r.nextInt(0, 20_000));
      assertThat(after(text, r)).as("round %d", round).isEqualTo(before(text));
    }
    String large = text(r, 3 * EscapedUtf8Writer.FILE_CHUNK); // several times the buffer
    assertThat(after(large, r)).isEqualTo(before(large));
  }

  @Test
  void handCheckedBytes() throws Exception {
    // ESC and U+202E escaped as text; e-acute C3 A9, the euro sign E2 82 AC, U+1F600 F0 9F 98 80, lone halves '?'
    String text = "a\u001b\u202e\u00e9\u20ac\ud83d\ude00\ud800x\udc00\t\n";
    byte[] expected = {'a', '\\', 'u', '0', '0', '1', 'b', '\\', 'u', '2', '0', '2', 'e', (byte) 0xc3, (byte) 0xa9,
        (byte) 0xe2, (byte) 0x82, (byte) 0xac, (byte) 0xf0, (byte) 0x9f, (byte) 0x98, (byte) 0x80, '?', 'x', '?', '\t',
        '\n'};
    assertThat(after(text, new SplittableRandom(1))).isEqualTo(expected).isEqualTo(before(text));
  }
}
