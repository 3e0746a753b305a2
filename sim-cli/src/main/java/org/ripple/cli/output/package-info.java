/**
 * Reports: what a run, a comparison, a sweep, the multiplier tables and the explanations of a result show, and how
 * each format writes it. A report is built once as a format-neutral {@link org.ripple.cli.output.Document} (tables
 * with typed columns, notes, the JSON head), each section marked for the formats that show it and carrying layout
 * hints ({@link org.ripple.cli.output.TextLayout}, nested JSON keys, JSON grouping), and written by one writer per
 * format: {@link org.ripple.cli.output.DocumentText} (terminal), {@link org.ripple.cli.output.TableCsv} (CSV),
 * {@link org.ripple.cli.output.DocumentJson} (JSON), {@link org.ripple.cli.output.xlsx.XlsxWriter} (workbook) and
 * {@link org.ripple.cli.output.html.DocumentPage} (HTML); {@link org.ripple.cli.output.DocumentReport} streams the
 * text formats. Every report is a document: the run ({@link org.ripple.cli.output.RunReport}, built by
 * {@link org.ripple.cli.output.RunDocument}: impacts, effects by region, timeline, Monte Carlo bands, fiscal account,
 * notes), the multipliers, the multipliers by region, the comparison, the sweep, the structural paths and the
 * linkages; the run's page ({@link org.ripple.cli.output.html.RunPage}) takes its tables from the run's document and
 * adds its charts. {@link org.ripple.cli.output.Report#write} is the one place that picks the writer of a text
 * format. Figures are named and written by {@link org.ripple.cli.output.Figures}, long
 * names shortened by {@link org.ripple.cli.output.Names}.
 */
package org.ripple.cli.output;
