package org.ripple.cli.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ripple.core.Model;
import org.ripple.core.ModelInfo;
import org.ripple.core.Sector;
import org.ripple.core.SectorIndex;

class ModelWriterTest {
  @Test
  void numbersArePlainAndShort() {
    assertThat(ModelWriter.number(72700.0)).isEqualTo("72700");
    assertThat(ModelWriter.number(0.1)).isEqualTo("0.1");
    assertThat(ModelWriter.number(-0.0)).isEqualTo("0");
    assertThat(ModelWriter.number(3.6802847E7)).isEqualTo("36802847");
    assertThat(ModelWriter.number(1e-7)).isEqualTo("0.0000001");
    assertThat(ModelWriter.number(1e22)).isEqualTo("10000000000000000000000");
    assertThat(ModelWriter.number(0.29939641032745734)).isEqualTo("0.29939641032745734");
  }

  @Test
  void numbersRoundTripExactly() {
    Random random = new Random(20210101L);
    for (int k = 0; k < 20_000; k++) {
      double v = switch (k % 3) {
        case 0 -> random.nextDouble();
        case 1 -> random.nextDouble() * 1e9;
        default -> Double.longBitsToDouble(random.nextLong() & 0x7fefffffffffffffL);
      };
      String s = ModelWriter.number(v);
      assertThat(Double.parseDouble(s)).as(s).isEqualTo(v);
      assertThat(s).doesNotContain("E").doesNotContain(",");
    }
  }

  @Test
  void nonFiniteNumbersAreRefused() {
    assertThatThrownBy(() -> ModelWriter.number(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void csvFieldsAreQuotedOnlyWhenNeeded() {
    assertThat(ModelWriter.csv("TRANSPORT")).isEqualTo("TRANSPORT");
    assertThat(ModelWriter.csv("Real Estate, Rental, Leasing")).isEqualTo("\"Real Estate, Rental, Leasing\"");
    assertThat(ModelWriter.csv("a \"b\"")).isEqualTo("\"a \"\"b\"\"\"");
  }

  @Test
  void yamlStringsAreDoubleQuotedWithEscapes() {
    assertThat(ModelWriter.quote("yes")).isEqualTo("\"yes\"");
    assertThat(ModelWriter.quote("a \"q\" \\ b\nc")).isEqualTo("\"a \\\"q\\\" \\\\ b\\nc\"");
    assertThat(ModelWriter.quote("\u0001")).isEqualTo("\"\\u0001\"");
  }

  /**
   * Taxes, imports and final demand are written when the model has them and read back the same (Miller and Blair's
   * table 2.3 final demand 350 and 1,700 balances the rows); a model with negative flows needs a reason, written per
   * cell under negative_flows.
   */
  @Test
  void optionalColumnsAndAcceptedNegativeFlowsRoundTrip(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    ModelInfo info = new ModelInfo("mb", "MB", "", 2009, "", "", 1, "", List.of(), List.of());
    Model m = Model.builder(info, SectorIndex.of(List.of(new Sector("A", "Alpha"), new Sector("B", "Beta"))))
        .transactions(new double[] {150, -5, 200, 100}).output(new double[] {1000, 2000})
        .valueAdded(new double[] {650, 1400}).taxes(new double[] {10, 20}).imports(new double[] {5, 0})
        .finalDemand(new double[] {350, 1700}).build();
    ModelWriter.Provenance none = new ModelWriter.Provenance("L", "Attr", List.of(), List.of());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ModelWriter.render(m, none))
        .hasMessage("the model has 1 negative flows (the first from A to B) and no reason to accept them");
    ModelWriter.Provenance p = new ModelWriter.Provenance("L", "Attr", List.of(), List.of(), "as published");
    var files = ModelWriter.render(m, p);
    assertThat(files.get("industry.csv")).isEqualTo("code,output,value_added,taxes,imports,final_demand\n"
        + "A,1000,650,10,5,350\nB,2000,1400,20,0,1700\n");
    assertThat(files.get("model.yaml")).endsWith("negative_flows:\n  - from: \"A\"\n    to: \"B\"\n"
        + "    reason: \"as published\"\n");
    ModelWriter.write(m, p, dir);
    LoadedModel back = ModelReader.read(dir);
    assertThat(back.model()).isEqualTo(m);
    assertThat(back.acceptedFlows().reason(0, 1)).isEqualTo("as published");
  }

  @Test
  void rendersTheFourFilesOfATinyModel() {
    ModelInfo info = new ModelInfo("tiny", "Tiny", "Nowhere", 2021, "CAD", "CAD thousands", 1000, "persons",
        List.of("S"), List.of("One assumption."));
    Model m = Model.builder(info, SectorIndex.of(List.of(new Sector("A", "Alpha, first"), new Sector("B", "Beta"))))
        .transactions(new double[] {1, 2, 3, 4.5})
        .output(new double[] {10, 20})
        .employment(new double[] {5, 6})
        .labourIncome(new double[] {2, 3})
        .valueAdded(new double[] {4, 6})
        .householdConsumption(new double[] {1, 1.5})
        .build();
    ModelWriter.Provenance p = new ModelWriter.Provenance("L", "Attr", List.of(new ModelWriter.Source("S", null,
        null, 0, "u", null)), List.of());

    var files = ModelWriter.render(m, p);

    assertThat(files.keySet()).containsExactly("model.yaml", "sectors.csv", "transactions.csv", "industry.csv");
    assertThat(files.get("sectors.csv")).isEqualTo("code,name\nA,\"Alpha, first\"\nB,Beta\n");
    assertThat(files.get("transactions.csv")).isEqualTo("code,A,B\nA,1,2\nB,3,4.5\n");
    assertThat(files.get("industry.csv")).isEqualTo(
        "code,output,employment,labour_income,value_added,household_consumption\nA,10,5,2,4,1\nB,20,6,3,6,1.5\n");
    assertThat(files.get("model.yaml")).isEqualTo("""
        name: "tiny"
        title: "Tiny"
        region: "Nowhere"
        year: 2021
        currency: "CAD"
        unit: "CAD thousands"
        unit_factor: 1000
        jobs_definition: "persons"
        household_income: 5
        licence: "L"
        attribution: "Attr"
        sources:
          - title: "S"
            unit: "u"
        assumptions:
          - "One assumption."
        notes: []
        """);
  }
}
