package org.ripple.cli.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.io.InputException;
import org.ripple.core.Measure;
import org.ripple.core.Model;

class ModelReaderTest {
  @TempDir
  Path dir;

  private static final String YAML = "name: tiny\ntitle: Tiny economy\nregion: Nowhere\nyear: 2021\ncurrency: CAD\n"
      + "unit: CAD thousands\nunit_factor: 1000\njobs_definition: persons employed\nlicence: CC-BY-4.0\n"
      + "attribution: Somebody\nsources:\n  - title: Supply and use tables\n    publisher: Stats\n"
      + "    reference: 36-10-0001\n    year: 2021\n    unit: CAD thousands\n    licence: OGL\n"
      + "  - title: Bare\nassumptions: [closed economy]\nnotes: [a note]\n";

  private Path write(String name, String content) throws IOException {
    return Files.write(dir.resolve(name), content.getBytes(StandardCharsets.UTF_8));
  }

  @BeforeEach
  void tinyModel() throws IOException {
    write("model.yaml", YAML);
    write("sectors.csv", "code,name\n01,Farms\n02,Factories\n03,Shops\n");
    write("transactions.csv", "code,01,02,03\n01,1,2,0\n02,3,4,5\n03,0,6,7\n");
    write("industry.csv", "code,output,employment,labour_income,value_added\n01,100,10,30,50\n02,200,20,60,80\n"
        + "03,300,30,90,150\n");
  }

  private InputException fail(int exitCode) {
    InputException e = catchThrowableOfType(InputException.class, () -> ModelReader.read(dir));
    assertThat(e).isNotNull();
    assertThat(e.exitCode()).as(e.oneLine()).isEqualTo(exitCode);
    assertThat(e.oneLine()).doesNotContain("\n");
    return e;
  }

  private InputException failAt(String file, int line, int column) {
    InputException e = fail(ExitCodes.BAD_MODEL);
    assertThat(e.oneLine()).startsWith(dir.resolve(file) + ":" + line + ":" + column + ": ");
    return e;
  }

  @Test
  void readsDenseModelWithMetadata() {
    LoadedModel m = ModelReader.read(dir);
    Model model = m.model();
    assertThat(model.size()).isEqualTo(3);
    assertThat(model.sectors().codes()).containsExactly("01", "02", "03");
    assertThat(model.flow(1, 2)).isEqualTo(5);
    assertThat(model.output(2)).isEqualTo(300);
    assertThat(model.has(Measure.JOBS)).isTrue();
    assertThat(model.hasTaxes()).isFalse();
    assertThat(model.info().name()).isEqualTo("tiny");
    assertThat(model.info().unitFactor()).isEqualTo(1000);
    assertThat(model.info().sources()).containsExactly(
        "Supply and use tables - Stats, 36-10-0001, 2021 (CAD thousands; OGL)", "Bare");
    assertThat(m.licence()).isEqualTo("CC-BY-4.0");
    assertThat(m.attribution()).isEqualTo("Somebody");
    assertThat(m.notes()).containsExactly("a note");
    assertThat(m.warnings()).isEmpty();
  }

  @Test
  void denseInAnyOrderAndLongFormatGiveTheSameModel() throws IOException {
    Model dense = ModelReader.read(dir).model();
    write("transactions.csv", "code,03,01,02\n03,7,0,6\n01,0,1,2\n02,5,3,4\n");
    assertThat(ModelReader.read(dir).model()).isEqualTo(dense);
    Files.delete(dir.resolve("transactions.csv"));
    write("transactions-long.csv", "from,to,value\n01,01,1\n01,02,2\n02,01,3\n02,02,4\n02,03,5\n03,02,6\n03,03,7\n");
    assertThat(ModelReader.read(dir).model()).isEqualTo(dense);
  }

  @Test
  void absentOrEmptyColumnMeansNotAvailable() throws IOException {
    write("industry.csv", "code,output,labour_income\n01,100,30\n02,200,60\n03,300,90\n");
    assertThat(ModelReader.read(dir).model().has(Measure.JOBS)).isFalse();
    write("industry.csv", "code,output,employment\n01,100,\n02,200,\n03,300,\n");
    Model m = ModelReader.read(dir).model();
    assertThat(m.has(Measure.JOBS)).isFalse();
    assertThat(m.has(Measure.VALUE_ADDED)).isFalse();
  }

  @Test
  void partlyEmptyColumnIsAnError() throws IOException {
    write("industry.csv", "code,output,employment\n01,100,10\n02,200,\n03,300,30\n");
    InputException e = failAt("industry.csv", 3, 8);
    assertThat(e.field()).isEqualTo("column \"employment\"");
    assertThat(e.getMessage()).startsWith("empty cell");
  }

