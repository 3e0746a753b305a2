package org.ripple.core;

import java.util.Arrays;
import java.util.Objects;
import org.ripple.core.linalg.CsrMatrix;
import org.ripple.core.linalg.DenseMatrix;

/**
 * A regional input-output table with its satellites, in one monetary unit.
 *
 * <ul>
 *   <li>{@code Z[i][j]}: purchases by industry j from regional industry i;
 *   <li>{@code x[j]}: total output of industry j;
 *   <li>optional satellites per industry: employment (jobs), labour income, value added, taxes, imports;
 *   <li>optional final demand per industry {@code f[i]} (households, government, investment, exports: everything
 *       bought from industry i that is not an intermediate input of the region), used only to check the row balance
 *       {@code sum_j Z[i][j] + f[i] = x[i]};
 *   <li>optional household block: consumption from regional industries {@code c[i]} and total household income
 *       {@code H} (default: the sum of labour income).
 * </ul>
 *
 * A satellite the table does not publish is absent, not zero: {@link #has(Measure)} says which, and every figure that
 * needs a missing satellite is reported as not available. Instances are immutable; arrays are copied in and out.
 *
 * <p>Z is held either dense (row-major, given with {@link Builder#transactions(double[])}) or sparse (CSR, given with
 * {@link Builder#transactions(CsrMatrix)}); a sparse model never allocates an n x n array unless
 * {@link #transactionsCopy()} is called. {@link #isSparse()} says which.
 */
public final class Model {
  private final ModelInfo info;
  private final SectorIndex index;
  private final DenseMatrix z;
  private final CsrMatrix sparseZ;
  private final double[] output;
  private final double[] employment;
  private final double[] labourIncome;
  private final double[] valueAdded;
  private final double[] taxes;
  private final double[] imports;
  private final double[] finalDemand;
  private final double[] householdConsumption;
  private final double householdIncome;
  private final Regions regions;

  private Model(Builder b) {
    this.info = Objects.requireNonNull(b.info, "info");
    this.index = Objects.requireNonNull(b.index, "sectors");
    int n = index.size();
    if (b.sparseZ != null) {
      if (b.z != null) {
        throw new IllegalArgumentException("transactions are given both dense and sparse; give one");
      }
      if (b.sparseZ.rows() != n || b.sparseZ.cols() != n) {
        throw new IllegalArgumentException("transactions must be " + n + " x " + n + ", are " + b.sparseZ.rows()
            + " x " + b.sparseZ.cols());
      }
      this.z = null;
      this.sparseZ = b.sparseZ;
    } else {
      this.z = DenseMatrix.square(n, ModelInputs.finite("transactions", b.z, n * n));
      this.sparseZ = null;
    }
    this.output = checked("output", b.output, n);
    this.employment = optional("employment", b.employment, n);
    this.labourIncome = optional("labour_income", b.labourIncome, n);
    this.valueAdded = optional("value_added", b.valueAdded, n);
    this.taxes = optional("taxes", b.taxes, n);
    this.imports = optional("imports", b.imports, n);
    this.finalDemand = optional("final_demand", b.finalDemand, n);
    this.regions = b.regions;
    if (regions != null && regions.sectorCount() != n) {
      throw new IllegalArgumentException("regions cover " + regions.sectorCount() + " sectors, the model has " + n);
    }
    this.householdConsumption = optional("household_consumption",
        ModelInputs.householdConsumption(b.householdConsumption, regions, n), n);
    this.householdIncome = householdConsumption == null ? Double.NaN
        : ModelInputs.householdIncome(b.householdIncome, b.householdConsumption == null ? regions : null,
            labourIncome);
  }

  private static double[] checked(String what, double[] values, int length) {
    return ModelInputs.required(what, values, length);
  }

  private static double[] optional(String what, double[] values, int length) {
    return values == null ? null : ModelInputs.required(what, values, length);
  }

  public static Builder builder(ModelInfo info, SectorIndex index) {
    return new Builder(info, index);
  }

  public ModelInfo info() {
    return info;
  }

  public SectorIndex sectors() {
    return index;
  }

  public int size() {
    return index.size();
  }

