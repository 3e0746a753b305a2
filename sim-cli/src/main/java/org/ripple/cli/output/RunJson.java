package org.ripple.cli.output;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.SectorIndex;
import org.ripple.core.impact.Impact;
import org.ripple.core.scenario.RegionBreakdown;
import org.ripple.core.scenario.ScenarioResult;
import org.ripple.core.scenario.ShockResult;
import org.ripple.core.uncertainty.Headline;
import org.ripple.core.uncertainty.Summary;
import org.ripple.core.uncertainty.UncertainInput;

/**
 * The JSON document of a {@link RunReport}: version, scenario, model, units, summary (gross_loss and offsets with
 * offsets), fiscal (with a fiscal account, {@link FiscalSection} written by {@link DocumentJson#object}),
 * uncertainty (with draws), sectors, regions (multi-regional models), shocks, the timeline (with a horizon) and the
 * notes. Every effect is an object of the four measures; a figure not available is null.
 */
final class RunJson {
  private final RunReport report;
  private final ReportMeta meta;

  RunJson(RunReport report) {
    this.report = report;
    this.meta = report.meta();
  }

  String write() {
    return JsonDocument.of(this::document);
  }

  void write(java.io.Writer out) throws IOException {
    JsonDocument.write(this::document, out);
  }

  private void document(JsonGenerator g) throws IOException {
    ScenarioResult result = report.result();
    g.writeStartObject();
    g.writeStringField("ripple_version", meta.version());
    g.writeObjectFieldStart("scenario");
    g.writeStringField("name", result.scenario().name());
    g.writeStringField("description", result.scenario().description());
    if (meta.scenarioFile() != null) {
      g.writeStringField("file", meta.scenarioFile());
    }
    g.writeEndObject();
    JsonDocument.modelBlock(g, meta, result.total().type());
    JsonDocument.effectUnits(g, meta);
    g.writeFieldName("summary");
    effects(g, result.total(), -1);
    if (report.hasOffsets()) {
      g.writeFieldName("gross_loss");
      effects(g, result.grossLoss(), -1);
      g.writeFieldName("offsets");
      effects(g, report.offsets(), -1);
    }
    if (report.fiscal().isPresent()) {
      DocumentJson.object(g, "fiscal", report.fiscal().get());
    }
    if (report.uncertainty() != null) {
      uncertainty(g, report.uncertainty());
    }
    g.writeArrayFieldStart("sectors");
    SectorIndex index = report.sectors();
    for (int i = 0; i < index.size(); i++) {
      g.writeStartObject();
      g.writeStringField("code", index.at(i).code());
      g.writeStringField("name", index.at(i).name());
      effectFields(g, result.total(), i);
      g.writeEndObject();
    }
    g.writeEndArray();
    if (report.regions().isPresent()) {
      regions(g, report.regions().get());
    }
    g.writeArrayFieldStart("shocks");
    for (ShockResult s : result.shocks()) {
      g.writeStartObject();
      g.writeStringField("kind", s.kind().key());
      g.writeStringField("name", s.name());
      g.writeStringField("sector", s.sector());
      g.writeFieldName("summary");
      effects(g, s.impact(), -1);
      g.writeArrayFieldStart("notes");
      for (String n : s.notes()) {
        g.writeString(n);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    if (report.timeline() != null) {
      report.timeline().json(g);
    }
    g.writeArrayFieldStart("notes");
    for (String n : report.extraNotes()) {
      g.writeString(n);
    }
    for (String n : result.notes()) {
      g.writeString(n);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void regions(JsonGenerator g, RegionBreakdown r) throws IOException {
    g.writeArrayFieldStart("regions");
    for (int k = 0; k < r.size(); k++) {
      g.writeStartObject();
      g.writeStringField("code", r.region(k).code());
      g.writeStringField("name", r.region(k).name());
      int region = k;
      JsonDocument.effectFields(g, Measure.JOBS.key(), (e, m) -> r.value(m, e, region) * meta.scale(m));
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void uncertainty(JsonGenerator g, Uncertainty u) throws IOException {
    g.writeObjectFieldStart("uncertainty");
    g.writeNumberField("draws", u.draws());
    g.writeNumberField("seed", u.seed());
    g.writeStringField("percentiles", "nearest rank");
    g.writeArrayFieldStart("inputs");
    for (UncertainInput in : u.inputs()) {
      g.writeStartObject();
      g.writeStringField("field", in.field());
      g.writeStringField("distribution", in.distribution().describe());
      JsonDocument.number(g, "mean", in.distribution().mean());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("model_uncertainty");
    JsonDocument.number(g, "coefficient_sigma", u.model().coefficientSigma());
    g.writeStringField("per", u.model().scope().key());
    JsonDocument.number(g, "household_share_sigma", u.model().householdSigma());
    g.writeEndObject();
    for (Headline.Block b : report.uncertaintyBlocks()) {
      g.writeObjectFieldStart(b.key());
      for (Effect e : Effect.values()) {
        g.writeObjectFieldStart(e.key());
        for (Measure m : RunReport.MEASURES) {
          Summary sum = u.summary(b, e, m);
          if (!sum.available()) {
            g.writeNullField(m.key());
            continue;
          }
          g.writeObjectFieldStart(m.key());
          for (Uncertainty.Stat st : Uncertainty.Stat.values()) {
            g.writeFieldName(st.key);
            g.writeNumber(Fmt.plain(st.of(sum) * meta.scale(m)));
          }
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private void effects(JsonGenerator g, Impact impact, int sector) throws IOException {
    JsonDocument.effects(g, (e, m) -> report.value(impact, m, e, sector));
  }

  private void effectFields(JsonGenerator g, Impact impact, int sector) throws IOException {
    JsonDocument.effectFields(g, Measure.JOBS.key(), (e, m) -> report.value(impact, m, e, sector));
  }
}
