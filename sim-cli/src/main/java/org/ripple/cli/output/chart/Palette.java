package org.ripple.cli.output.chart;

/** Chart colours: the Okabe-Ito palette (distinguishable with the common colour-vision deficiencies). */
public final class Palette {
  public static final String DIRECT = "#0072b2";
  public static final String INDIRECT = "#e69f00";
  public static final String INDUCED = "#009e73";
  public static final String TEXT = "#222222";
  public static final String MUTED = "#666666";
  public static final String GRID = "#dddddd";
  public static final String AXIS = "#333333";

  private static final String[] SERIES = {"#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00",
      "#f0e442", "#000000"};

  private Palette() {}

  /** The colour of the k-th series of a chart (cycling). */
  public static String series(int k) {
    return SERIES[Math.floorMod(k, SERIES.length)];
  }
}