  @Test
  void unknownIndustryColumnSuggests() throws IOException {
    write("industry.csv", "code,output,employmnet\n01,100,10\n02,200,20\n03,300,30\n");
    InputException e = failAt("industry.csv", 1, 13);
    assertThat(e.getMessage()).startsWith("unknown column 'employmnet'; did you mean 'employment'?");
  }

  @Test
  void nonFiniteAndNonNumericCells() throws IOException {
    for (String bad : new String[] {"1e400", "NaN", "inf", "-Infinity"}) {
      write("transactions.csv", "code,01,02,03\n01,1,2,0\n02,3," + bad + ",5\n03,0,6,7\n");
      InputException e = failAt("transactions.csv", 3, 6);
      assertThat(e.getMessage()).as(bad).startsWith("not a finite number");
      assertThat(e.field()).isEqualTo("column \"02\"");
    }
    write("transactions.csv", "code,01,02,03\n01,1,2,0\n02,3,\"1,5\",5\n03,0,6,7\n");
    assertThat(failAt("transactions.csv", 3, 6).getMessage()).isEqualTo("expected a number, found text \"1,5\"");
  }

  @Test
  void aNegativeFlowIsAnErrorNamingItsCell() throws IOException {
    write("transactions.csv", "code,01,02,03\n01,1,2,0\n02,3,-4,5\n03,0,6,7\n");
    assertThat(failAt("transactions.csv", 3, 6).getMessage()).isEqualTo("negative flow from 02 to 02: -4; flows "
        + "must be zero or more: correct the cell, or, if the source table has it, accept it in model.yaml under "
        + "negative_flows (from, to, reason)");
    write("transactions.csv", "code,01,02,03\n01,1,2,0\n02,3,4,5\n03,0,6,7\n");
    Files.delete(dir.resolve("transactions.csv"));
    write("transactions-long.csv", "from,to,value\n01,01,1\n03,02,-6\n");
    assertThat(failAt("transactions-long.csv", 3, 7).getMessage()).startsWith("negative flow from 03 to 02: -6; ");
  }

  @Test
  void acceptedNegativeFlowAndZeroOutputAreWarnings() throws IOException {
    write("model.yaml", YAML + "negative_flows:\n  - from: \"02\"\n    to: \"02\"\n    reason: as published\n"
        + "  - from: \"01\"\n    to: \"03\"\n    reason: stale\n");
    write("transactions.csv", "code,01,02,03\n01,1,2,0\n02,3,-4,5\n03,0,6,7\n");
    write("industry.csv", "code,output\n01,100\n02,0\n03,300\n");
    LoadedModel m = ModelReader.read(dir);
    assertThat(m.accepted()).containsExactly(
        dir.resolve("transactions.csv") + ":3:6: column \"02\": negative flow from 02 to 02: -4, accepted in "
            + "model.yaml: as published");
    assertThat(m.warnings()).containsExactly(
        dir.resolve("model.yaml") + ": negative_flows[1]: the flow from 01 to 03 is not negative in the "
            + "transactions; remove the entry",
        dir.resolve("industry.csv") + ":3:4: column \"output\": sector 02 has zero output; its coefficients are zero");
    assertThat(m.acceptedFlows().reason(1, 1)).isEqualTo("as published");
    assertThat(m.acceptedFlows().accepts(0, 2)).isTrue();
    assertThat(m.acceptedFlows().accepts(1, 0)).isFalse();
  }

  @Test
  void negativeFlowEntriesAreChecked() throws IOException {
    int first = YAML.split("\n").length + 1;
    write("model.yaml", YAML + "negative_flows:\n  - from: \"02\"\n    to: \"04\"\n    reason: x\n");
    InputException e = failAt("model.yaml", first + 2, 5);
    assertThat(e.getMessage()).startsWith("unknown sector code '04' (not in sectors.csv); did you mean '0");
    assertThat(e.field()).isEqualTo("negative_flows[0].to");
    write("model.yaml", YAML + "negative_flows:\n  - from: \"02\"\n    to: \"03\"\n");
    assertThat(failAt("model.yaml", first + 1, 5).getMessage()).isEqualTo("needs from, to and reason; 'reason' is "
        + "missing or empty");
    write("model.yaml", YAML + "negative_flows:\n  - {from: \"02\", to: \"03\", reason: a}\n"
        + "  - {from: \"02\", to: \"03\", reason: b}\n");
    assertThat(failAt("model.yaml", first + 2, 5).getMessage()).isEqualTo("the flow from 02 to 03 is listed twice "
        + "(also negative_flows[0]); keep one");
    write("model.yaml", YAML + "negative_flows:\n  - {from: \"02\", to: \"03\", reason: a, why: b}\n");
    assertThat(fail(ExitCodes.BAD_MODEL).getMessage()).contains("why");
  }

  @Test
  void negativeOutputIsAnError() throws IOException {
    write("industry.csv", "code,output\n01,100\n02,-1\n03,300\n");
    assertThat(failAt("industry.csv", 3, 4).getMessage()).contains("must not be negative");
  }

