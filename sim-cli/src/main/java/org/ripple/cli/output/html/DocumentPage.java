package org.ripple.cli.output.html;

import java.util.ArrayList;
import java.util.List;
import org.ripple.cli.output.Document;

/**
 * The HTML writer of a {@link Document}: the title, the preamble as the subtitle lines, then one section a table
 * the workbook shows too (heading the table's name, paragraph its title) or notes (bullets), in the document's
 * order; section ids are the sections' keys with dashes.
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
      if (s instanceof Document.TableSection t && t.sheet()) {
        sections.add(HtmlReport.Section.table(id(t.table().name()), t.table().name(), t.table().title(),
            t.table()));
      } else if (s instanceof Document.NotesSection n) {
        sections.add(HtmlReport.Section.bullets(id(n.heading()), n.heading(), "", n.lines()));
      }
    }
    return sections;
  }

  private static String id(String name) {
    String id = Document.key(name).replace('_', '-');
    return id.isEmpty() ? "section" : id;
  }
}
