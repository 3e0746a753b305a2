/**
 * The hardened input and output edge of the command line: strict UTF-8 files ({@link org.ripple.cli.io.TextFiles}), a
 * hand-written strict RFC 4180 reader ({@link org.ripple.cli.io.StrictCsv}), the one number syntax of CSV cells
 * ({@link org.ripple.cli.io.DecimalText}), hardened Jackson mappers and a reading facade that turns every parser
 * failure into one {@link org.ripple.cli.io.InputException} line ({@link org.ripple.cli.io.StrictReader}), locale-free
 * number and CSV cell formatting ({@link org.ripple.cli.io.Numbers}, {@link org.ripple.cli.io.Csv}), and
 * all-or-nothing output files ({@link org.ripple.cli.io.AtomicOutput}).
 */
package org.ripple.cli.io;
