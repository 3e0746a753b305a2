package org.ripple.cli.output;

import org.ripple.cli.Cli;
import org.ripple.cli.Version;
import org.ripple.cli.model.LoadedModel;
import org.ripple.cli.model.Models;
import org.ripple.cli.scenario.ScenarioDocument;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.scenario.ImpactEngine;
import org.ripple.core.scenario.ScenarioResult;

/** The flagship scenario's result and report metadata, computed in-process. */
record ReportFixture(ScenarioResult result, ReportMeta meta) {
  static ReportFixture flagship() {
    ScenarioDocument doc = ScenarioDocument.read(Cli.scenario("quebec-amazon-2025.yaml"));
    LoadedModel loaded = Models.forScenario(doc, null);
    LeontiefSystem system = LeontiefSystem.of(loaded.model());
    ScenarioResult result = new ImpactEngine(system).run(doc.toScenario(loaded.model()));
    return new ReportFixture(result, new ReportMeta(Version.get(), "quebec-amazon-2025.yaml",
        loaded.model().info(), loaded.attribution()));
  }
}
