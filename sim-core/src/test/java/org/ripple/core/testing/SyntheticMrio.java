package org.ripple.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ripple.core.Model;
import org.ripple.core.ModelInfo;
import org.ripple.core.Regions;
import org.ripple.core.Sector;
import org.ripple.core.provincial.MultiRegionalModelBuilder;
import org.ripple.core.provincial.ProvincialModelBuilder;

/**
 * Seeded synthetic inputs for {@link MultiRegionalModelBuilder}: R regions on a ring, each buying from itself and its
 * {@code neighbours} nearest regions on each side only (so the inter-regional blocks are mostly empty, as between
 * counties), n sectors per region with {@code inputs} non-zero entries per column of the national input mix.
 */
public final class SyntheticMrio {
  private SyntheticMrio() {}

  /** The inputs of a block-sparse multi-regional model; same arguments, same inputs. */
  public static MultiRegionalModelBuilder.Inputs inputs(int regions, int sectors, int inputs, int neighbours,
      long seed) {
    if (inputs > sectors || 2 * neighbours + 1 > regions) {
      throw new IllegalArgumentException("too many inputs or neighbours");
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    int n = sectors;
    List<Sector> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(new Sector("S" + i, "Sector " + i));
    }
    double[] share = new double[n * n];
    for (int j = 0; j < n; j++) {
      double sum = 0;
      for (int k = 0; k < inputs; k++) {
        int i = k == 0 ? j : rnd.nextInt(n); // a repeated draw only adds to the same cell
        double v = 0.1 + rnd.nextDouble();
        share[i * n + j] += v;
        sum += v;
      }
      for (int i = 0; i < n; i++) {
        share[i * n + j] /= sum;
      }
    }
    List<Regions.Region> regionList = new ArrayList<>(regions);
    double[] shipments = new double[regions * regions * n];
    double[][] used = new double[regions][n];
    double[][] output = new double[regions][n];
    for (int d = 0; d < regions; d++) {
      regionList.add(new Regions.Region("R" + d, "Region " + d));
      for (int i = 0; i < n; i++) {
        output[d][i] = 100 + 900 * rnd.nextDouble();
        used[d][i] = output[d][i] * (0.4 + 0.4 * rnd.nextDouble());
      }
    }
    List<ProvincialModelBuilder.Inputs> provinces = new ArrayList<>(regions);
    for (int d = 0; d < regions; d++) {
      double[] gamma = new double[n];
      double[] mp = new double[n];
      double[] mi = new double[n];
      double[] jobs = new double[n];
      double[] alpha = new double[n];
      double alphaSum = 0;
      for (int i = 0; i < n; i++) {
        gamma[i] = 0.35 + 0.25 * rnd.nextDouble();
        shipments[(d * regions + d) * n + i] = used[d][i];
        for (int step = 1; step <= neighbours; step++) {
          for (int o : new int[] {Math.floorMod(d - step, regions), Math.floorMod(d + step, regions)}) {
            double s = used[d][i] * 0.1 * rnd.nextDouble();
            shipments[(o * regions + d) * n + i] += s;
            mp[i] += s;
          }
        }
        mi[i] = used[d][i] * (0.1 + 0.3 * rnd.nextDouble());
        jobs[i] = output[d][i] * (1 + 14 * rnd.nextDouble()) / 1000;
        alpha[i] = rnd.nextDouble();
        alphaSum += alpha[i];
      }
      for (int i = 0; i < n; i++) {
        alpha[i] /= alphaSum;
      }
      provinces.add(new ProvincialModelBuilder.Inputs(list, share, gamma, output[d], used[d], mp, mi, jobs, 0.4,
          alpha, 0.6));
    }
    return new MultiRegionalModelBuilder.Inputs(regionList, provinces, shipments);
  }

  /** The model built from {@link #inputs}. */
  public static Model model(int regions, int sectors, int inputs, int neighbours, long seed) {
    return MultiRegionalModelBuilder.build(ModelInfo.named("synthetic-mrio-" + regions + "x" + sectors),
        inputs(regions, sectors, inputs, neighbours, seed));
  }
}
