package org.ripple.cli.output;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.ripple.cli.output.html.HtmlReport;
import org.ripple.cli.output.html.RunPage;
import org.ripple.cli.output.tables.Provenance;
import org.ripple.cli.output.tables.RunTables;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.SectorIndex;
import org.ripple.core.impact.Impact;
import org.ripple.core.scenario.RegionBreakdown;
import org.ripple.core.scenario.ScenarioResult;
import org.ripple.core.scenario.ShockKind;
import org.ripple.core.time.Timeline;
import org.ripple.core.uncertainty.Headline;

/**
 * The report of one scenario run: the net impact (and, with offsets, the gross loss and the offsets), the Monte Carlo
 * summaries when there are draws, each shock, each sector, each region of a multi-regional model, the timeline when
 * the scenario has one, the fiscal account when given ({@link #withFiscal}), and the notes. Its content is built once
 * as a {@link Document} ({@link RunDocument}) and written by the one writer of each format, as every report is.
 * Losses are negative. Money is in plain currency units in CSV, JSON and the workbook and in millions in the table and
 * on the page; jobs are persons. Figures the model cannot give are null (JSON), empty (CSV) or n/a (table), never 0.
 */
public final class RunReport implements Report {
  static final Measure[] MEASURES = Figures.MEASURES;

  private final ScenarioResult result;
  private final ReportMeta meta;
  private final Optional<RegionBreakdown> regions;
  private final Timeline timeline;
  private final TableStyle style;
  private Uncertainty uncertainty;
  private org.ripple.core.fiscal.FiscalAccount fiscal;
  private DrawBands bands = DrawBands.NONE;
  private Provenance provenance = Provenance.NONE;
  private final List<String> extraNotes = new ArrayList<>();
  private final List<Document.Section> added = new ArrayList<>();
  /** The documents built so far, by the shapes they carry; every {@code with...} drops them. */
  private final java.util.Map<java.util.Set<RunDocument.Shown>, Document> documents = new java.util.HashMap<>();

  public RunReport(ScenarioResult result, ReportMeta meta) {
    this(result, meta, (Timeline) null, TableStyle.PLAIN);
  }

  /** A report with a timeline section (period table, CSV period rows, JSON timeline), or none when null. */
  public RunReport(ScenarioResult result, ReportMeta meta, Timeline timeline) {
    this(result, meta, timeline, TableStyle.PLAIN);
  }

  /** A report whose terminal table follows {@code style} (colour, quiet); CSV and JSON ignore it. */
  public RunReport(ScenarioResult result, ReportMeta meta, TableStyle style) {
    this(result, meta, (Timeline) null, style);
  }

  /** A report with an optional timeline (null: none) and a terminal-table style. */
  public RunReport(ScenarioResult result, ReportMeta meta, Timeline timeline, TableStyle style) {
    this.result = result;
    this.meta = meta;
    this.regions = RegionBreakdown.of(result);
    this.timeline = timeline;
    this.style = style;
  }

  /**
   * Adds notes the engine does not know about (NAICS codes mapped to sectors, what a distribution means without
   * draws), listed before the engine's. May be called more than once.
   */
  public RunReport withNotes(List<String> notes) {
    this.extraNotes.addAll(notes);
    documents.clear();
    return this;
  }

  /** Adds the Monte Carlo summaries (P5, P50, P95, mean, sd of every headline cell) to every format. */
  public RunReport withUncertainty(Uncertainty u) {
    this.uncertainty = u;
    documents.clear();
    return this;
  }

  /**
   * Adds the run's fiscal account to every format ({@link FiscalSection}: the terminal's "Fiscal" table, the CSV's
   * table after the run's, the JSON's {@code fiscal} block after {@code summary}, a sheet and a page section).
   */
  public RunReport withFiscal(org.ripple.core.fiscal.FiscalAccount account) {
    this.fiscal = java.util.Objects.requireNonNull(account, "account");
    documents.clear();
    return this;
  }

  /**
   * Adds a section to the run's document, after the fiscal account and before the notes: a table made by
   * {@link Document.TableSection#of} is then in the terminal table, the CSV (after a blank line), the JSON, the
   * workbook (a sheet) and the page (a section), with no writer code. May be called more than once.
   */
  public RunReport withSection(Document.Section section) {
    added.add(java.util.Objects.requireNonNull(section, "section"));
    documents.clear();
    return this;
  }

  /** The sections added by {@link #withSection}, in order. */
  List<Document.Section> addedSections() {
    return added;
  }

  /** Where the inputs come from (the scenario file, its SHA-256, the seed), for the workbook's Metadata sheet. */
  public RunReport withProvenance(Provenance p) {
    this.provenance = java.util.Objects.requireNonNull(p, "provenance");
    documents.clear();
    return this;
  }

  /**
   * Adds the Monte Carlo summaries of every headline cell ({@link #withUncertainty}) and the bands beyond them
   * ({@link DrawBands}: the fiscal account's, annual or over the horizon and by period, and each period's measures),
   * which every format then shows.
   */
  public RunReport withBands(Uncertainty u, DrawBands beyond) {
    this.bands = java.util.Objects.requireNonNull(beyond, "beyond");
    return withUncertainty(u);
  }

  /** The bands of the draws beyond the headline cells ({@link DrawBands#NONE} without draws). */
  DrawBands bands() {
    return bands;
  }

  /** The run's fiscal account, or empty without one. */
  Optional<org.ripple.core.fiscal.FiscalAccount> fiscalAccount() {
    return Optional.ofNullable(fiscal);
  }

  /** The fiscal account's document ({@link FiscalSection}, with its bands under draws), or empty without one. */
  public Optional<Document> fiscal() {
    return fiscal == null ? Optional.empty() : Optional.of(FiscalSection.of(fiscal, bands.fiscal(),
        bands.fiscalByPeriod(), bands.fiscalByPeriodParts()));
  }

