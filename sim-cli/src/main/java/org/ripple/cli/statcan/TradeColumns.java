package org.ripple.cli.statcan;

/** The columns of the trade file: year, sector, source, destination and the value in thousand CAD. */
record TradeColumns(int year, int sector, int from, int to, int value) {
  static TradeColumns of(QgeCsv.Table t) {
    return new TradeColumns(t.column("year"), t.column("sector"), t.column("source"), t.column("destination"),
        t.column("value_thousand_cad"));
  }
}
