/**
 * Charts drawn by Ripple itself: a layout ({@link org.ripple.cli.output.chart.StackedBarChart},
 * {@link org.ripple.cli.output.chart.LineChart}, {@link org.ripple.cli.output.chart.GroupedBarChart}) turns numbers
 * into a {@link org.ripple.cli.output.chart.Scene} of rectangles, lines and text, which
 * {@link org.ripple.cli.output.chart.Svg} writes as deterministic inline SVG and {@link org.ripple.cli.output.chart.Png}
 * paints with headless Java2D. No chart library, no browser, no fonts or images fetched.
 */
package org.ripple.cli.output.chart;