  @Test
  void codeProblems() throws IOException {
    write("sectors.csv", "code,name\n01,Farms\n01,Again\n03,Shops\n");
    assertThat(failAt("sectors.csv", 3, 1).getMessage()).startsWith("duplicate sector code '01'");
    write("sectors.csv", "code,name\n01,Farms\n,Nothing\n03,Shops\n");
    assertThat(failAt("sectors.csv", 3, 1).getMessage()).isEqualTo("sector code is empty");
    write("sectors.csv", "code,name\n01,Farms\n02,Factories\n03,Shops\n");
    write("industry.csv", "code,output\n01,100\n20,200\n03,300\n");
    assertThat(failAt("industry.csv", 3, 1).getMessage()).startsWith("unknown sector code '20'");
    write("industry.csv", "code,output\n01,100\n03,300\n");
    assertThat(fail(ExitCodes.BAD_MODEL).getMessage()).isEqualTo("no row for sector '02'");
    write("industry.csv", "code,output\n01,100\n02,200\n03,300\n");
    write("transactions.csv", "code,01,02,04\n01,1,2,0\n02,3,4,5\n03,0,6,7\n");
    assertThat(failAt("transactions.csv", 1, 12).getMessage()).startsWith("unknown sector code '04'");
  }

  @Test
  void longFormatDuplicatePair() throws IOException {
    Files.delete(dir.resolve("transactions.csv"));
    write("transactions-long.csv", "from,to,value\n01,02,1\n02,03,2\n01,02,3\n");
    assertThat(failAt("transactions-long.csv", 4, 1).getMessage())
        .isEqualTo("duplicate pair 01 -> 02 (also on line 2)");
  }

  @Test
  void csvStructureErrorsAreModelErrors() throws IOException {
    write("transactions.csv", "code,01,02,03\n01,1,2,0\n02,3,4\n03,0,6,7\n");
    assertThat(failAt("transactions.csv", 3, 6).getMessage()).isEqualTo("row has 3 fields, the header has 4");
    write("transactions.csv", "code,01,02,03\n01,1,\"2,0\n02,3,4,5\n");
    assertThat(failAt("transactions.csv", 2, 6).getMessage()).startsWith("unclosed quote");
  }

  @Test
  void bothOrNeitherTransactionFile() throws IOException {
    write("transactions-long.csv", "from,to,value\n");
    assertThat(fail(ExitCodes.BAD_MODEL).getMessage()).contains("keep exactly one");
    Files.delete(dir.resolve("transactions.csv"));
    Files.delete(dir.resolve("transactions-long.csv"));
    assertThat(fail(ExitCodes.IO).getMessage()).contains("has no transactions.csv or transactions-long.csv");
  }

  @Test
  void missingFilesAreIoErrors() throws IOException {
    Files.delete(dir.resolve("model.yaml"));
    assertThat(fail(ExitCodes.IO).oneLine()).isEqualTo(dir + ": model folder " + dir + " has no model.yaml");
    InputException e = catchThrowableOfType(InputException.class, () -> ModelReader.read(dir.resolve("nope")));
    assertThat(e.exitCode()).isEqualTo(ExitCodes.IO);
  }

  @Test
  void modelYamlErrors() throws IOException {
    write("model.yaml", "name: tiny\nunit_factr: 1000\n");
    InputException e = failAt("model.yaml", 2, 1);
    assertThat(e.getMessage()).isEqualTo("unknown key 'unit_factr'; did you mean 'unit_factor'?");
    write("model.yaml", "name: tiny\nunit_factor: 0\n");
    assertThat(failAt("model.yaml", 2, 1).getMessage()).startsWith("must be a positive number");
    write("model.yaml", "name: tiny\nsources:\n  - publisher: x\n");
    InputException s = failAt("model.yaml", 3, 5);
    assertThat(s.field()).isEqualTo("sources[0]");
    write("model.yaml", "name: tiny\nunit_factor: 1e400\n");
    assertThat(failAt("model.yaml", 2, 14).getMessage()).isEqualTo("not a finite number: 1e400");
  }

  @Test
  void readsABundledModelFromTheClasspath() {
    LoadedModel m = ModelReader.readBundled("tiny-test");
    assertThat(m.location()).isEqualTo("classpath:/models/tiny-test/");
    assertThat(m.model().flow(0, 1)).isEqualTo(10);
    assertThat(m.model().flow(0, 0)).isZero();
    assertThat(m.model().has(Measure.JOBS)).isTrue();
    InputException e = catchThrowableOfType(InputException.class, () -> ModelReader.readBundled("tiny-tset"));
    assertThat(e.exitCode()).isEqualTo(ExitCodes.IO);
    assertThat(ModelReader.bundledNames()).contains("quebec-2021");
  }
}
