package org.ripple.cli.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.Sector;
import org.ripple.core.SectorIndex;
import org.ripple.core.impact.Impact;
import org.ripple.core.impact.ModelType;
import org.ripple.core.scenario.RegionBreakdown;
import org.ripple.core.scenario.ShockResult;
import org.ripple.core.uncertainty.Headline;
import org.ripple.core.uncertainty.Summary;

/**
 * The terminal table of a {@link RunReport}: the banner (unless quiet), the impact by effect, the gross loss and
 * offsets, the uncertainty bands, the total effect by shock and by region, the ten largest sector effects, the
 * timeline, the fiscal account ({@link FiscalSection}, written by {@link DocumentText}) and the notes (unless
 * quiet). Jobs in persons, money in millions; labels longer than 60 characters are shortened by {@link Names}. Written to its target row by row (a scenario with many shocks is never one string).
 */
final class RunText {
  private static final Measure[] MEASURES = RunReport.MEASURES;
  private static final int COL = 16;
  private static final int MAX_LABEL = 60;

  private final RunReport report;
  private final ReportMeta meta;
  private final TableStyle style;
  /** The lines not yet handed to the target. */
  private final StringBuilder out = new StringBuilder();
  private Appendable target;

  RunText(RunReport report) {
    this.report = report;
    this.meta = report.meta();
    this.style = report.style();
  }

  String write() {
    StringBuilder whole = new StringBuilder();
    try {
      write(whole);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // a StringBuilder does not throw
    }
    return whole.toString();
  }

