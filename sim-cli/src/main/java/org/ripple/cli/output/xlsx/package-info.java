/** The xlsx workbook writer: report tables as sheets, deterministic bytes, numbers as numbers, text as text. */
package org.ripple.cli.output.xlsx;
