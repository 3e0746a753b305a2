package org.ripple.core;

import java.util.ArrayList;
import java.util.List;

/** Operations on multi-regional models. */
public final class RegionalModels {
  private RegionalModels() {}

  /**
   * One region of a multi-regional model on its own, with the other regions' blocks removed: its sectors, its
   * diagonal block of Z, its output and satellites, and (with households per region) the purchases of its households
   * from its own sectors and their income. Purchases from the other regions become imports that leak, so the result
   * is the single-region model of that region built the same way. Sector codes are kept.
   */
  public static Model isolate(Model model, String regionCode) {
    Regions regions = model.regions().orElseThrow(() -> new IllegalArgumentException("model "
        + model.info().name() + " has no regions"));
    int r = regions.positionOf(regionCode);
    if (r < 0) {
      throw new IllegalArgumentException("model " + model.info().name() + " has no region '" + regionCode + "'");
    }
    int n = model.size();
    List<Integer> keep = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (regions.regionOf(i) == r) {
        keep.add(i);
      }
    }
    int k = keep.size();
    List<Sector> sectors = new ArrayList<>(k);
    double[] z = new double[k * k];
    for (int a = 0; a < k; a++) {
      sectors.add(model.sectors().at(keep.get(a)));
      for (int b = 0; b < k; b++) {
        z[a * k + b] = model.flow(keep.get(a), keep.get(b));
      }
    }
    ModelInfo info = model.info();
    Model.Builder b = Model.builder(new ModelInfo(info.name() + "/" + regionCode, info.title() + ", "
        + regions.at(r).name() + " alone", regions.at(r).name(), info.year(), info.currency(), info.unit(),
        info.unitFactor(), info.jobsDefinition(), info.sources(), info.assumptions()), SectorIndex.of(sectors))
        .transactions(z)
        .output(pick(model.outputCopy(), keep));
    b.employment(pick(model.levelsCopy(Measure.JOBS), keep));
    b.labourIncome(pick(model.levelsCopy(Measure.LABOUR_INCOME), keep));
    b.valueAdded(pick(model.levelsCopy(Measure.VALUE_ADDED), keep));
    if (regions.hasHouseholds()) {
      double[] c = new double[k];
      for (int a = 0; a < k; a++) {
        c[a] = regions.householdConsumption(keep.get(a), r);
      }
      b.householdConsumption(c).householdIncome(regions.householdIncome(r));
    }
    return b.build();
  }

  private static double[] pick(double[] values, List<Integer> keep) {
    if (values == null) {
      return null;
    }
    double[] out = new double[keep.size()];
    for (int a = 0; a < out.length; a++) {
      out[a] = values[keep.get(a)];
    }
    return out;
  }
}
