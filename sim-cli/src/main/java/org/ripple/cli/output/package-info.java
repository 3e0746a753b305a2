/**
 * Reports: what a run, a comparison, a sweep and the multiplier tables show, and how each format writes it. A report
 * is built once ({@link org.ripple.cli.output.RunReport} holds a run's impacts, its effects by region, its timeline,
 * its Monte Carlo bands and its notes) and {@link org.ripple.cli.output.Report#render} is the one place that picks
 * the writer of a text format: the terminal table, CSV or JSON. The workbook and the HTML page are written from the
 * format-neutral tables of {@link org.ripple.cli.output.tables} by {@link org.ripple.cli.output.xlsx.XlsxWriter} and
 * {@link org.ripple.cli.output.html.HtmlReport}. {@link org.ripple.cli.output.Figures} says how every format names
 * and writes a figure; {@link org.ripple.cli.output.JsonDocument} what every JSON document writes alike.
 */
package org.ripple.cli.output;
