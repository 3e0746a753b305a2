package org.ripple.cli.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ripple.cli.output.tables.Column;
import org.ripple.cli.output.tables.Table;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.Sector;
import org.ripple.core.SectorIndex;
import org.ripple.core.impact.Impact;
import org.ripple.core.scenario.RegionBreakdown;
import org.ripple.core.uncertainty.Headline;
import org.ripple.core.uncertainty.Summary;

/**
 * The run's sections in the shapes only the terminal shows, each a table with its {@link TextLayout}: the impact by
 * effect (and the gross loss and offsets), the uncertainty bands, the total effect by region, the ten largest sector
 * effects. Jobs in persons, money in millions (one decimal); a row label is at least 10 and at most 60 characters
 * (longer ones shortened by {@link Names}); losses are coloured where the style has colour, except in the bands and
 * by region.
 */
final class RunTerminal {
  static final int COL = 16;
  static final int MAX_LABEL = 60;

  private RunTerminal() {}

  /** The four measures' columns, from table column {@code first} on, with their units; losses coloured if styled. */
  static List<TextLayout.Col> measures(ReportMeta meta, int first, boolean styled) {
    String[] headings = {"Jobs", "Labour income", "Value added", "Output"};
    List<TextLayout.Col> cols = new ArrayList<>();
    for (int k = 0; k < 4; k++) {
      boolean jobs = Figures.MEASURES[k] == Measure.JOBS;
      TextLayout.Col c = TextLayout.Col.of(first + k, headings[k], jobs ? TextLayout.Shown.GROUPED
          : TextLayout.Shown.MILLIONS, jobs ? 0 : 1, COL).unit(jobs ? "persons" : meta.currency() + " M/year");
      cols.add(styled ? c.colourLosses() : c);
    }
    return cols;
  }

  /** The four measure columns of a table, after {@code leading}. */
  static Column[] withMeasures(Column... leading) {
    Column[] cols = java.util.Arrays.copyOf(leading, leading.length + 4);
    for (int k = 0; k < 4; k++) {
      Measure m = Figures.MEASURES[k];
      cols[leading.length + k] = (m == Measure.JOBS ? Column.jobs(m.key()) : Column.money(m.key())).keyed(m.key());
    }
    return cols;
  }

  private static TextLayout.Label label(int[] columns, int min, int max) {
    return new TextLayout.Label(columns, "", min, max, 0);
  }

  /**
   * An impact by effect under {@code heading} (after a blank line unless {@code attached}); unless quiet, a footnote
   * when the rounded effects do not add up to the rounded total.
   */
  static Document.TableSection impact(RunReport report, String name, String heading, Impact impact,
      boolean attached) {
    Table.Builder b = Table.builder(name, heading, withMeasures(Column.text("Effect")));
    for (Effect e : Effect.values()) {
      List<Object> row = new ArrayList<>(List.of(Figures.effectName(e)));
      for (Measure m : Figures.MEASURES) {
        row.add(report.value(impact, m, e, -1));
      }
      b.row(row.toArray());
    }
    TextLayout layout = new TextLayout("  ", label(new int[] {0}, 10, 10), measures(report.meta(), 1, true))
        .headed(heading).totals(Effect.values().length);
    return Document.TableSection.terminal(b.build(), attached ? layout.attached() : layout);
  }

