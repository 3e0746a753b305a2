package org.ripple.cli.recipe;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ripple.cli.io.StrictMappers;
import org.ripple.cli.model.ModelMetadata;

/**
 * A model recipe as written (YAML). Keys are strict (unknown keys are errors); which keys a kind needs is checked by
 * {@link RecipeBuilder}. File names are relative to the recipe's folder. See docs/model-building.md.
 *
 * <p>Kinds: {@code make-use} (make and use tables, optional imports table, industry or commodity technology),
 * {@code symmetric} (a ready symmetric domestic table with output, labour income and value-added rows) and
 * {@code qge-provincial} (the Statistics Canada provincial tables as aggregated by twedl/qge, in a {@code source}
 * folder: {@code province: Quebec} builds quebec-2021, {@code province: all} the ten-province canada-provinces-2021;
 * their model.yaml words are computed from the same data, so that kind takes no licence, sources or notes).
 *
 * <p>A built table with a negative flow is refused unless {@code accept_negative_flows} gives the reason to keep it
 * (for example that the source table publishes it); every negative cell is then listed in the model's model.yaml
 * under {@code negative_flows} with that reason.
 */
public record Recipe(
    @JsonProperty(value = "kind", required = true) String kind,
    @JsonProperty(value = "name", required = true) String name,
    @JsonProperty("title") String title,
    @JsonProperty("region") String region,
    @JsonProperty("year") Integer year,
    @JsonProperty("currency") String currency,
    @JsonProperty("unit") String unit,
    @JsonProperty("unit_factor") Double unitFactor,
    @JsonProperty("jobs_definition") String jobsDefinition,
    @JsonProperty("household_income") Double householdIncome,
    @JsonProperty("licence") String licence,
    @JsonProperty("attribution") String attribution,
    @JsonProperty("sources") List<ModelMetadata.Source> sources,
    @JsonProperty("assumptions") List<String> assumptions,
    @JsonProperty("notes") List<String> notes,
    @JsonProperty("accept_negative_flows") String acceptNegativeFlows,
    // make-use
    @JsonProperty("make") String make,
    @JsonProperty("use") String use,
    @JsonProperty("imports") String imports,
    @JsonProperty("format") String format,
    @JsonProperty("value_column") String valueColumn,
    @JsonProperty("scrap") String scrap,
    @JsonProperty("technology") String technology,
    @JsonProperty("final_demand") List<String> finalDemand,
    @JsonProperty("ignore") List<String> ignore,
    @JsonProperty("names") String names,
    // both kinds
    @JsonProperty("value_added") List<String> valueAdded,
    @JsonProperty("labour_income") List<String> labourIncome,
    @JsonProperty("household_column") String householdColumn,
    // symmetric
    @JsonProperty("table") String table,
    @JsonProperty("row_key_column") String rowKeyColumn,
    @JsonProperty("row_name_column") String rowNameColumn,
    @JsonProperty("skip_rows") Integer skipRows,
    @JsonProperty("first_sector") String firstSector,
    @JsonProperty("last_sector") String lastSector,
    @JsonProperty("sector_rows") String sectorRows,
    @JsonProperty("output_row") String outputRow,
    // qge-provincial
    @JsonProperty("source") String source,
    @JsonProperty("province") String province) {

  public Recipe {
    sources = listOf(sources);
    assumptions = listOf(assumptions);
    notes = listOf(notes);
    finalDemand = listOf(finalDemand);
    ignore = listOf(ignore);
    valueAdded = listOf(valueAdded);
    labourIncome = listOf(labourIncome);
  }

  /** An absent list as empty; a given one copied. */
  private static <T> List<T> listOf(List<T> given) {
    return given == null ? List.of() : List.copyOf(given);
  }

  /** A recipe of {@code kind} named {@code name}, to be given its other keys in code. */
  public static Builder builder(String kind, String name) {
    return new Builder().with("kind", kind).with("name", name);
  }

  /**
   * A recipe written in code, key by key as a recipe file spells them, and read by the rules a recipe file is read by
   * (a key no recipe has, or a value of the wrong type, is refused); the keys not given are absent, as in a file.
   */
  public static final class Builder {
    private final Map<String, Object> keys = new LinkedHashMap<>();

    private Builder() {}

    /** Sets a key (for example {@code source}) to its value. */
    public Builder with(String key, Object value) {
      keys.put(key, value);
      return this;
    }

    /** The recipe; an unknown key or a value of the wrong type is an {@link IllegalArgumentException}. */
    public Recipe build() {
      return StrictMappers.json().convertValue(keys, Recipe.class);
    }
  }
}
