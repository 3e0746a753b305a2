package org.ripple.cli.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.io.CsvTable;
import org.ripple.cli.io.InputException;
import org.ripple.cli.io.StrictCsv;
import org.ripple.cli.model.LoadedModel;
import org.ripple.cli.model.ModelChecks;
import org.ripple.cli.model.ModelOutput;
import org.ripple.cli.model.ModelWriter;
import org.ripple.cli.model.Models;
import org.ripple.core.Model;
import org.ripple.core.ModelInfo;
import org.ripple.core.aggregation.Aggregation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ripple model aggregate MODEL --map FILE --out DIR}: sums a model into coarser sectors. The mapping file has
 * columns {@code sector,group} and an optional {@code group_name}; every sector of the model must appear exactly once.
 */
@Command(name = "aggregate", mixinStandardHelpOptions = true,
    description = "Aggregate a model (bundled name or folder) to coarser sectors with a mapping file "
        + "(sector,group[,group_name]).")
public final class AggregateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "MODEL", description = "A bundled model name or a model folder.")
  String model;

  @Option(names = "--map", paramLabel = "FILE", required = true, description = "CSV: sector,group[,group_name].")
  Path map;

  @picocli.CommandLine.Mixin
  OutputTarget target = new OutputTarget();

  @Option(names = "--name", paramLabel = "NAME", description = "Name of the new model (default: MODEL-aggregated).")
  String name;

  @Override
  public Integer call() {
    Path out = target.required(spec, "DIR");
    LoadedModel loaded = Models.fromCommandLine(model);
    List<Path> inputs = new ArrayList<>(loaded.files());
    inputs.add(map);
    ModelOutput.check(out, target.force(), inputs);
    Model m = loaded.model();
    CsvTable t = StrictCsv.read(map, ExitCodes.BAD_MODEL);
    int sc = t.requireColumn("sector");
    int gc = t.requireColumn("group");
    int nc = t.columnIndex("group_name");
    Map<String, String> groupOf = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    for (CsvTable.Row row : t.rows()) {
      String s = row.get(sc).strip();
      String g = row.get(gc).strip();
      if (!m.sectors().contains(s)) {
        throw t.error(row, sc, "no sector '" + s + "' in model " + m.info().name()
            + m.sectors().nearest(s).map(x -> "; did you mean '" + x + "'?").orElse(""));
      }
      if (groupOf.putIfAbsent(s, g) != null) {
        throw t.error(row, sc, "sector " + s + " is mapped twice");
      }
      if (g.isEmpty()) {
        throw t.error(row, gc, "empty group");
      }
      if (nc >= 0 && !row.get(nc).isBlank()) {
        names.putIfAbsent(g, row.get(nc).strip());
      }
    }
    List<String> groups = new ArrayList<>();
    for (int i = 0; i < m.size(); i++) {
      String g = groupOf.get(m.sectors().at(i).code());
      if (g == null) {
        throw new InputException(map.toString(), 0, 0, null, "sector " + m.sectors().at(i).code() + " of model "
            + m.info().name() + " is not mapped; every sector needs a group", ExitCodes.BAD_MODEL);
      }
      groups.add(g);
    }
    ModelInfo bi = m.info();
    List<String> assumptions = new ArrayList<>(bi.assumptions());
    assumptions.add("Aggregated from model " + bi.name() + " (" + m.size() + " sectors) with " + map.getFileName()
        + ": transactions, output and satellites summed per group.");
    ModelInfo info = new ModelInfo(name == null ? bi.name() + "-aggregated" : name, bi.title() + ", aggregated",
        bi.region(), bi.year(), bi.currency(), bi.unit(), bi.unitFactor(), bi.jobsDefinition(), bi.sources(),
        assumptions);
    Model agg = Aggregation.aggregate(m, info, groups, names);
    ModelChecks.requireUsableDerived(loaded, agg, "group the negative cells' sectors differently, or correct "
        + "the negative flows of " + loaded.name());
    List<ModelWriter.Source> sources = new ArrayList<>();
    for (var s : loaded.metadata().sources()) {
      sources.add(new ModelWriter.Source(s.title(), s.publisher(), s.reference(), s.year() == null ? 0 : s.year(),
          s.unit(), s.licence()));
    }
    ModelWriter.Provenance p = new ModelWriter.Provenance(nonNull(loaded.licence()), nonNull(loaded.attribution()),
        sources, loaded.notes(), loaded.derivedNegativeFlowReason("aggregated from"));
    ModelOutput.write(agg, p, out, target.force(), inputs, spec.commandLine().getOut());
    return ExitCodes.OK;
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
