package org.ripple.cli.output.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ripple.cli.output.Fmt;
import org.ripple.cli.output.chart.Png;
import org.ripple.cli.output.chart.Scene;
import org.ripple.cli.output.chart.Svg;
import org.ripple.cli.output.tables.Column;
import org.ripple.cli.output.tables.Table;

/**
 * A single-file HTML report: inline CSS, inline SVG charts, no scripts, no fonts, images, links or anything else
 * fetched (a Content-Security-Policy of {@code default-src 'none'} makes the browser refuse any request). Built from
 * {@link Section}s in order, so features add their own (a timeline line chart, a comparison's grouped bars) without
 * touching the others. Deterministic text: same sections, same bytes.
 */
public final class HtmlReport {
  /**
   * One part of the page: a heading, then any of a paragraph, a chart, a table and a bullet list, in that order.
   *
   * @param id an HTML id, letters, digits and dashes (also the PNG file name of the chart)
   * @param paragraph plain text, may be empty
   * @param chart a chart, or null
   * @param table a table, or null
   * @param bullets plain-text bullets, may be empty
   */
  public record Section(String id, String heading, String paragraph, Scene chart, Table table, List<String> bullets) {
    public Section {
      Objects.requireNonNull(heading, "heading");
      if (id == null || !id.matches("[a-z0-9][a-z0-9-]*")) {
        throw new IllegalArgumentException("section id must be lower-case letters, digits and dashes, was " + id);
      }
      paragraph = paragraph == null ? "" : paragraph;
      bullets = bullets == null ? List.of() : List.copyOf(bullets);
    }

    public static Section chart(String id, String heading, String paragraph, Scene chart) {
      return new Section(id, heading, paragraph, chart, null, List.of());
    }

    public static Section table(String id, String heading, String paragraph, Table table) {
      return new Section(id, heading, paragraph, null, table, List.of());
    }

    public static Section bullets(String id, String heading, String paragraph, List<String> bullets) {
      return new Section(id, heading, paragraph, null, null, bullets);
    }
  }

  static final String CSS = String.join("\n",
      "body{font-family:\"DejaVu Sans\",Arial,Helvetica,sans-serif;color:#222;margin:2em auto;max-width:62em;"
          + "padding:0 1em;line-height:1.45}",
      "h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:1.8em;border-bottom:1px solid #ccc}",
      ".sub{color:#555;margin-top:0}",
      "table{border-collapse:collapse;margin:.6em 0;font-size:.92em}",
      "th,td{padding:.25em .7em;border-bottom:1px solid #e3e3e3;vertical-align:top}",
      "th{text-align:left;background:#f4f4f4}th.n{text-align:right}td.n{text-align:right;"
          + "font-variant-numeric:tabular-nums;white-space:nowrap}",
      "td.loss{color:#b00020}tr.total td{font-weight:bold;border-top:2px solid #999}",
      "figure{margin:.8em 0}svg{max-width:100%;height:auto}",
      "footer{margin-top:3em;color:#666;font-size:.85em}",
      "@media print{body{margin:0;max-width:none}h2{break-after:avoid}figure,table{break-inside:avoid}}");

  private final String title;
  private final List<String> subtitle;
  private final List<Section> sections;
  private final String footer;

  public HtmlReport(String title, List<String> subtitle, List<Section> sections, String footer) {
    this.title = Objects.requireNonNull(title, "title");
    this.subtitle = List.copyOf(subtitle);
    this.sections = List.copyOf(sections);
    this.footer = footer == null ? "" : footer;
  }

  public List<Section> sections() {
    return sections;
  }

  /** The charts of the page, by section id, in page order (for PNG export). */
  public List<Section> chartSections() {
    List<Section> charts = new ArrayList<>();
    for (Section s : sections) {
      if (s.chart() != null) {
        charts.add(s);
      }
    }
    return charts;
  }

