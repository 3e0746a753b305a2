package org.ripple.cli.model;

import static org.ripple.cli.model.ModelReader.TRANSACTIONS;
import static org.ripple.cli.model.ModelReader.TRANSACTIONS_LONG;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.io.CsvStream;
import org.ripple.cli.io.CsvTable;
import org.ripple.cli.io.DecimalText;
import org.ripple.cli.io.InputException;
import org.ripple.core.Model;
import org.ripple.core.SectorIndex;
import org.ripple.core.linalg.CsrCollector;
import org.ripple.core.linalg.CsrMatrix;
import org.ripple.core.linalg.SolverKind;
import org.ripple.core.linalg.Triplets;

/**
 * Reads a model's inter-industry flows: exactly one of {@code transactions.csv} (dense: header
 * {@code code,<codes...>}, one row per sector, rows and columns in any order mapped by code, every sector exactly once
 * in each) and {@code transactions-long.csv} ({@code from,to,value}; a missing pair is 0, a repeated pair an error
 * naming both lines). Every cell is a finite number of a known pair of sectors; a negative one goes to
 * {@link NegativeFlows}. Large and multi-regional models are read into CSR without an n x n array.
 */
final class TransactionsReader {
  private static final int BAD = ExitCodes.BAD_MODEL;

  private final ModelSource source;
  private final long longTransactionsMaxBytes;
  private final NegativeFlows negatives;
  private final Function<String, CsvTable> csv;
  private final ModelPack.Flows packed;

  /**
   * {@code csv} reads a whole CSV file of the folder with the model's checks; {@code packed} are the flows of the
   * folder's {@link ModelPack} (checked), or null to read the text.
   */
  TransactionsReader(ModelSource source, long longTransactionsMaxBytes, NegativeFlows negatives,
      Function<String, CsvTable> csv, ModelPack.Flows packed) {
    this.source = source;
    this.longTransactionsMaxBytes = longTransactionsMaxBytes;
    this.negatives = negatives;
    this.csv = csv;
    this.packed = packed;
  }

  /**
   * Reads whichever transactions file the folder has into {@code b}, from the folder's pack when it has one;
   * {@code regional} models are held sparse whatever the file. Returns the file's name.
   */
  String read(SectorIndex index, boolean regional, Model.Builder b) {
    String file = file(source);
    boolean dense = file.equals(TRANSACTIONS);
    if (packed != null) {
      for (NegativeFlows.Cell c : packed.negatives()) {
        negatives.check(source.describe(file), c, index.at(c.from()).code(), index.at(c.to()).code());
      }
      if (packed.dense() != null) {
        b.transactions(packed.dense());
      } else {
        b.transactions(packed.sparse());
      }
      return file;
    }
    // multi-regional models are held sparse whatever the file: their inter-regional blocks are mostly empty at scale
    if (dense) {
      if (regional) {
        b.transactions(denseIntoCsr(index));
      } else {
        b.transactions(dense(index));
      }
    } else if (index.size() > SolverKind.DENSE_MAX_SECTORS || regional) {
      b.transactions(sparseLongForm(index));
    } else {
      b.transactions(longForm(index));
    }
    return file;
  }

  /** The transactions file of {@code source}: exactly one of the two, else an error (exit 4 for both, 5 for none). */
  static String file(ModelSource source) {
    boolean dense = source.exists(TRANSACTIONS);
    boolean longForm = source.exists(TRANSACTIONS_LONG);
    if (dense && longForm) {
      throw new InputException(source.describe(TRANSACTIONS_LONG), 0, 0, null, "the model has both " + TRANSACTIONS
          + " and " + TRANSACTIONS_LONG + "; keep exactly one", BAD);
    }
    if (!dense && !longForm) {
      throw ModelReader.missing(source.location(), TRANSACTIONS + " or " + TRANSACTIONS_LONG);
    }
    return dense ? TRANSACTIONS : TRANSACTIONS_LONG;
  }