  /** Writes the table to {@code to}, handing it each row as it is made. */
  void write(Appendable to) throws java.io.IOException {
    this.target = to;
    try {
      sections();
      flush();
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Hands the lines made so far to the target. */
  private void flush() {
    try {
      target.append(out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    out.setLength(0);
  }

  private void sections() {
    var result = report.result();
    Impact total = result.total();
    if (!style.quiet()) {
      banner(total);
    }
    summaryTable("Impact", total);
    if (report.hasOffsets()) {
      out.append('\n');
      summaryTable("Gross loss (closures and subcontractors)", result.grossLoss());
      out.append('\n');
      summaryTable("Offsets", report.offsets());
    }
    if (report.uncertainty() != null) {
      uncertaintyTables(report.uncertainty());
    }
    byShock();
    report.regions().ifPresent(this::byRegion);
    largestSectors(total);
    if (report.timeline() != null) {
      report.timeline().table(out);
    }
    if (report.fiscal().isPresent()) {
      try {
        DocumentText.write(report.fiscal().get(), style, out);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e); // a StringBuilder does not throw
      }
      flush();
    }
    List<String> notes = report.notes();
    if (!notes.isEmpty() && !style.quiet()) {
      out.append("\nNotes\n");
      for (String n : notes) {
        out.append("  - ").append(oneLine(n)).append('\n');
      }
    }
  }

  private void banner(Impact total) {
    var result = report.result();
    var info = meta.model();
    out.append("Scenario: ").append(result.scenario().name()).append('\n');
    if (!result.scenario().description().isBlank()) {
      for (String line : wrap(oneLine(result.scenario().description()), 100)) {
        out.append("  ").append(line).append('\n');
      }
    }
    out.append("Model:    ").append(info.name()).append(" - ").append(info.title()).append(" (")
        .append(info.year()).append(", Type ").append(total.type().suffix())
        .append(total.type() == ModelType.TYPE_I ? ", no household data: induced n/a" : "").append(")\n");
    out.append("Units:    jobs in persons; money in ").append(meta.currency())
        .append(" millions per year; losses negative\n\n");
  }

  /** The impact by effect; unless quiet, a footnote when the rounded effects do not add up to the rounded total. */
  private void summaryTable(String title, Impact impact) {
    out.append(title).append('\n');
    out.append(header(12));
    for (Effect e : Effect.values()) {
      out.append("  ").append(Fmt.right(effectName(e), 10)).append(row(impact, e, -1)).append('\n');
    }
    if (!report.addsUpAsShown(impact) && !style.quiet()) {
      out.append(Rounding.FOOTNOTE).append('\n');
    }
  }

  private void uncertaintyTables(Uncertainty u) {
    out.append('\n').append("Uncertainty: ").append(Fmt.grouped(u.draws(), 0)).append(" draws, seed ")
        .append(u.seed()).append("; 5th, 50th and 95th percentiles, mean, standard deviation\n");
    for (Headline.Block b : report.uncertaintyBlocks()) {
      out.append("  ").append(blockTitle(b)).append('\n');
      out.append(header(18));
      for (Effect e : Effect.values()) {
        for (Uncertainty.Stat st : Uncertainty.Stat.values()) {
          out.append("  ").append(Fmt.right(st == Uncertainty.Stat.P5 ? effectName(e) : "", 10))
              .append(Fmt.right(st.label, 6));
          for (Measure m : MEASURES) {
            Summary sum = u.summary(b, e, m);
            out.append(Fmt.left(sum.available() ? number(m, st.of(sum) * meta.scale(m)) : "n/a", COL));
          }
          out.append('\n');
        }
      }
    }
  }

  private void byShock() {
    List<ShockResult> shocks = report.result().shocks();
    out.append('\n').append("By shock (total effect)\n");
    List<String> labels = new ArrayList<>();
    int w = 10;
    for (ShockResult s : shocks) {
      labels.add(label(s));
      w = Math.max(w, label(s).length());
    }
    w = Math.min(w, MAX_LABEL);
    labels = Names.shortened(labels, w);
    out.append(header(w + 2));
    for (int k = 0; k < shocks.size(); k++) {
      out.append("  ").append(Fmt.right(labels.get(k), w)).append(row(shocks.get(k).impact(), Effect.TOTAL, -1))
          .append('\n');
      flush();
    }
  }

  private void byRegion(RegionBreakdown r) {
    out.append('\n').append("By region (total effect)\n");
    List<String> labels = new ArrayList<>();
    int w = 10;
    for (int k = 0; k < r.size(); k++) {
      labels.add(regionLabel(r, k));
      w = Math.max(w, regionLabel(r, k).length());
    }
    String outside = r.hasOutside() ? r.outsideLabel() : null;
    w = Math.min(Math.max(w, outside == null ? 0 : outside.length()), MAX_LABEL);
    labels = Names.shortened(labels, w);
    out.append(header(w + 2));
    for (int k = 0; k < r.size(); k++) {
      out.append("  ").append(Fmt.right(labels.get(k), w));
      for (Measure m : MEASURES) {
        out.append(Fmt.left(cell(m, r.value(m, Effect.TOTAL, k)), COL));
      }
      out.append('\n');
      flush();
    }
    if (outside != null) {
      out.append("  ").append(Fmt.right(outside, w));
      for (Measure m : MEASURES) {
        out.append(Fmt.left(cell(m, r.outside(m, Effect.TOTAL)), COL));
      }
      out.append('\n');
    }
  }

  private static String regionLabel(RegionBreakdown r, int k) {
    return r.region(k).code() + " " + r.region(k).name();
  }

  /** A figure in the model's units as table text, n/a when not available (NaN). */
  private String cell(Measure m, double modelValue) {
    return Double.isNaN(modelValue) ? "n/a" : number(m, modelValue * meta.scale(m));
  }

  private void largestSectors(Impact total) {
    SectorIndex index = report.sectors();
    out.append('\n').append("Largest sector effects (total jobs; output where jobs are n/a)\n");
    List<Integer> order = sectorOrder(total, index);
    int shown = Math.min(10, order.size());
    List<String> labels = new ArrayList<>();
    int nw = 10;
    for (int k = 0; k < shown; k++) {
      Sector sec = index.at(order.get(k));
      labels.add(sec.code() + " " + sec.name());
      nw = Math.max(nw, labels.get(k).length());
    }
    nw = Math.min(nw, MAX_LABEL);
    labels = Names.shortened(labels, nw);
    out.append(header(nw + 2));
    for (int k = 0; k < shown; k++) {
      out.append("  ").append(Fmt.right(labels.get(k), nw)).append(row(total, Effect.TOTAL, order.get(k)))
          .append('\n');
    }
  }

  private static List<Integer> sectorOrder(Impact total, SectorIndex index) {
    Measure key = total.available(Measure.JOBS, Effect.TOTAL) ? Measure.JOBS : Measure.OUTPUT;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < index.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -Math.abs(total.value(key, Effect.TOTAL, i)))
        .thenComparing(i -> i));
    return order;
  }

  /** The four measures of one effect (all sectors when {@code sector} is negative), losses styled. */
  private String row(Impact impact, Effect e, int sector) {
    StringBuilder sb = new StringBuilder();
    for (Measure m : MEASURES) {
      double v = report.value(impact, m, e, sector);
      sb.append(style.loss(Fmt.left(Double.isNaN(v) ? "n/a" : number(m, v), COL)));
    }
    return sb.toString();
  }

  /** Two header lines after {@code indent} spaces: the measures, then their units. */
  private String header(int indent) {
    String money = meta.currency() + " M/year";
    return Fmt.right("", indent) + Fmt.left("Jobs", COL) + Fmt.left("Labour income", COL)
        + Fmt.left("Value added", COL) + Fmt.left("Output", COL) + "\n"
        + Fmt.right("", indent) + Fmt.left("persons", COL) + Fmt.left(money, COL) + Fmt.left(money, COL)
        + Fmt.left(money, COL) + "\n";
  }

  private static String number(Measure m, double v) {
    return Figures.table(m, v);
  }

  private static String effectName(Effect e) {
    return Figures.effectName(e);
  }

  private static String blockTitle(Headline.Block b) {
    return switch (b) {
      case SUMMARY -> "Impact";
      case GROSS_LOSS -> "Gross loss";
      case OFFSETS -> "Offsets";
    };
  }

  private static String label(ShockResult s) {
    return s.kind().key().replace('_', ' ') + ": " + s.name();
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

  private static String oneLine(String s) {
    return s.replace('\n', ' ').replace('\r', ' ').trim();
  }
}
