package org.ripple.cli.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cells of an xlsx workbook read back from its XML: each sheet by name, each cell by reference ("C6") as text
 * (shared strings resolved) or as the number's text. Enough for the workbooks Ripple writes (no inline strings, no
 * formulas).
 */
final class WorkbookCells {
  private static final Pattern SHEET = Pattern.compile("<sheet name=\"([^\"]*)\"[^>]*r:id=\"rId(\\d+)\"");
  private static final Pattern STRING = Pattern.compile("<si><t[^>]*>([^<]*)</t></si>");
  private static final Pattern CELL = Pattern.compile("<c r=\"([A-Z]+\\d+)\"([^>]*)><v>([^<]*)</v></c>");

  private final Map<String, Map<String, String>> sheets = new LinkedHashMap<>();

  private WorkbookCells() {}

  static WorkbookCells read(Path xlsx) throws IOException {
    Map<String, String> parts = XlsxOutputTest.unzip(xlsx);
    List<String> strings = new ArrayList<>();
    Matcher s = STRING.matcher(parts.get("xl/sharedStrings.xml"));
    while (s.find()) {
      strings.add(s.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
          .replace("&apos;", "'").replace("&amp;", "&"));
    }
    WorkbookCells book = new WorkbookCells();
    Matcher m = SHEET.matcher(parts.get("xl/workbook.xml"));
    int k = 1;
    while (m.find()) {
      Map<String, String> cells = new LinkedHashMap<>();
      Matcher c = CELL.matcher(parts.get("xl/worksheets/sheet" + k++ + ".xml"));
      while (c.find()) {
        boolean shared = c.group(2).contains("t=\"s\"");
        cells.put(c.group(1), shared ? strings.get(Integer.parseInt(c.group(3))) : c.group(3));
      }
      book.sheets.put(m.group(1), cells);
    }
    return book;
  }

  List<String> sheetNames() {
    return List.copyOf(sheets.keySet());
  }

  /** The text of a cell, or null when the cell is empty. */
  String text(String sheet, String ref) {
    return sheets.get(sheet).get(ref);
  }

  double number(String sheet, String ref) {
    return Double.parseDouble(sheets.get(sheet).get(ref));
  }
}
