package org.ripple.cli.output;

/**
 * Text cells of CSV output: quoted when needed (RFC 4180), and neutralised against spreadsheet formula injection
 * (a cell starting with = + - @ tab or carriage return gets a leading apostrophe).
 */
public final class CsvText {
  private CsvText() {}

  public static String cell(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String s = text;
    char first = s.charAt(0);
    if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
      s = "'" + s;
    }
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      s = "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}
