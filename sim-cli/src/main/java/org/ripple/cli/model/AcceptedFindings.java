package org.ripple.cli.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.io.StrictReader;
import org.ripple.core.SectorIndex;
import org.ripple.core.validate.Check;
import org.ripple.core.validate.Finding;
import org.ripple.core.validate.ValidationReport;

/**
 * The validation warnings a model's author accepts ({@code accepted_findings} in model.yaml, each with a reason), the
 * one place of the rule: an accepted finding is listed by {@code ripple validate} (with its reason) and
 * {@code ripple models}, and not repeated by the commands that run the model; a finding that is not listed is always
 * printed, and an entry the validation does not find is a warning to remove it. Negative flows are accepted under
 * {@code negative_flows} ({@link NegativeFlows}) and listed the same way.
 */
public final class AcceptedFindings {
  /** The checks whose findings may be accepted: warnings about the table, by sector. */
  static final Map<String, Check> CHECKS = Map.of("row_balance", Check.ROW_BALANCE, "column_balance",
      Check.COLUMN_BALANCE);

  private AcceptedFindings() {}

  /** Refuses (exit 4, at the entry's key) an entry without check, sector and reason, or naming an unknown one. */
  static void check(ModelMetadata meta, SectorIndex index, String yamlName, byte[] yamlBytes) {
    List<ModelMetadata.AcceptedFinding> list = meta.acceptedFindings();
    for (int k = 0; k < list.size(); k++) {
      ModelMetadata.AcceptedFinding a = list.get(k);
      String at = "accepted_findings[" + k + "]";
      for (String[] part : new String[][] {{"check", a.check()}, {"sector", a.sector()}, {"reason", a.reason()}}) {
        if (part[1] == null || part[1].isBlank()) {
          throw StrictReader.errorAt(yamlName, yamlBytes, at, "needs check, sector and reason; '" + part[0]
              + "' is missing or empty", ExitCodes.BAD_MODEL);
        }
      }
      if (!CHECKS.containsKey(a.check())) {
        throw StrictReader.errorAt(yamlName, yamlBytes, at + ".check", "'" + a.check() + "' is not a check whose "
            + "findings can be accepted; use row_balance or column_balance", ExitCodes.BAD_MODEL);
      }
      if (!index.contains(a.sector())) {
        throw StrictReader.errorAt(yamlName, yamlBytes, at + ".sector", "unknown sector code '" + a.sector()
            + "' (not in " + ModelReader.SECTORS + ")" + index.nearest(a.sector()).map(s -> "; did you mean '" + s
            + "'?").orElse(""), ExitCodes.BAD_MODEL);
      }
    }
  }

  /** The reason model.yaml gives for accepting {@code f}, or null when it is not accepted. */
  static String reason(LoadedModel loaded, Finding f) {
    for (ModelMetadata.AcceptedFinding a : loaded.metadata().acceptedFindings()) {
      if (CHECKS.get(a.check()) == f.check() && f.place().equals("sector " + a.sector())) {
        return a.reason().strip();
      }
    }
    return null;
  }

  /** Whether model.yaml accepts {@code f}. */
  static boolean accepts(LoadedModel loaded, Finding f) {
    return reason(loaded, f) != null;
  }

  /**
   * What {@code ripple validate} lists as accepted: the reader's accepted negative flows, then each accepted finding
   * with its reason ({@code accepted: sector X: message; accepted in model.yaml: reason}).
   */
  public static List<String> lines(LoadedModel loaded, ValidationReport report) {
    List<String> lines = new ArrayList<>();
    for (String a : loaded.accepted()) {
      lines.add("accepted: " + a);
    }
    for (Finding f : report.warnings()) {
      String reason = reason(loaded, f);
      if (reason != null) {
        lines.add("accepted: " + f.place() + ": " + f.message() + "; accepted in " + ModelReader.MODEL_YAML + ": "
            + reason);
      }
    }
    return lines;
  }

  /**
   * Warnings for entries the validation did not find (the table changed, or the entry names the wrong sector): an
   * acceptance never outlives its finding silently.
   */
  static List<String> unused(LoadedModel loaded, ValidationReport report) {
    List<String> lines = new ArrayList<>();
    List<ModelMetadata.AcceptedFinding> list = loaded.metadata().acceptedFindings();
    for (int k = 0; k < list.size(); k++) {
      ModelMetadata.AcceptedFinding a = list.get(k);
      boolean found = report.warnings().stream().anyMatch(f -> CHECKS.get(a.check()) == f.check()
          && f.place().equals("sector " + a.sector()));
      if (!found) {
        lines.add("warning: " + loaded.location() + ": " + ModelReader.MODEL_YAML + ": accepted_findings[" + k
            + "]: the validation finds no " + a.check() + " warning for sector " + a.sector() + "; remove the entry");
      }
    }
    return lines;
  }

  /**
   * One line for {@code ripple models}: what the model accepts, by check and sector (the reasons are in model.yaml and
   * in {@code ripple validate}); empty when it accepts nothing.
   */
  public static String summary(LoadedModel loaded) {
    List<String> parts = new ArrayList<>();
    for (ModelMetadata.NegativeFlow f : loaded.metadata().negativeFlows()) {
      parts.add("negative flow " + f.from() + " -> " + f.to());
    }
    List<String> sectors = new ArrayList<>();
    String check = null;
    for (ModelMetadata.AcceptedFinding a : loaded.metadata().acceptedFindings()) {
      if (!a.check().equals(check)) {
        if (check != null) {
          parts.add(check.replace('_', ' ') + " of " + String.join(", ", sectors));
        }
        check = a.check();
        sectors = new ArrayList<>();
      }
      sectors.add(a.sector());
    }
    if (check != null) {
      parts.add(check.replace('_', ' ') + " of " + String.join(", ", sectors));
    }
    return String.join("; ", parts);
  }
}