  /**
   * Every chart of the page as a PNG for slides, by file name ({@code <section id>.png}), in page order: the one
   * export of a page's charts, whatever page it is.
   *
   * @param scale pixels per SVG unit
   */
  public Map<String, byte[]> pngs(int scale) {
    Map<String, byte[]> pngs = new LinkedHashMap<>();
    for (Section s : chartSections()) {
      pngs.put(s.id() + ".png", Png.render(s.chart(), scale));
    }
    return pngs;
  }

  public String render() {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
            + "'unsafe-inline'; img-src data:\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"Ripple\">\n")
        .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS).append("\n</style>\n")
        .append("</head>\n<body>\n<header>\n<h1>").append(esc(title)).append("</h1>\n");
    for (String line : subtitle) {
      sb.append("<p class=\"sub\">").append(esc(line)).append("</p>\n");
    }
    sb.append("</header>\n<main>\n");
    for (Section s : sections) {
      sb.append("<section id=\"").append(s.id()).append("\">\n<h2>").append(esc(s.heading())).append("</h2>\n");
      if (!s.paragraph().isEmpty()) {
        sb.append("<p>").append(esc(s.paragraph())).append("</p>\n");
      }
      if (s.chart() != null) {
        sb.append("<figure>\n").append(Svg.render(s.chart())).append("</figure>\n");
      }
      if (s.table() != null) {
        table(sb, s.table());
      }
      if (!s.bullets().isEmpty()) {
        sb.append("<ul>\n");
        for (String b : s.bullets()) {
          sb.append("<li>").append(esc(b)).append("</li>\n");
        }
        sb.append("</ul>\n");
      }
      sb.append("</section>\n");
    }
    sb.append("</main>\n");
    if (!footer.isEmpty()) {
      sb.append("<footer>").append(esc(footer)).append("</footer>\n");
    }
    sb.append("</body>\n</html>\n");
    return sb.toString();
  }

  /** A table; a row whose first cell is "Total" (or starts with "Total") is set in bold. */
  static void table(StringBuilder sb, Table t) {
    sb.append("<table>\n");
    if (!t.title().isEmpty()) {
      sb.append("<caption class=\"sub\">").append(esc(t.title())).append("</caption>\n");
    }
    sb.append("<thead><tr>");
    for (Column c : t.columns()) {
      sb.append(c.kind() == Column.Kind.TEXT ? "<th>" : "<th class=\"n\">").append(esc(c.header())).append("</th>");
    }
    sb.append("</tr></thead>\n<tbody>\n");
    for (int r = 0; r < t.rowCount(); r++) {
      Object first = t.cell(r, 0);
      boolean total = first instanceof String s && s.startsWith("Total");
      sb.append(total ? "<tr class=\"total\">" : "<tr>");
      for (int c = 0; c < t.columns().size(); c++) {
        Column col = t.columns().get(c);
        Object v = t.cell(r, c);
        if (col.kind() == Column.Kind.TEXT) {
          sb.append("<td>").append(esc(Table.text(v))).append("</td>");
        } else if (v == null) {
          sb.append("<td class=\"n\">n/a</td>");
        } else {
          String text = number(col.kind(), (Double) v);
          sb.append(text.startsWith("-") ? "<td class=\"n loss\">" : "<td class=\"n\">").append(text)
              .append("</td>");
        }
      }
      sb.append("</tr>\n");
    }
    sb.append("</tbody>\n</table>\n");
  }

  /** Cell text of a number column: jobs and money grouped and whole, millions with one decimal, ratios four. */
  public static String number(Column.Kind kind, double v) {
    return switch (kind) {
      case JOBS, MONEY -> Fmt.grouped(v, 0);
      case MILLIONS -> Fmt.grouped(v, 1);
      case RATIO, TEXT -> Fmt.fixed(v, 4);
    };
  }

  static String esc(String s) {
    return Svg.escape(s);
  }
}