  /** The format-neutral content every writer walks, built once (again only after a {@code with...}). */
  public Document document() {
    return document(java.util.EnumSet.allOf(RunDocument.Shown.class));
  }

  /** The document as the HTML page shows it: its page sections ({@link RunPage}). */
  public Document pageDocument() {
    return document(java.util.EnumSet.of(RunDocument.Shown.PAGE));
  }

  private Document document(java.util.Set<RunDocument.Shown> shown) {
    return documents.computeIfAbsent(shown, s -> RunDocument.of(this, s));
  }

  /** The document of one format: the sections its writer writes (the workbook's sheets for xlsx), and no others. */
  public Document document(OutputFormat format) {
    return document(java.util.EnumSet.of(switch (format) {
      case TABLE -> RunDocument.Shown.TERMINAL;
      case CSV -> RunDocument.Shown.CSV;
      case JSON -> RunDocument.Shown.JSON;
      case XLSX -> RunDocument.Shown.WORKBOOK;
    }));
  }

  private DocumentReport written(OutputFormat format) {
    return new DocumentReport(document(format), style);
  }

  @Override
  public String table() {
    return written(OutputFormat.TABLE).table();
  }

  /** The text formats, each streamed to {@code out}: the terminal table row by row, CSV and JSON as they go. */
  @Override
  public void write(OutputFormat format, java.io.Writer out) throws java.io.IOException {
    written(format).write(format, out);
  }

  /** The text formats written to a file's stream, each as its document's writer does. */
  @Override
  public void write(OutputFormat format, java.io.OutputStream out) throws java.io.IOException {
    written(format).write(format, out);
  }

  @Override
  public String csv() {
    return written(OutputFormat.CSV).csv();
  }

  @Override
  public void csv(Appendable out) throws java.io.IOException {
    written(OutputFormat.CSV).csv(out);
  }

  @Override
  public String json() {
    return written(OutputFormat.JSON).json();
  }

  @Override
  public void json(java.io.Writer out) throws java.io.IOException {
    written(OutputFormat.JSON).json(out);
  }

  /**
   * The HTML page of this report ({@link RunPage}: the document's page sections with the page's charts), with the
   * scenario's own text and the sections to add after the timeline and the fiscal account.
   */
  public HtmlReport page(RunPage.ScenarioText text, List<HtmlReport.Section> extra) {
    return RunPage.of(this, text, extra);
  }

  public ScenarioResult result() {
    return result;
  }

  public ReportMeta meta() {
    return meta;
  }

  /** Where the inputs come from. */
  public Provenance provenance() {
    return provenance;
  }

  SectorIndex sectors() {
    return result.system().model().sectors();
  }

  /** The effects by region of a multi-regional model, or empty; computed once for every format. */
  public Optional<RegionBreakdown> regions() {
    return regions;
  }

  /** The timeline of a scenario with a horizon, or empty. */
  public Optional<Timeline> timelineResult() {
    return Optional.ofNullable(timeline);
  }

  /** The Monte Carlo summaries, or null without draws. */
  public Uncertainty uncertainty() {
    return uncertainty;
  }

  public boolean hasOffsets() {
    return result.hasKind(ShockKind.OFFSET);
  }

  /** The offsets' effect. */
  public Impact offsets() {
    return result.of(EnumSet.of(ShockKind.OFFSET));
  }

  /** The headline blocks the Monte Carlo summaries cover: the net impact, and the gross loss and offsets if any. */
  List<Headline.Block> uncertaintyBlocks() {
    return hasOffsets() ? List.of(Headline.Block.values()) : List.of(Headline.Block.SUMMARY);
  }

  /** Notes the engine does not know about, in the order they were added. */
  public List<String> extraNotes() {
    return extraNotes;
  }

  /** Every note: the extra ones, the engine's, then each shock's prefixed with its name. */
  public List<String> notes() {
    return RunTables.notes(extraNotes, result);
  }

  /**
   * The effect of a measure in a part of an impact, in report units (jobs in persons, money in currency units): the
   * sum over all sectors when {@code sector} is negative; NaN when not available.
   */
  public double value(Impact impact, Measure m, Effect e, int sector) {
    if (!impact.available(m, e)) {
      return Double.NaN;
    }
    return (sector < 0 ? impact.sum(m, e) : impact.value(m, e, sector)) * meta.scale(m);
  }

  /**
   * Whether the direct, indirect and induced effects of {@code impact}, each rounded as every table shows it (jobs
   * whole, money in millions with one decimal), add up to its rounded total in every measure; where they do not, the
   * page says so ({@link #ROUNDING_FOOTNOTE}; the terminal's impact tables check it through
   * {@link TextLayout#totals}).
   */
  public boolean addsUpAsShown(Impact impact) {
    for (Measure m : MEASURES) {
      List<String> parts = new ArrayList<>();
      for (Effect e : List.of(Effect.DIRECT, Effect.INDIRECT, Effect.INDUCED)) {
        parts.add(shown(impact, m, e));
      }
      if (!Rounding.addsUp(parts, shown(impact, m, Effect.TOTAL))) {
        return false;
      }
    }
    return true;
  }

  /** The sentence under a table whose shown rows do not add up to its shown total. */
  public static final String ROUNDING_FOOTNOTE = Rounding.FOOTNOTE.strip();

  /** A figure of the impact as the tables show it, n/a when not available. */
  private String shown(Impact impact, Measure m, Effect e) {
    double v = value(impact, m, e, -1);
    return Double.isNaN(v) ? "n/a" : Figures.table(m, v);
  }
}
