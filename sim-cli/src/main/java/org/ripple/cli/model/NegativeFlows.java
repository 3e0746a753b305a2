package org.ripple.cli.model;

import static org.ripple.cli.model.ModelReader.SECTORS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.io.CsvTable;
import org.ripple.cli.io.InputException;
import org.ripple.cli.io.StrictReader;
import org.ripple.core.SectorIndex;
import org.ripple.core.validate.AcceptedFlows;

/**
 * The negative flows of a model being read. model.yaml may accept a cell under {@code negative_flows} (from, to and a
 * reason, each sector known, each cell once): a negative cell it accepts is an accepted finding carrying the reason
 * (listed by {@code ripple validate}, not repeated by runs), any other
 * negative cell an error naming the cell (exit code 4), and an accepted cell that is not negative a warning to remove
 * the entry.
 */
final class NegativeFlows {
  private static final int BAD = ExitCodes.BAD_MODEL;

  private final int sectorCount;
  private final List<String> warnings;
  private final List<String> acceptedLines;
  /** Accepted negative flows of model.yaml, by {@code from * n + to}, to the entry's position in the list. */
  private final Map<Long, Integer> acceptedCells = new HashMap<>();
  private final List<ModelMetadata.NegativeFlow> acceptedList;
  private final boolean[] acceptedSeen;
  private final AcceptedFlows accepted;
  private final List<Cell> cells = new ArrayList<>();

  /**
   * A negative cell of the transactions: its sectors, where it is in its file (line, column, header) and its text as
   * written (stripped), everything its warning or error says.
   */
  record Cell(int from, int to, int line, int column, String header, String value) {}

  /**
   * Checks the {@code negative_flows} entries of model.yaml ({@code yamlName}, {@code yamlBytes} for the places of
   * errors) against the sectors; warnings found later are added to {@code warnings}.
   */
  NegativeFlows(ModelMetadata meta, SectorIndex index, String yamlName, byte[] yamlBytes, List<String> warnings,
      List<String> acceptedLines) {
    this.sectorCount = index.size();
    this.warnings = warnings;
    this.acceptedLines = acceptedLines;
    this.acceptedList = meta.negativeFlows();
    this.acceptedSeen = new boolean[acceptedList.size()];
    this.accepted = acceptedFlows(index, yamlName, yamlBytes);
  }

  /** The accepted cells with their reasons, for the validator. */
  AcceptedFlows accepted() {
    return accepted;
  }

  private AcceptedFlows acceptedFlows(SectorIndex index, String yamlName, byte[] yamlBytes) {
    List<ModelMetadata.NegativeFlow> list = acceptedList;
    if (list.isEmpty()) {
      return AcceptedFlows.none();
    }
    int n = index.size();
    AcceptedFlows.Builder b = AcceptedFlows.builder(n);
    for (int k = 0; k < list.size(); k++) {
      ModelMetadata.NegativeFlow f = list.get(k);
      String at = "negative_flows[" + k + "]";
      for (String[] part : new String[][] {{"from", f.from()}, {"to", f.to()}, {"reason", f.reason()}}) {
        if (part[1] == null || part[1].isBlank()) {
          throw StrictReader.errorAt(yamlName, yamlBytes, at, "needs from, to and reason; '" + part[0]
              + "' is missing or empty", BAD);
        }
      }
      int i = acceptedSector(index, f.from(), yamlName, yamlBytes, at + ".from");
      int j = acceptedSector(index, f.to(), yamlName, yamlBytes, at + ".to");
      Integer previous = acceptedCells.putIfAbsent((long) i * n + j, k);
      if (previous != null) {
        throw StrictReader.errorAt(yamlName, yamlBytes, at, "the flow from " + f.from() + " to " + f.to()
            + " is listed twice (also negative_flows[" + previous + "]); keep one", BAD);
      }
      b.accept(i, j, f.reason().strip());
    }
    return b.build();
  }

  private static int acceptedSector(SectorIndex index, String code, String yamlName, byte[] yamlBytes, String at) {
    int p = index.positionOf(code);
    if (p < 0) {
      throw StrictReader.errorAt(yamlName, yamlBytes, at, "unknown sector code '" + code + "' (not in " + SECTORS
          + ")" + index.nearest(code).map(s -> "; did you mean '" + s + "'?").orElse(""), BAD);
    }
    return p;
  }

  /**
   * A negative cell of the transactions: an error naming the cell, unless model.yaml accepts it, when it is a warning
   * that carries the reason.
   */
  void check(CsvTable t, CsvTable.Row row, int column, int from, int to, String fromCode, String toCode) {
    check(t.file(), new Cell(from, to, row.line(), row.column(column), t.header().get(column),
        row.get(column).strip()), fromCode, toCode);
  }

  /** {@link #check(CsvTable, CsvTable.Row, int, int, int, String, String)} for a cell of {@code file} known by place. */
  void check(String file, Cell cell, String fromCode, String toCode) {
    cells.add(cell);
    Integer k = acceptedCells.get((long) cell.from() * sectorCount + cell.to());
    if (k == null) {
      throw new InputException(file, cell.line(), cell.column(), "column \"" + cell.header() + "\"",
          "negative flow from " + fromCode + " to " + toCode + ": " + cell.value() + "; flows must be zero or more: "
          + "correct the cell, or, if the source table has it, accept it in " + ModelReader.MODEL_YAML
          + " under negative_flows (from, to, reason)", BAD);
    }
    acceptedSeen[k] = true;
    acceptedLines.add(ModelCsv.location(file, cell.line(), cell.column(), cell.header()) + ": negative flow from "
        + fromCode + " to " + toCode + ": " + cell.value() + ", accepted in " + ModelReader.MODEL_YAML + ": "
        + acceptedList.get(k).reason().strip());
  }

  /** Every negative cell checked so far, in the order read (what a {@link ModelPack} replays). */
  List<Cell> cells() {
    return List.copyOf(cells);
  }

  /** Once the transactions are read: a warning for each accepted entry whose cell was not negative. */
  void warnUnused(String yamlName) {
    for (int k = 0; k < acceptedList.size(); k++) {
      if (!acceptedSeen[k]) {
        ModelMetadata.NegativeFlow f = acceptedList.get(k);
        warnings.add(yamlName + ": negative_flows[" + k + "]: the flow from " + f.from() + " to " + f.to()
            + " is not negative in the transactions; remove the entry");
      }
    }
  }
}
