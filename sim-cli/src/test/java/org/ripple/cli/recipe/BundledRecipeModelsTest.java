package org.ripple.cli.recipe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.ripple.cli.Cli;
import org.ripple.cli.model.ModelWriter;
import org.ripple.cli.model.Models;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.impact.ModelType;
import org.ripple.core.impact.Multipliers;

/**
 * The three recipe-built bundled models: each is rebuilt from its recipe and source files byte for byte, loads from
 * the jar, validates, and gives output multipliers in a plausible range; none has employment, so jobs are "not
 * available".
 */
class BundledRecipeModelsTest {

  @ParameterizedTest
  @ValueSource(strings = {"us-2022", "scotland-2019", "uk-2010"})
  void rebuildsByteForByte(String name) throws IOException {
    Path dir = Cli.root().resolve("models").resolve(name);
    RecipeBuilder.Built built = RecipeBuilder.build(dir.resolve("recipe.yaml"));
    Map<String, String> files = ModelWriter.render(built.model(), built.provenance());
    for (Map.Entry<String, String> f : files.entrySet()) {
      assertThat(f.getValue()).as(name + "/" + f.getKey()).isEqualTo(Files.readString(dir.resolve(f.getKey())));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"us-2022", "scotland-2019", "uk-2010"})
  void loadsValidatesAndHasPlausibleMultipliers(String name) {
    assertThat(Models.bundledNames()).startsWith("quebec-2021").contains(name);
    Model m = Models.bundled(name).model();
    assertThat(m.has(Measure.JOBS)).isFalse();
    Multipliers mult = Multipliers.of(LeontiefSystem.of(m));
    double sum = 0;
    int counted = 0;
    for (int j = 0; j < m.size(); j++) {
      double o = mult.output(ModelType.TYPE_I, j);
      assertThat(o).as("%s Type I output multiplier of %s", name, m.sectors().at(j).code()).isBetween(1.0, 3.0);
      if (m.output(j) > 0) {
        sum += o;
        counted++;
      }
      if (m.hasHouseholds()) {
        assertThat(mult.output(ModelType.TYPE_II, j)).isBetween(o, 3.5);
      }
    }
    assertThat(sum / counted).as("mean output multiplier of %s", name).isBetween(1.2, 2.2);
    assertThat(Cli.run("validate", name).exit()).isZero();
  }

  @Test
  void headlineMultipliers() {
    Model us = Models.bundled("us-2022").model();
    Multipliers u = Multipliers.of(LeontiefSystem.of(us));
    assertThat(u.output(ModelType.TYPE_I, us.sectors().positionOf("493"))).isBetween(1.59, 1.60);
    Model sc = Models.bundled("scotland-2019").model();
    assertThat(sc.householdIncome()).isEqualTo(156241.0);
    Multipliers s = Multipliers.of(LeontiefSystem.of(sc));
    int transport = sc.sectors().positionOf("IOC098_058");
    assertThat(s.output(ModelType.TYPE_I, transport)).isBetween(1.35, 1.36);
    assertThat(s.output(ModelType.TYPE_II, transport)).isBetween(1.60, 1.61);
    Model uk = Models.bundled("uk-2010").model();
    assertThat(Multipliers.of(LeontiefSystem.of(uk)).output(ModelType.TYPE_I, uk.sectors().positionOf("52")))
        .isBetween(1.91, 1.92);
  }

  /**
   * The symmetric tables carry their final demand, and every row balances both ways within 1 %: a reading error (a
   * wrong column, a shifted row) would not. uk-2010's coal: 888 of intermediate sales, final demand 207 + 76 - 332 =
   * -49 (inventories ran down), output 839.
   */
  @Test
  void symmetricTablesBalanceByRowWithTheirFinalDemand() {
    for (String name : new String[] {"uk-2010", "scotland-2019"}) {
      Model m = Models.bundled(name).model();
      assertThat(m.hasFinalDemand()).as(name).isTrue();
      var report = org.ripple.core.validate.ModelValidator.validate(m);
      assertThat(report.findings()).as(name).noneMatch(f -> f.check() == org.ripple.core.validate.Check.ROW_BALANCE);
      assertThat(report.checks()).as(name)
          .contains("row balance: regional intermediate sales + final demand equal output within 1%");
    }
    Model uk = Models.bundled("uk-2010").model();
    int coal = uk.sectors().positionOf("05");
    assertThat(uk.finalDemand(coal)).isCloseTo(-49, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(uk.output(coal)).isEqualTo(839.0);
  }

  @Test
  void jobsAreNotAvailableNeverZero() {
    Cli.Result r = Cli.run("multipliers", "--model", "us-2022", "--format", "json");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("\"jobs_effect_I\" : null").doesNotContain("\"jobs_effect_I\" : 0");
    Cli.Result list = Cli.run("models");
    assertThat(list.out()).contains("us-2022: United States 2022").containsPattern("us-2022:.*jobs: not available");
  }
}