  /** The bands of every headline block: per effect, the five statistics of each measure. */
  static List<Document.Section> uncertainty(RunReport report, Uncertainty u) {
    List<Document.Section> sections = new ArrayList<>();
    ReportMeta meta = report.meta();
    for (Headline.Block block : report.uncertaintyBlocks()) {
      Table.Builder b = Table.builder("Bands " + block.key(), "", withMeasures(Column.text("Effect"),
          Column.text("Statistic")));
      for (Effect e : Effect.values()) {
        for (Uncertainty.Stat st : Uncertainty.Stat.values()) {
          List<Object> row = new ArrayList<>(List.of(st == Uncertainty.Stat.P5 ? Figures.effectName(e) : "",
              st.label()));
          for (Measure m : Figures.MEASURES) {
            Summary sum = u.summary(block, e, m);
            row.add(sum.available() ? st.of(sum) * meta.scale(m) : Double.NaN);
          }
          b.row(row.toArray());
        }
      }
      List<TextLayout.Col> cols = new ArrayList<>();
      cols.add(new TextLayout.Col(1, "", "", TextLayout.Shown.TEXT_LEFT, 0, 6, "", ""));
      cols.addAll(measures(meta, 2, false));
      String title = "  " + switch (block) {
        case SUMMARY -> "Impact";
        case GROSS_LOSS -> "Gross loss";
        case OFFSETS -> "Offsets";
      };
      TextLayout layout = new TextLayout("  ", label(new int[] {0}, 10, 10), cols);
      sections.add(Document.TableSection.terminal(b.build(), sections.isEmpty()
          ? layout.headed("Uncertainty: " + Fmt.grouped(u.draws(), 0) + " draws, seed " + u.seed()
              + "; 5th, 50th and 95th percentiles, mean, standard deviation\n" + title)
          : layout.headed(title).attached()));
    }
    return sections;
  }

  /** How the terminal shows the shocks' table: its label column, then the total effect's columns. */
  static TextLayout byShock(ReportMeta meta, int labelColumn, int totalColumn) {
    return new TextLayout("  ", label(new int[] {labelColumn}, 10, MAX_LABEL), measures(meta, totalColumn, true))
        .headed("By shock (total effect)");
  }

  /** The total effect in each region, then outside the one region every shock hits, if any. */
  static Document.TableSection byRegion(RegionBreakdown r, ReportMeta meta) {
    Table.Builder b = Table.builder("Regions", "", withMeasures(Column.text("Code"), Column.text("Region")));
    for (int k = 0; k < r.size(); k++) {
      int region = k;
      b.row(row(List.of(r.region(k).code(), r.region(k).name()), m -> r.value(m, Effect.TOTAL, region), meta));
    }
    if (r.hasOutside()) {
      b.row(row(List.of("", r.outsideLabel()), m -> r.outside(m, Effect.TOTAL), meta));
    }
    return Document.TableSection.terminal(b.build(), new TextLayout("  ", label(new int[] {0, 1}, 10, MAX_LABEL),
        measures(meta, 2, false)).headed("By region (total effect)"));
  }

  private static Object[] row(List<String> text, java.util.function.ToDoubleFunction<Measure> modelValue,
      ReportMeta meta) {
    List<Object> row = new ArrayList<>(text);
    for (Measure m : Figures.MEASURES) {
      row.add(modelValue.applyAsDouble(m) * meta.scale(m));
    }
    return row.toArray();
  }

  /** The ten sectors with the largest total effect on jobs (on output where jobs are not available). */
  static Document.TableSection largestSectors(RunReport report) {
    Impact total = report.result().total();
    SectorIndex index = report.sectors();
    Measure key = total.available(Measure.JOBS, Effect.TOTAL) ? Measure.JOBS : Measure.OUTPUT;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < index.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -Math.abs(total.value(key, Effect.TOTAL, i)))
        .thenComparing(i -> i));
    Table.Builder b = Table.builder("Largest sectors", "", withMeasures(Column.text("Code"), Column.text("Sector")));
    for (int i : order.subList(0, Math.min(10, order.size()))) {
      Sector s = index.at(i);
      List<Object> row = new ArrayList<>(List.of(s.code(), s.name()));
      for (Measure m : Figures.MEASURES) {
        row.add(report.value(total, m, Effect.TOTAL, i));
      }
      b.row(row.toArray());
    }
    return Document.TableSection.terminal(b.build(), new TextLayout("  ", label(new int[] {0, 1}, 10, MAX_LABEL),
        measures(report.meta(), 2, true)).headed("Largest sector effects (total jobs; output where jobs are n/a)"));
  }

  /** Greedy word wrap at a width. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" +")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
