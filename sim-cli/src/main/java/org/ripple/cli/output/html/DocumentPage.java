package org.ripple.cli.output.html;

import java.util.ArrayList;
import java.util.List;
import org.ripple.cli.output.Document;

/**
 * The HTML writer of a {@link Document}: the title, the preamble as the subtitle lines, then, in the document's order,
 * one section a table the page shows ({@link Document.TableSection#page}: by default its heading the table's name,
 * its paragraph the table's title, its id the name's key with dashes; a table with no rows is its paragraph alone),
 * notes with lines (bullets), and the sections of an embedded part the other formats show.
 */
public final class DocumentPage {
  private DocumentPage() {}

  public static HtmlReport of(Document d, String footer) {
    List<String> subtitle = new ArrayList<>();
    for (String line : d.preamble()) {
      if (!line.isBlank()) {
        subtitle.add(line);
      }
    }
    return new HtmlReport(d.title(), subtitle, sections(d), footer);
  }

  /** The page sections of a document, in its order: what another page (the run's) adds of a document it carries. */
  public static List<HtmlReport.Section> sections(Document d) {
    List<HtmlReport.Section> sections = new ArrayList<>();
    for (Document.Section s : d.sections()) {
      if (s instanceof Document.TableSection t && t.page() != null) {
        sections.add(section(t.table(), t.page()));
      } else if (s instanceof Document.NotesSection n && !n.lines().isEmpty()) {
        sections.add(HtmlReport.Section.bullets(id(n.heading()), n.heading(), "", n.lines()));
      } else if (s instanceof Document.Embedded e && e.others()) {
        sections.addAll(sections(e.document()));
      }
    }
    return sections;
  }

  private static HtmlReport.Section section(org.ripple.cli.output.tables.Table t, Document.Page page) {
    String id = page.id().isEmpty() ? id(t.name()) : page.id();
    String heading = page.heading().isEmpty() ? t.name() : page.heading();
    String paragraph = page.paragraph() == null ? t.title() : page.paragraph();
    return new HtmlReport.Section(id, heading, paragraph, null, t.rowCount() == 0 ? null : t, List.of());
  }

  private static String id(String name) {
    String id = Document.key(name).replace('_', '-');
    return id.isEmpty() ? "section" : id;
  }
}
