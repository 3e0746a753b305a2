/**
 * Format-neutral report tables: what a run (with its effects by region, its timeline and Monte Carlo bands), a
 * multiplier table, a comparison or a sweep shows, as named tables of text and number cells with units in the
 * headers. The xlsx writer turns each into a sheet and the HTML report into a table; neither decides what is in
 * them.
 */
package org.ripple.cli.output.tables;
