package org.ripple.cli.io;

/**
 * The one rule for text that reaches a terminal, an error line, or a text or CSV output: control characters are shown
 * escaped, never written raw. Escaped as {@code \}{@code uXXXX}: the C0 controls other than line feed and tab (ESC,
 * BEL, carriage return, ...), DEL, the C1 controls U+0080 to U+009F, and the bidirectional embeddings, overrides
 * and isolates U+202A to U+202E and U+2066 to U+2069 (which can make a terminal show text in another order than it
 * has). A name with {@code ESC]0;...BEL} then cannot retitle a window, and one with U+202E cannot reorder a line.
 *
 * <p>Ripple's own colour (the two SGR sequences of the table style) passes only when the caller says colour is on; an
 * error line passes nothing.
 */
public final class TerminalText {
  /** The SGR sequences the table style writes: red, and reset. */
  public static final String RED = "\u001b[31m";
  public static final String RESET = "\u001b[0m";

  private TerminalText() {}

  /** Whether {@code c} is shown escaped (line feed and tab are not: they are the text's own layout). */
  public static boolean unsafe(char c) {
    return c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f || c >= '\u202a' && c <= '\u202e'
        || c >= '\u2066' && c <= '\u2069';
  }

  /**
   * Whether {@code c} is printable ASCII or a line feed: most of any output, never escaped, one byte in UTF-8 (the
   * writers' fast path; every other character goes through {@link #unsafe}).
   */
  static boolean plainAscii(char c) {
    return c >= 0x20 && c < 0x7f || c == '\n';
  }

  /** {@code text} with every unsafe character escaped. */
  public static String escape(String text) {
    return escape(text, false);
  }

  /** {@code text} with every unsafe character escaped, except the table style's colour when {@code colour}. */
  public static String escape(String text, boolean colour) {
    if (text == null) {
      return null;
    }
    int first = 0;
    while (first < text.length() && !unsafe(text.charAt(first))) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (colour && c == '\u001b' && (text.startsWith(RED, i) || text.startsWith(RESET, i))) {
        String sgr = text.startsWith(RED, i) ? RED : RESET;
        sb.append(sgr);
        i += sgr.length() - 1;
      } else if (unsafe(c)) {
        sb.append(code(c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** {@code out} seen through {@link #escape(String)}: what is written arrives with every unsafe character escaped. */
  public static java.io.Writer escaping(Appendable out) {
    return escaping(out, false);
  }

  /**
   * {@code out} seen through {@link #escape(String, boolean)}: the table style's colour passes when {@code colour}
   * and a sequence arrives within one write; everything else unsafe is escaped.
   */
  public static java.io.Writer escaping(Appendable out, boolean colour) {
    return new java.io.Writer() {
      @Override
      public void write(char[] buf, int off, int len) throws java.io.IOException {
        int from = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
          char ch = buf[i];
          if (plainAscii(ch)) {
            continue;
          }
          int sgr = colour && buf[i] == '\u001b' ? sgr(buf, i, end) : 0;
          if (sgr > 0) {
            i += sgr - 1;
          } else if (unsafe(buf[i])) {
            pass(buf, from, i - from);
            out.append(code(buf[i]));
            from = i + 1;
          }
        }
        pass(buf, from, end - from);
      }

      /** Safe characters go on as they are: straight to a writer's buffer, with no string made of them. */
      private void pass(char[] buf, int from, int len) throws java.io.IOException {
        if (len == 0) {
          return;
        }
        if (out instanceof java.io.Writer w) {
          w.write(buf, from, len);
        } else {
          out.append(java.nio.CharBuffer.wrap(buf, from, len));
        }
      }

      @Override
      public void flush() throws java.io.IOException {
        if (out instanceof java.io.Flushable f) {
          f.flush();
        }
      }

      @Override
      public void close() throws java.io.IOException {
        flush(); // the target is the caller's to close
      }
    };
  }

  /** The length of the table style's colour sequence at {@code i}, or 0 when there is none. */
  private static int sgr(char[] buf, int i, int end) {
    for (String seq : new String[] {RED, RESET}) {
      if (end - i >= seq.length() && new String(buf, i, seq.length()).equals(seq)) {
        return seq.length();
      }
    }
    return 0;
  }

  /** The escape of an unsafe character, {@code \\u001b}. */
  static String code(char c) {
    return String.format(java.util.Locale.ROOT, "\\u%04x", (int) c);
  }
}
