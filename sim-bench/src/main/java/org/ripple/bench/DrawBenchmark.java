package org.ripple.bench;

import java.util.List;
import java.util.OptionalDouble;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;
import org.ripple.core.Model;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.linalg.SolverKind;
import org.ripple.core.scenario.Closure;
import org.ripple.core.scenario.Scenario;
import org.ripple.core.synthetic.SyntheticModel;
import org.ripple.core.uncertainty.Distribution;
import org.ripple.core.uncertainty.DrawPlan;
import org.ripple.core.uncertainty.ModelUncertainty;
import org.ripple.core.uncertainty.Slot;
import org.ripple.core.uncertainty.UncertainInput;

/**
 * One Monte Carlo draw with {@code model_uncertainty} (every non-zero of A and the household shares perturbed, the
 * draw's Type I and Type II systems solved) on a generated model of n sectors at the given density, the system solved
 * by {@code kind}: an iterative kind gives sparse draws (A' in CSR), {@code DENSE_LU} dense draws (two dense LUs; only
 * for n up to a few thousand). The scenario is one closure of half a sector's output, its amount uncertain. Each call
 * computes the next draw index, so no two calls share a perturbed model.
 */
@Warmup(iterations = 2, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
public class DrawBenchmark extends LargeModelSizes {
  @Param({"1000", "10000"})
  int n;

  @Param({"0.001"})
  double density;

  @Param({"BICGSTAB"})
  SolverKind kind;

  DrawPlan plan;
  long draw;

  @Setup
  public void setUp() {
    Model model = SyntheticModel.generate(n, density, 1);
    LeontiefSystem system = LeontiefSystem.of(model, kind);
    int sector = n / 10;
    double output = 0.5 * model.output(sector);
    Scenario scenario = new Scenario("bench", "", List.of(new Closure("plant", model.sectors().at(sector).code(),
        OptionalDouble.empty(), OptionalDouble.of(output), "", "closures[0]")), List.of(), List.of(), List.of());
    List<UncertainInput> inputs = List.of(new UncertainInput(Slot.CLOSURE_OUTPUT, 0, "closures[0].annual_output",
        Distribution.uniform(0.8 * output, 1.2 * output), 1));
    plan = DrawPlan.compile(system, scenario, inputs, new ModelUncertainty(0.1, ModelUncertainty.Scope.CELL, 0.1));
  }

  /** One draw's 48 headline cells. */
  @Benchmark
  public double[] draw() {
    return plan.draw(1, draw++);
  }
}