  /**
   * {@code transactions-long.csv} of a large model straight into CSR, one row at a time: no n x n array, no String or
   * row object per cell (codes are looked up in place, plain decimals converted in place by {@link DecimalText};
   * anything else takes the checks of {@link CsvTable}, with their messages). Rows written in order (by the first
   * code's sector, then the second's) go directly into the CSR arrays; any other order is sorted
   * ({@link CsrCollector}). A file of a folder in the common form is read by {@link LongFlowsScan} from its bytes;
   * any other, and a file that form does not cover, by {@link LongRows}. A repeated pair is reported with both lines,
   * found by reading the file again.
   */
  private CsrMatrix sparseLongForm(SectorIndex index) {
    int n = index.size();
    Path file = source.path(TRANSACTIONS_LONG);
    Triplets[] fast = file == null ? null : LongFlowsScan.read(file, longTransactionsMaxBytes, CodeTable.of(index));
    CsrCollector flows;
    if (fast != null) {
      int count = 0;
      for (Triplets part : fast) {
        count += part.size();
      }
      flows = new CsrCollector(n, n, Math.max(1, count));
      for (int p = 0; p < fast.length; p++) {
        Triplets part = fast[p];
        fast[p] = null; // each part can go once it is in the collector
        for (int k = 0; k < part.size(); k++) {
          flows.add(part.row(k), part.col(k), part.value(k));
        }
      }
    } else {
      flows = general(index);
    }
    try {
      return flows.toCsr();
    } catch (CsrMatrix.DuplicateEntryException e) {
      CsvTable.Row first = null;
      try (LongRows rows = new LongRows(index)) {
        for (int k = 0; rows.next(); k++) {
          if (k == e.first()) {
            first = rows.row();
          } else if (k == e.second()) {
            CsvTable.Row second = rows.row();
            throw rows.table.error(second, 0, "duplicate pair " + second.get(0) + " -> " + second.get(1)
                + " (also on line " + first.line() + ")");
          }
        }
      }
      throw new IllegalStateException(TRANSACTIONS_LONG + " changed while it was read", e);
    }
  }

  /** The rows of {@code transactions-long.csv} through {@link LongRows}: every form the format allows, every check. */
  private CsrCollector general(SectorIndex index) {
    int n = index.size();
    CsrCollector flows = new CsrCollector(n, n, 1024);
    try (LongRows rows = new LongRows(index)) {
      while (rows.next()) {
        if (flows.full()) {
          int count = flows.size();
          int capacity = (int) Math.min(Integer.MAX_VALUE - 8L, count + (long) (count >> 1));
          if (capacity == count) {
            throw rows.error("more than " + count + " flows; Ripple's sparse arrays hold at most that many");
          }
          try {
            flows.grow(capacity);
          } catch (OutOfMemoryError e) {
            flows = null;
            throw rows.error("not enough memory to hold " + count + " flows and more; give Java more heap "
                + "(java -Xmx<size> -jar ripple.jar ...)");
          }
        }
        if (rows.value < 0) {
          negatives.check(rows.table, rows.row(), 2, rows.from, rows.to, index.at(rows.from).code(),
              index.at(rows.to).code());
        }
        flows.add(rows.from, rows.to, rows.value);
      }
    }
    return flows;
  }

  /**
   * The rows of {@code transactions-long.csv}, checked like every model file: the header {@code from,to,value}, known
   * sector codes without spaces around them, finite numbers. {@link #next} leaves the row's positions and value in
   * {@link #from}, {@link #to} and {@link #value}; what to do with a negative value or a repeated pair is the
   * caller's.
   */
  private final class LongRows implements AutoCloseable {
    final CsvStream stream;
    final CsvTable table;
    private final SectorIndex index;
    private final CodeTable codes;
    int from = -1;
    int to;
    double value;

    LongRows(SectorIndex index) {
      this.stream = source.streamCsv(TRANSACTIONS_LONG, longTransactionsMaxBytes, TRANSACTIONS_LONG + " files");
      this.table = stream.table();
      this.index = index;
      this.codes = CodeTable.of(index);
      try {
        ModelCsv.requireHeader(table, List.of("from", "to", "value"));
      } catch (RuntimeException e) {
        stream.close();
        throw e;
      }
    }

