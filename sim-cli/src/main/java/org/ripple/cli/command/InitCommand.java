package org.ripple.cli.command;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.Version;
import org.ripple.cli.io.AtomicOutput;
import org.ripple.cli.io.StandardOutput;
import org.ripple.cli.model.LoadedModel;
import org.ripple.cli.model.Models;
import org.ripple.core.Sector;
import org.ripple.core.SectorIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ripple init [-o/--output FILE]}: a commented starter scenario for the bundled default model, listing its
 * sector codes, that runs as written (one closure, one subcontractor loss, one offset; a demand change commented out).
 */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Write a commented starter scenario for the default model (to standard output, or to "
        + "-o/--output FILE).")
public final class InitCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  OutputTarget target = new OutputTarget();

  @Override
  public Integer call() {
    String text = starter(Models.bundled(Models.DEFAULT));
    if (target.path() == null) {
      spec.commandLine().getOut().print(text);
      StandardOutput.check(spec.commandLine().getOut());
    } else {
      AtomicOutput.write(target.path(), text, target.force(), List.of());
    }
    return ExitCodes.OK;
  }

  /** The starter scenario for a model whose sectors include TRANSPORT, or its first sector otherwise. */
  static String starter(LoadedModel model) {
    SectorIndex index = model.model().sectors();
    String sector = index.sectors().stream().map(Sector::code).filter("TRANSPORT"::equals).findFirst()
        .orElse(index.at(0).code());
    var info = model.model().info();
    StringBuilder sb = new StringBuilder();
    sb.append("# A Ripple scenario: shocks to a regional economy, propagated through an input-output model.\n")
        .append("# Run it:       ripple run THIS_FILE          (or: ripple report THIS_FILE --out report.html)\n")
        .append("# Check it:     ripple validate THIS_FILE\n")
        .append("# Editor help:  ripple schema > scenario.schema.json, then make the first line of this file\n")
        .append("#               # yaml-language-server: $schema=scenario.schema.json\n")
        .append("# Units: money in plain ").append(info.currency().isEmpty() ? "currency units" : info.currency())
        .append(" per year (not thousands); jobs in persons; shares in [0, 1].\n")
        .append("# Schema and meaning of every key: scenarios/README.md. Results: annual effects, losses negative.\n")
        .append('\n')
        .append("name: my-scenario\n")
        .append("description: >-\n")
        .append("  What happens, where and when, in one paragraph.\n")
        .append('\n')
        .append("# The model: ").append(info.title()).append(".\n")
        .append("# Its sector codes (use them in 'sector'):\n");
    for (Sector s : index.sectors()) {
      sb.append("#   ").append(s.code()).append(": ").append(s.name()).append('\n');
    }
    sb.append("model: ").append(info.name()).append('\n');
    sb.append("# Where it happens: the model's region here; on a multi-regional model (canada-provinces-2021) a region\n")
        .append("# code or name (QC, Quebec) places bare sector codes (TRANSPORT) in that region (QC.TRANSPORT).\n")
        .append("region: ").append(info.region()).append('\n');
    if (!info.currency().isEmpty()) {
      sb.append("currency: ").append(info.currency()).append('\n');
    }
    sb.append('\n')
        .append("# Facilities that close: give jobs lost, or annual_output (plain currency units) when known.\n")
        .append("closures:\n")
        .append("  - name: Example site\n")
        .append("    sector: ").append(sector).append('\n')
        .append("    jobs: 100\n")
        .append("    location: Example town       # description only\n")
        .append("    # Optional facility profile (the sector's averages when absent):\n")
        .append("    # annual_pay: 45000             # gross annual wages and salaries per job, plain currency units;\n")
        .append("    #                               # labour income adds the employer's contributions at this pay\n")
        .append("    # employer_payroll: 2000000     # the employer's total annual payroll (with its associates),\n")
        .append("    #                               # plain currency units: the direct jobs' employer payroll tax\n")
        .append("    #                               # at its schedule's rate there (absent: the top rate)\n")
        .append("    # purchases:                    # own regional purchases per unit of output: shares in [0, 1],\n")
        .append("    #   - sector: ").append(sector).append("          # adding up to less than 1; sector or naics,\n")
        .append("    #     share: 0.05               # as for the shock itself\n")
        .append('\n')
        .append("# Known losses at the closing sites' suppliers. mode: supersede (default) replaces the model's own\n")
        .append("# first-round purchases in that sector, so the loss is not counted twice; additive adds it on top.\n")
        .append("subcontractors:\n")
        .append("  - name: Example suppliers\n")
        .append("    sector: ").append(sector).append('\n')
        .append("    jobs: 20\n")
        .append("    mode: supersede\n")
        .append("    # annual_pay: 40000             # optional profile, as for a closure: annual_pay, purchases,\n")
        .append("    #                               # employer_payroll\n")
        .append('\n')
        .append("# Work taken up by regional firms: exactly one of share (of the output lost by 'of', or of all\n")
        .append("# closures when 'of' is absent), jobs or annual_output.\n")
        .append("offsets:\n")
        .append("  - name: Example recapture\n")
        .append("    sector: ").append(sector).append('\n')
        .append("    share: 0.25\n")
        .append("    of: Example site\n")
        .append('\n')
        .append("# Changes of final demand: signed amounts in plain currency units per year.\n")
        .append("# demand_changes:\n")
        .append("#   - name: Contract moved to regional firms\n")
        .append("#     sector: ").append(sector).append('\n')
        .append("#     amount: 1000000\n")
        .append('\n')
        .append("assumptions:\n")
        .append("  - \"Replace with what you assumed, e.g. how the jobs were split between sites.\"\n")
        .append("sources:\n")
        .append("  - \"Replace with where the figures come from.\"\n");
    return sb.toString();
  }
}
