/**
 * The single-file HTML report: {@link org.ripple.cli.output.html.HtmlReport} renders ordered sections (a paragraph,
 * an inline SVG chart, a table, bullets) with inline CSS and no scripts; {@link org.ripple.cli.output.html.DocumentPage}
 * makes a report's document its sections; {@link org.ripple.cli.output.html.RunPage} shows the run's document's
 * page sections with the run's charts between them and takes extra sections (where the effect travels).
 */
package org.ripple.cli.output.html;
