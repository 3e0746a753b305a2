package org.ripple.core.fiscal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The tax and benefit parameters of one tax year, read from the data file shipped in the jar
 * ({@code org/ripple/core/fiscal/tax-parameters-YYYY.csv}, one file per year). Each row is
 * {@code jurisdiction,item,parameter,value,unit,source}; the source is the rest of the line, so it may hold commas.
 * Lines starting with {@code #} are comments. A value is looked up by {@code jurisdiction.item.parameter}.
 */
public final class FiscalParameters {
  /** One value with its unit and official source. */
  public record Parameter(String key, double value, String unit, String source) {}

  private final int year;
  private final String file;
  private final Map<String, Parameter> values;

  private FiscalParameters(int year, String file, Map<String, Parameter> values) {
    this.year = year;
    this.file = file;
    this.values = values;
  }

  /** The latest tax year whose file ships: the year of a scenario without dates. */
  public static final int LATEST_YEAR = 2025;

  /** The resource name of a year's file. */
  static String resource(int year) {
    return "tax-parameters-" + year + ".csv";
  }

  /** The parameters of a tax year, or empty when no file for that year ships. */
  public static Optional<FiscalParameters> forYear(int year) {
    String name = resource(year);
    try (InputStream in = FiscalParameters.class.getResourceAsStream(name)) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(parse(year, name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": cannot be read", e);
    }
  }

  /** Parses a parameter file's text; a malformed row is an {@link IllegalStateException} naming file and line. */
  static FiscalParameters parse(int year, String file, String text) {
    Map<String, Parameter> values = new LinkedHashMap<>();
    try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split(",", 6);
        if (f.length != 6 || f[5].isBlank()) {
          throw new IllegalStateException(file + ":" + number
              + ": a row needs jurisdiction,item,parameter,value,unit,source");
        }
        double v;
        try {
          v = Double.parseDouble(f[3]);
        } catch (NumberFormatException e) {
          throw new IllegalStateException(file + ":" + number + ": value '" + f[3] + "' is not a number");
        }
        if (!Double.isFinite(v)) {
          throw new IllegalStateException(file + ":" + number + ": value must be finite, was " + f[3]);
        }
        String key = f[0] + "." + f[1] + "." + f[2];
        if (values.put(key, new Parameter(key, v, f[4], f[5])) != null) {
          throw new IllegalStateException(file + ":" + number + ": " + key + " is given twice");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new FiscalParameters(year, file, Map.copyOf(values));
  }

  public int year() {
    return year;
  }

  /** The file the parameters come from (its resource name). */
  public String file() {
    return file;
  }

  /** A value; a missing key is an {@link IllegalStateException} naming the file and the key. */
  public double value(String key) {
    return parameter(key).value();
  }

  public Parameter parameter(String key) {
    Parameter p = values.get(key);
    if (p == null) {
      throw new IllegalStateException(file + ": no value for " + key + "; add a row "
          + key.replace('.', ',') + ",VALUE,UNIT,SOURCE");
    }
    return p;
  }

  public boolean has(String key) {
    return values.containsKey(key);
  }

  /** The consumer price index of a year, if the file carries it. */
  public Optional<Parameter> priceIndex(int of) {
    return Optional.ofNullable(values.get(String.format(Locale.ROOT, "canada.consumer_price_index.%d", of)));
  }

  /**
   * CPI(this file's year) / CPI({@code from}): one CAD of year {@code from} in CAD of the tax year, or empty when
   * either index is missing.
   */
  public java.util.OptionalDouble priceFactor(int from) {
    Optional<Parameter> a = priceIndex(from);
    Optional<Parameter> b = priceIndex(year);
    return a.isEmpty() || b.isEmpty() ? java.util.OptionalDouble.empty()
        : java.util.OptionalDouble.of(b.get().value() / a.get().value());
  }

  /** Every value, in no particular order. */
  public Map<String, Parameter> all() {
    return values;
  }
}
