package org.ripple.cli.output.html;

import java.util.ArrayList;
import java.util.List;
import org.ripple.cli.output.PathsReport;
import org.ripple.cli.output.chart.Palette;
import org.ripple.cli.output.chart.RankedBarChart;
import org.ripple.cli.output.chart.Scene;
import org.ripple.core.Measure;
import org.ripple.core.explain.StructuralPath;

/**
 * The report's "Where the effect travels" section: a scenario's largest structural paths as ranked bars, each
 * labelled with its nodes ({@code A -> B}: A's purchases from B), its value in the measure (losses to the left) and
 * a paragraph saying how much of the total effect the listed paths cover.
 */
public final class PathsSection {
  private PathsSection() {}

  public static HtmlReport.Section of(PathsReport paths) {
    List<String> labels = new ArrayList<>();
    List<StructuralPath> list = paths.paths().paths();
    double[] values = new double[list.size()];
    for (int k = 0; k < values.length; k++) {
      labels.add(String.join(PathsReport.ARROW, paths.codes(list.get(k))));
      values[k] = paths.reported(list.get(k).value());
    }
    boolean jobs = paths.measure() == Measure.JOBS;
    String what = jobs ? "jobs" : paths.measure().key().replace('_', ' ');
    String unit = jobs ? "persons" : "millions a year";
    String paragraph = "The " + list.size() + " largest paths through which the scenario's Type "
        + paths.type().suffix() + " effect on " + what + " travels, from each shocked sector to the sector where "
        + "it lands (A -> B: A's purchases from B); losses are negative. Together they cover "
        + PathsReport.percent(paths.paths().coverage()) + " of the total Type " + paths.type().suffix()
        + " effect.";
    if (list.isEmpty()) {
      return HtmlReport.Section.bullets("paths", "Where the effect travels", paragraph,
          List.of("The scenario changes no final demand: there is no path to show."));
    }
    Scene chart = RankedBarChart.of("Where the effect travels: largest paths (" + what + ")", unit, labels,
        jobs ? values : scaled(values), Palette.DIRECT, v -> jobs ? grouped(v, 0) : grouped(v, 1));
    return HtmlReport.Section.chart("paths", "Where the effect travels", paragraph, chart);
  }

  private static double[] scaled(double[] currency) {
    double[] m = new double[currency.length];
    for (int k = 0; k < m.length; k++) {
      m[k] = currency[k] / 1e6;
    }
    return m;
  }

  private static String grouped(double v, int decimals) {
    return org.ripple.cli.output.Fmt.grouped(v, decimals);
  }
}
