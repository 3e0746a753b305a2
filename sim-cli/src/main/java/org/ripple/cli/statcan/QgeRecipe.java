package org.ripple.cli.statcan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.concordance.Concordance;
import org.ripple.cli.io.InputException;
import org.ripple.cli.recipe.Recipe;
import org.ripple.cli.model.ModelOutput;
import org.ripple.cli.recipe.RecipeBuilder;

/**
 * The {@code qge-provincial} recipe kind: the bundled Statistics Canada models from a folder of twedl/qge source files
 * ({@code source}, relative to the recipe), {@code province: Quebec} for quebec-2021 or {@code province: all} for the
 * ten-province canada-provinces-2021. The recipe's {@code name} must be the one that province choice builds; the
 * model.yaml words (licence, sources, assumptions with their numbers, notes) come from the data, so the recipe may not
 * give its own. The propensity to consume is derived from disposable income (see {@link Quebec2021}) unless the
 * command line sets it.
 * Bad source data is exit code 4 naming the file (or the source folder), an unreadable file exit code 5.
 */
public final class QgeRecipe {
  public static final String KIND = "qge-provincial";

  /** The {@code province} value of the ten-province model. */
  public static final String ALL_PROVINCES = "all";

  private QgeRecipe() {}

  /**
   * The recipe of a bundled qge model reading {@code source}: what {@code model build} without a recipe file
   * ({@code province} {@link Quebec2021#REGION}) and {@code model build-provinces} ({@link #ALL_PROVINCES}) build.
   */
  public static Recipe bundled(String province, Path source) {
    String name = ALL_PROVINCES.equals(province) ? CanadaProvinces2021.NAME : Quebec2021.NAME;
    return Recipe.builder(KIND, name).with("source", source.toString()).with("province", province).build();
  }

  /**
   * Builds the model of recipe {@code r}, its {@code source} resolved against {@code dir}, with {@code propensity}
   * (null: the default); {@code errorAt} makes the one-line error at a key of the recipe.
   */
  public static RecipeBuilder.Built build(Recipe r, Path dir, Double propensity,
      BiFunction<String, String, InputException> errorAt) {
    for (String generated : new String[] {"title", "licence", "attribution", "sources", "assumptions", "notes"}) {
      if (given(r, generated)) {
        throw errorAt.apply(generated, "a " + KIND + " recipe takes no " + generated + ": the model.yaml words are "
            + "computed from the source data; remove the key");
      }
    }
    if (r.source() == null || r.source().isBlank()) {
      throw errorAt.apply("source", "required for a " + KIND + " recipe: name the folder with the qge source files");
    }
    boolean all = ALL_PROVINCES.equals(r.province());
    if (!all && !Quebec2021.REGION.equals(r.province())) {
      throw errorAt.apply("province", "a " + KIND + " recipe builds '" + Quebec2021.REGION + "' (" + Quebec2021.NAME
          + ") or '" + ALL_PROVINCES + "' ten provinces (" + CanadaProvinces2021.NAME + "), was "
          + (r.province() == null ? "missing" : "'" + r.province() + "'"));
    }
    String name = all ? CanadaProvinces2021.NAME : Quebec2021.NAME;
    if (!name.equals(r.name())) {
      throw errorAt.apply("name", "province '" + r.province() + "' builds " + name + ", so name must be '" + name
          + "', was '" + r.name() + "'");
    }
    Path source = dir.resolve(r.source());
    try {
      if (all) {
        CanadaProvinces2021.Built b = CanadaProvinces2021.build(source, propensity);
        return new RecipeBuilder.Built(b.model(), b.provenance(), List.of());
      }
      Quebec2021.Built b = Quebec2021.build(source, propensity);
      return new RecipeBuilder.Built(b.model(), b.provenance(), List.of(), List.of(), java.util.Map.of(Concordance.FILE,
          bundledConcordance()));
    } catch (IllegalArgumentException e) {
      throw new InputException(source.toString(), 0, 0, null, "bad model data: " + e.getMessage(),
          ExitCodes.BAD_MODEL);
    } catch (IOException e) {
      throw new InputException(null, 0, 0, null, "cannot read " + ModelOutput.describe(e), ExitCodes.IO);
    }
  }

  /**
   * The NAICS concordance of the 23 qge sectors, as quebec-2021 ships it: a rebuilt quebec-2021 keeps it, so
   * {@code naics:} shocks keep working on it.
   */
  private static byte[] bundledConcordance() throws IOException {
    String resource = "/models/" + Quebec2021.NAME + "/" + Concordance.FILE;
    try (java.io.InputStream in = QgeRecipe.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + resource);
      }
      return in.readAllBytes();
    }
  }

  private static boolean given(Recipe r, String key) {
    return switch (key) {
      case "title" -> r.title() != null;
      case "licence" -> r.licence() != null;
      case "attribution" -> r.attribution() != null;
      case "sources" -> !r.sources().isEmpty();
      case "assumptions" -> !r.assumptions().isEmpty();
      default -> !r.notes().isEmpty();
    };
  }
}
