package org.ripple.cli.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ripple.cli.model.LoadedModel;
import org.ripple.cli.model.ModelChecks;
import org.ripple.cli.model.Models;
import org.ripple.cli.scenario.ScenarioDocument;
import org.ripple.core.scenario.ImpactEngine;
import org.ripple.core.scenario.Scenario;
import org.ripple.core.sweep.Sweep;
import picocli.CommandLine;

/**
 * Scenarios on one model, the first as the baseline, for {@code ripple report A.yaml B.yaml ...}: the same rules as
 * {@code ripple compare} (files naming different models are an error unless {@code --model} is given; one
 * factorisation serves them all).
 *
 * @param columns one result per file, in order
 * @param docs the files as read
 * @param model the model they ran on
 * @param checked the model's validated system and its warnings, to print once the command has succeeded
 */
record Comparison(List<Sweep.Variant> columns, List<ScenarioDocument> docs, LoadedModel model,
    ModelChecks.Checked checked) {
  /** The files, read, and the one model they all run on. */
  record Inputs(List<ScenarioDocument> docs, LoadedModel model) {}

  /**
   * Reads every file and resolves its model: all must name the same one (or {@code --model} decides), else a
   * one-line error at the second file's {@code model} key.
   */
  static Inputs read(List<Path> files, String modelOverride) {
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
    return new Inputs(List.copyOf(docs), loaded);
  }

  /**
   * Runs the files on their one model; a single file with a {@code sweep} key runs its variants instead, one column
   * each (as {@code ripple compare FILE} does).
   */
  static Comparison run(CommandLine cl, List<Path> files, String modelOverride) {
    Inputs in = read(files, modelOverride);
    List<ScenarioDocument> docs = in.docs();
    LoadedModel model = in.model();
    ModelChecks.Checked checked = ModelChecks.check(model);
    ImpactEngine engine = new ImpactEngine(checked.system());
    List<Sweep.Variant> columns = new ArrayList<>();
    Variants.Spec sweep = docs.size() == 1 ? Variants.fromFile(docs.get(0)) : null;
    if (sweep != null) {
      ScenarioDocument doc = org.ripple.cli.concordance.Concordance.apply(docs.get(0), model).document();
      Scenario base = doc.toScenario(model.model().info());
      List<Scenario> scenarios = Variants.scenarios(cl, doc, base, model.model().info(), sweep);
      List<String> labels = sweep.values().stream().map(v -> Variants.name(sweep, v)).toList();
      columns.addAll(doc.located(() -> Sweep.run(engine, labels, scenarios)));
    } else {
      for (ScenarioDocument doc : docs) {
        Scenario s = org.ripple.cli.concordance.Concordance.scenario(doc, model);
        columns.add(new Sweep.Variant(s.name(), doc.located(() -> engine.run(s))));
      }
    }
    return new Comparison(columns, docs, model, checked);
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
