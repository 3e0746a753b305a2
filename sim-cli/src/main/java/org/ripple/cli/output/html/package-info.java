/**
 * The single-file HTML report: {@link org.ripple.cli.output.html.HtmlReport} renders ordered sections (a paragraph,
 * an inline SVG chart, a table, bullets) with inline CSS and no scripts; {@link org.ripple.cli.output.html.RunPage}
 * builds the sections of one scenario run and takes extra sections, so a timeline (line chart) or a comparison
 * (grouped bars) can be added where those results exist without changing the rest.
 */
package org.ripple.cli.output.html;