  public double flow(int from, int to) {
    return z == null ? sparseZ.get(from, to) : z.get(from, to);
  }

  /** What {@link #forEachFlow} hands each flow to. */
  @FunctionalInterface
  public interface FlowVisitor {
    void visit(int from, int to, double value);
  }

  /**
   * Calls {@code visitor} for every flow that may be non-zero, row by row, columns ascending: every cell of a dense Z,
   * the stored entries of a sparse one (no n x n array).
   */
  public void forEachFlow(FlowVisitor visitor) {
    int n = index.size();
    if (sparseZ != null) {
      int[] columns = new int[n];
      double[] values = new double[n];
      for (int i = 0; i < n; i++) {
        int k = sparseZ.rowPattern(i, columns);
        sparseZ.rowValues(i, values);
        for (int t = 0; t < k; t++) {
          visitor.visit(i, columns[t], values[t]);
        }
      }
    } else {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          visitor.visit(i, j, z.get(i, j));
        }
      }
    }
  }

  /** Row sums of Z: each industry's sales to the region's industries. */
  public double[] intermediateSales() {
    double[] sales = new double[index.size()];
    forEachFlow((i, j, v) -> sales[i] += v);
    return sales;
  }

  /** Whether Z is held sparse (CSR) rather than as a dense n x n array. */
  public boolean isSparse() {
    return sparseZ != null;
  }

  /** The number of non-zero flows in Z. */
  public long nonZeroFlows() {
    if (sparseZ != null) {
      return sparseZ.nonZeros();
    }
    return z.nonZeros();
  }

  /** Z in CSR (immutable, so shared for a sparse model; built from the dense array otherwise). */
  public CsrMatrix transactions() {
    return sparseZ != null ? sparseZ : CsrMatrix.fromDense(z);
  }

  public double output(int sector) {
    return output[sector];
  }

  /** Whether the model carries the satellite needed for this measure (output is always there). */
  public boolean has(Measure measure) {
    return switch (measure) {
      case OUTPUT -> true;
      case JOBS -> employment != null;
      case LABOUR_INCOME -> labourIncome != null;
      case VALUE_ADDED -> valueAdded != null;
    };
  }

  /** The satellite level of a sector (jobs, income or value added), or output itself for {@link Measure#OUTPUT}. */
  public double level(Measure measure, int sector) {
    double[] a = levels(measure);
    if (a == null) {
      throw new IllegalStateException("model " + info.name() + " has no " + measure.key() + " data");
    }
    return a[sector];
  }

  private double[] levels(Measure measure) {
    return switch (measure) {
      case OUTPUT -> output;
      case JOBS -> employment;
      case LABOUR_INCOME -> labourIncome;
      case VALUE_ADDED -> valueAdded;
    };
  }

  public boolean hasTaxes() {
    return taxes != null;
  }

  public boolean hasImports() {
    return imports != null;
  }

  public double taxes(int sector) {
    return taxes[sector];
  }

  public double imports(int sector) {
    return imports[sector];
  }

  public boolean hasFinalDemand() {
    return finalDemand != null;
  }

  public double finalDemand(int sector) {
    return finalDemand[sector];
  }

  /** A copy of taxes, or null when the model has none. */
  public double[] taxesCopy() {
    return taxes == null ? null : taxes.clone();
  }

  /** A copy of imports, or null when the model has none. */
  public double[] importsCopy() {
    return imports == null ? null : imports.clone();
  }

  /** A copy of final demand, or null when the model has none. */
  public double[] finalDemandCopy() {
    return finalDemand == null ? null : finalDemand.clone();
  }

  /** True when the model can be closed for households (Type II): consumption and household income are known. */
  public boolean hasHouseholds() {
    return householdConsumption != null;
  }

  public double householdConsumption(int sector) {
    return householdConsumption[sector];
  }

  public double householdIncome() {
    return householdIncome;
  }

  /** Whether the model is multi-regional: every sector belongs to one of its {@link Regions}. */
  public boolean hasRegions() {
    return regions != null;
  }

  /** The regions of a multi-regional model, or empty for a single-region model. */
  public java.util.Optional<Regions> regions() {
    return java.util.Optional.ofNullable(regions);
  }

  /** A copy of Z, row-major. For a sparse model this allocates n x n doubles: prefer {@link #transactions()}. */
  public double[] transactionsCopy() {
    return z == null ? sparseZ.toDense() : z.toArray();
  }

  /** A copy of x. */
  public double[] outputCopy() {
    return output.clone();
  }

  /** A copy of a satellite level vector, or null when the model does not have it. */
  public double[] levelsCopy(Measure measure) {
    double[] a = levels(measure);
    return a == null ? null : a.clone();
  }

  public double[] householdConsumptionCopy() {
    return householdConsumption == null ? null : householdConsumption.clone();
  }

  /** Total of a level vector over all sectors. */
  public double total(Measure measure) {
    double[] a = levels(measure);
    if (a == null) {
      return Double.NaN;
    }
    double s = 0;
    for (double v : a) {
      s += v;
    }
    return s;
  }

  @Override
  public String toString() {
    return "Model[" + info.name() + ", " + size() + " sectors]";
  }

  /** Collects arrays and validates them once in {@link #build()}. */
  public static final class Builder {
    private final ModelInfo info;
    private final SectorIndex index;
    private double[] z;
    private CsrMatrix sparseZ;
    private double[] output;
    private double[] employment;
    private double[] labourIncome;
    private double[] valueAdded;
    private double[] taxes;
    private double[] imports;
    private double[] finalDemand;
    private double[] householdConsumption;
    private double householdIncome = Double.NaN;
    private Regions regions;

    private Builder(ModelInfo info, SectorIndex index) {
      this.info = info;
      this.index = index;
    }

    /** Z row-major: {@code z[from * n + to]}. */
    public Builder transactions(double[] rowMajor) {
      this.z = rowMajor;
      this.sparseZ = null;
      return this;
    }

    /** Z in CSR: {@code Z[from][to]} at row from, column to. Replaces a dense Z given before. */
    public Builder transactions(CsrMatrix sparse) {
      this.sparseZ = sparse;
      this.z = null;
      return this;
    }

    public Builder output(double[] x) {
      this.output = x;
      return this;
    }

    public Builder employment(double[] jobs) {
      this.employment = jobs;
      return this;
    }

    public Builder labourIncome(double[] w) {
      this.labourIncome = w;
      return this;
    }

    public Builder valueAdded(double[] v) {
      this.valueAdded = v;
      return this;
    }

    public Builder taxes(double[] t) {
      this.taxes = t;
      return this;
    }

    public Builder imports(double[] m) {
      this.imports = m;
      return this;
    }

    /** Final demand by industry (may be negative: inventories run down); only the row balance check uses it. */
    public Builder finalDemand(double[] f) {
      this.finalDemand = f;
      return this;
    }

    public Builder householdConsumption(double[] c) {
      this.householdConsumption = c;
      return this;
    }

    /** Total household income H closing the Type II model; NaN means "sum of labour income". */
    public Builder householdIncome(double h) {
      this.householdIncome = h;
      return this;
    }

    /** Makes the model multi-regional; with households per region, Type II closes with one household per region. */
    public Builder regions(Regions r) {
      this.regions = r;
      return this;
    }

    public Model build() {
      return new Model(this);
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Model m)) {
      return false;
    }
    return info.equals(m.info) && index.codes().equals(m.index.codes()) && Objects.equals(z, m.z)
        && Objects.equals(sparseZ, m.sparseZ)
        && Arrays.equals(output, m.output) && Arrays.equals(employment, m.employment)
        && Arrays.equals(labourIncome, m.labourIncome) && Arrays.equals(valueAdded, m.valueAdded)
        && Arrays.equals(taxes, m.taxes) && Arrays.equals(imports, m.imports)
        && Arrays.equals(finalDemand, m.finalDemand)
        && Arrays.equals(householdConsumption, m.householdConsumption)
        && Double.compare(householdIncome, m.householdIncome) == 0 && Objects.equals(regions, m.regions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(info.name(), index.size(), Arrays.hashCode(output));
  }
}
