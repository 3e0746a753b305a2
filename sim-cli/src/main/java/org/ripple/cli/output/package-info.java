/**
 * Reports: what a run, a comparison, a sweep and the multiplier tables show, and how each format writes it. A report
 * is built once ({@link org.ripple.cli.output.RunReport} holds a run's impacts, its effects by region, its timeline,
 * its Monte Carlo bands and its notes) and {@link org.ripple.cli.output.Report#render} is the one place that picks
 * the writer of a text format. Every CSV is a table of {@link org.ripple.cli.output.tables} whose columns carry
 * machine keys, written by {@link org.ripple.cli.output.TableCsv}; the workbook and the HTML page are written from
 * the same kind of tables by {@link org.ripple.cli.output.xlsx.XlsxWriter} and
 * {@link org.ripple.cli.output.html.HtmlReport}; the multipliers' CSV, JSON, terminal table and sheet are one table.
 * A report built as a format-neutral {@link org.ripple.cli.output.Document} (the multipliers) is written by one
 * writer per format: {@link org.ripple.cli.output.DocumentText}, {@link org.ripple.cli.output.TableCsv},
 * {@link org.ripple.cli.output.DocumentJson}, {@link org.ripple.cli.output.xlsx.XlsxWriter} and
 * {@link org.ripple.cli.output.html.DocumentPage}. The other terminal tables and JSON documents keep their own
 * layouts, sharing {@link org.ripple.cli.output.Figures} (how a figure is named and written) and
 * {@link org.ripple.cli.output.JsonDocument} (what every JSON document writes alike).
 * The explanations of a result, {@link org.ripple.cli.output.PathsReport} (structural paths) and
 * {@link org.ripple.cli.output.LinkagesReport} (linkages and extraction), are Reports of the same kind: one keyed
 * table for CSV, their own terminal layout and JSON document.
 */
package org.ripple.cli.output;