    boolean next() {
      CsvStream s = stream;
      if (!s.next()) {
        return false;
      }
      int i = -1;
      if (s.inPlace(0)) {
        // rows usually come sorted by their first code: try the previous row's first
        i = codes.is(from, s.chars(), s.start(0), s.end(0)) ? from : codes.find(s.chars(), s.start(0), s.end(0));
      }
      int j = s.inPlace(1) ? codes.find(s.chars(), s.start(1), s.end(1)) : -1;
      if (i < 0 || j < 0) {
        CsvTable.Row row = s.row();
        String f = ModelCsv.code(table, row, 0);
        String g = ModelCsv.code(table, row, 1);
        i = ModelCsv.known(table, row, 0, f, index);
        j = ModelCsv.known(table, row, 1, g, index);
      }
      double v = s.inPlace(2) ? DecimalText.parse(s.chars(), s.start(2), s.end(2)) : Double.NaN;
      if (Double.isNaN(v)) {
        v = CsvTable.numberOrNaN(s.field(2));
        if (Double.isNaN(v)) {
          throw table.numberError(s.row(), 2);
        }
      }
      from = i;
      to = j;
      value = v;
      return true;
    }

    /** The current row, for messages. */
    CsvTable.Row row() {
      return stream.row();
    }

    InputException error(String message) {
      return new InputException(table.file(), stream.line(), 0, null, message, BAD);
    }

    @Override
    public void close() {
      stream.close();
    }
  }

  private double[] dense(SectorIndex index) {
    int n = index.size();
    double[] z = new double[n * n];
    denseCells(index, (i, j, v) -> z[i * n + j] = v);
    return z;
  }

  /** {@code transactions.csv} into CSR, with the same checks as {@link #dense}: no n x n array. */
  private CsrMatrix denseIntoCsr(SectorIndex index) {
    int n = index.size();
    Triplets z = new Triplets();
    denseCells(index, (i, j, v) -> {
      if (v != 0.0) {
        z.add(i, j, v);
      }
    });
    try {
      return z.toCsr(n, n);
    } catch (CsrMatrix.DuplicateEntryException e) {
      throw new InputException(source.describe(TRANSACTIONS), 1, 0, null, "a sector has two columns", BAD);
    }
  }

  @FunctionalInterface
  private interface CellSink {
    void cell(int from, int to, double value);
  }

  /** Reads and checks {@code transactions.csv}, handing every cell to {@code sink}. */
  private void denseCells(SectorIndex index, CellSink sink) {
    CsvTable t = csv.apply(TRANSACTIONS);
    int n = index.size();
    List<String> header = t.header();
    if (!header.get(0).equals("code")) {
      throw t.error(t.headerRow(), 0, null, "the first column must be 'code', found '" + header.get(0) + "'");
    }
    int[] columnSector = new int[header.size()];
    boolean[] seenColumn = new boolean[n];
    for (int c = 1; c < header.size(); c++) {
      String code = header.get(c);
      int p = index.positionOf(code);
      if (p < 0) {
        throw t.error(t.headerRow(), c, null, "unknown sector code '" + code + "' (not in " + ModelReader.SECTORS
            + ")" + index.nearest(code).map(s -> "; did you mean '" + s + "'?").orElse(""));
      }
      columnSector[c] = p;
      seenColumn[p] = true;
    }
    for (int j = 0; j < n; j++) {
      if (!seenColumn[j]) {
        throw t.error(t.headerRow(), header.size() - 1, null, "no column for sector '" + index.at(j).code() + "'");
      }
    }
    CsvTable.Row[] rowOf = new CsvTable.Row[n];
    for (CsvTable.Row row : t.rows()) {
      int i = ModelCsv.placeRow(t, row, index, rowOf);
      String code = index.at(i).code();
      for (int c = 1; c < row.size(); c++) {
        double v = t.number(row, c);
        int j = columnSector[c];
        if (v < 0) {
          negatives.check(t, row, c, i, j, code, index.at(j).code());
        }
        sink.cell(i, j, v);
      }
    }
    ModelCsv.requireEveryRow(t, rowOf, index);
  }

  private double[] longForm(SectorIndex index) {
    int n = index.size();
    double[] z = new double[n * n];
    int[] seenOnLine = new int[n * n];
    try (LongRows rows = new LongRows(index)) {
      while (rows.next()) {
        int i = rows.from;
        int j = rows.to;
        if (seenOnLine[i * n + j] > 0) {
          throw rows.table.error(rows.row(), 0, "duplicate pair " + index.at(i).code() + " -> " + index.at(j).code()
              + " (also on line " + seenOnLine[i * n + j] + ")");
        }
        seenOnLine[i * n + j] = rows.stream.line();
        if (rows.value < 0) {
          negatives.check(rows.table, rows.row(), 2, i, j, index.at(i).code(), index.at(j).code());
        }
        z[i * n + j] = rows.value;
      }
    }
    return z;
  }
}
