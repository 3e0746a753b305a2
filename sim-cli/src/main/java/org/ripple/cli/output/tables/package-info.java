/**
 * Format-neutral report tables: what a run, a multiplier table (and later a timeline or a comparison) shows, as
 * named tables of text and number cells with units in the headers. The xlsx writer turns each into a sheet and the
 * HTML report into a table; neither decides what is in them.
 */
package org.ripple.cli.output.tables;
