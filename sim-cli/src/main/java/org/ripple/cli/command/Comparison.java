package org.ripple.cli.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ripple.cli.model.LoadedModel;
import org.ripple.cli.model.Models;
import org.ripple.cli.pipeline.PreparedModel;
import org.ripple.cli.pipeline.PreparedRun;
import org.ripple.cli.scenario.ScenarioDocument;
import org.ripple.core.fiscal.FiscalAccount;
import org.ripple.core.scenario.Scenario;
import org.ripple.core.scenario.ScenarioResult;
import org.ripple.core.sweep.Sweep;
import picocli.CommandLine;

/**
 * Scenarios on one model, the first as the baseline, for {@code ripple compare} and {@code ripple report A.yaml
 * B.yaml ...}: files naming different models are an error at the second file's {@code model} key unless
 * {@code --model} is given; one prepared model (one factorisation) serves them all. A single file with a
 * {@code sweep} key gives one column per variant.
 *
 * @param columns one result per file (or per variant), in order
 * @param docs the files as read
 * @param model the prepared model they ran on, with its warnings to print once the command has succeeded
 * @param fiscal each column's annual fiscal account ({@link PreparedRun#annualFiscal})
 */
record Comparison(List<Sweep.Variant> columns, List<ScenarioDocument> docs, PreparedModel model,
    List<FiscalAccount> fiscal) {
  /** Reads every file, resolves the one model they share, prepares it and runs each file (or variant) on it. */
  static Comparison run(CommandLine cl, List<Path> files, String modelOverride) {
    List<ScenarioDocument> docs = new ArrayList<>();
    for (Path f : files) {
      docs.add(ScenarioDocument.read(f));
    }
    LoadedModel loaded = null;
    for (ScenarioDocument doc : docs) {
      LoadedModel m = Models.forScenario(doc, modelOverride);
      if (loaded == null) {
        loaded = m;
      } else if (!loaded.location().equals(m.location())) {
        throw doc.at("model", "a comparison runs every scenario on one model: " + files.get(0).getFileName()
            + " uses " + loaded.name() + ", this file uses " + m.name() + "; pass --model to choose one");
      }
    }
    PreparedModel model = PreparedModel.of(loaded, null);
    List<Sweep.Variant> columns = new ArrayList<>();
    List<FiscalAccount> fiscal = new ArrayList<>();
    Variants.Spec sweep = docs.size() == 1 ? Variants.fromFile(docs.get(0)) : null;
    if (sweep != null) {
      PreparedRun run = PreparedRun.on(docs.get(0), model);
      List<Scenario> scenarios = Variants.scenarios(cl, run, sweep);
      List<String> labels = sweep.values().stream().map(v -> Variants.name(sweep, v)).toList();
      columns.addAll(run.mappedDocument().located(() -> Sweep.run(model.engine(), labels, scenarios)));
      for (Sweep.Variant v : columns) {
        fiscal.add(run.annualFiscal(v.result()));
      }
    } else {
      List<String> names = new ArrayList<>();
      List<ScenarioResult> results = new ArrayList<>();
      for (ScenarioDocument doc : docs) {
        PreparedRun run = PreparedRun.on(doc, model);
        names.add(run.scenario().name());
        ScenarioResult result = run.solve();
        results.add(result);
        fiscal.add(run.annualFiscal(result));
      }
      List<String> labels = distinct(names, files);
      for (int i = 0; i < labels.size(); i++) {
        columns.add(new Sweep.Variant(labels.get(i), results.get(i)));
      }
    }
    return new Comparison(List.copyOf(columns), List.copyOf(docs), model, List.copyOf(fiscal));
  }

  /**
   * The column labels: each scenario's name, and where two files give the same name, the name with its file's name
   * ({@code Closure (a.yaml)}), then with its place in the command line if the file names are the same too, so that
   * every column of a comparison can be told apart.
   */
  static List<String> distinct(List<String> names, List<Path> files) {
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      labels.add(Collections.frequency(names, name) > 1
          ? name + " (" + files.get(i).getFileName() + ")" : name);
    }
    List<String> withFiles = List.copyOf(labels);
    for (int i = 0; i < labels.size(); i++) {
      if (Collections.frequency(withFiles, withFiles.get(i)) > 1) {
        labels.set(i, withFiles.get(i) + " #" + (i + 1));
      }
    }
    return labels;
  }

  /** The file each column comes from (the one file, for every variant of a sweep). */
  List<String> fileNames(List<Path> files) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      names.add(files.get(docs.size() == 1 ? 0 : i).getFileName().toString());
    }
    return names;
  }

  /** One line per file, its name and SHA-256, for the provenance table. */
  List<String> fileLines(List<Path> files) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      lines.add("Scenario file " + (i + 1) + ": " + files.get(i).getFileName() + ", SHA-256 " + docs.get(i).sha256());
    }
    return lines;
  }
}
