package org.ripple.cli.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ripple.cli.Cli;

/**
 * {@code ripple schema}: a draft 2020-12 JSON Schema that every file in scenarios/ and {@code ripple init}'s starter
 * satisfy, that rejects unknown keys, and whose keys are exactly those the reader binds ({@link ScenarioFile}).
 * Validated with networknt's json-schema-validator (test scope only: Ripple itself does not validate with it; its
 * strict reader stays the authority and also checks what needs the model).
 */
class SchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static JsonNode schemaNode;
  private static Schema schema;

  @TempDir
  Path tmp;

  @BeforeAll
  static void load() throws IOException {
    Cli.Result r = Cli.run("schema");
    assertThat(r.exit()).as(r.err()).isZero();
    schemaNode = JSON.readTree(r.out());
    assertThat(schemaNode.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaNode);
  }

  static List<Error> validate(Path file) throws IOException {
    ObjectMapper m = file.toString().endsWith(".json") ? JSON : YAML;
    return schema.validate(m.readTree(file.toFile()));
  }

  static Stream<Path> scenarioFiles() throws IOException {
    return ScenarioFilesTestAccess.files();
  }

  @ParameterizedTest
  @MethodSource("scenarioFiles")
  void everyScenarioFileValidates(Path file) throws IOException {
    assertThat(validate(file)).as(file.toString()).isEmpty();
  }

  @Test
  void unknownKeysWrongTypesAndMissingShocksAreRejected() throws IOException {
    String[] bad = {
        "name: x\nclosure:\n  - name: s\n    sector: TRANSPORT\n    jobs: 1\n",
        "name: x\nclosures:\n  - name: s\n    sector: TRANSPORT\n    jobs: 1\n    colour: red\n",
        "name: x\nclosures:\n  - name: s\n    sector: TRANSPORT\n    jobs: \"12\"\n",
        "name: x\nclosures:\n  - name: s\n    sector: TRANSPORT\n",
        "name: x\nsubcontractors:\n  - name: s\n    sector: TRANSPORT\n    jobs: 1\n    mode: twice\n",
        "name: x\noffsets:\n  - name: o\n    sector: TRANSPORT\n    share: 1.5\n",
        "name: x\n",
        "description: no name\ndemand_changes:\n  - name: d\n    sector: TRANSPORT\n    amount: 5\n"};
    for (int i = 0; i < bad.length; i++) {
      Path f = tmp.resolve("bad" + i + ".yaml");
      Files.writeString(f, bad[i]);
      assertThat(validate(f)).as(bad[i]).isNotEmpty();
    }
    Path ok = tmp.resolve("ok.yaml");
    Files.writeString(ok, "name: x\ndemand_changes:\n  - name: d\n    sector: TRANSPORT\n    amount: -5\n");
    assertThat(validate(ok)).isEmpty();
  }

  @Test
  void schemaKeysAreExactlyTheReadersKeys() {
    check(ScenarioFile.class, schemaNode);
    JsonNode defs = schemaNode.get("$defs");
    check(ScenarioFile.ClosureEntry.class, defs.get("closure"));
    check(ScenarioFile.SubcontractorEntry.class, defs.get("subcontractor"));
    check(ScenarioFile.OffsetEntry.class, defs.get("offset"));
    check(ScenarioFile.DemandChangeEntry.class, defs.get("demandChange"));
  }

  private static void check(Class<?> record, JsonNode node) {
    Set<String> keys = new TreeSet<>();
    for (RecordComponent c : record.getRecordComponents()) {
      keys.add(c.getAccessor().getAnnotation(JsonProperty.class) != null
          ? c.getAccessor().getAnnotation(JsonProperty.class).value()
          : c.getAnnotation(JsonProperty.class) != null ? c.getAnnotation(JsonProperty.class).value() : c.getName());
    }
    Set<String> schemaKeys = new TreeSet<>();
    for (Iterator<String> it = node.get("properties").fieldNames(); it.hasNext(); ) {
      schemaKeys.add(it.next());
    }
    assertThat(schemaKeys).as(record.getSimpleName() + ": update scenario.schema.json with the reader")
        .isEqualTo(keys);
    assertThat(node.get("additionalProperties").asBoolean(true)).isFalse();
  }

  @Test
  void initWritesACommentedStarterThatValidatesAndRuns() throws IOException {
    Path starter = tmp.resolve("starter.yaml");
    Cli.Result r = Cli.run("init", "--out", starter.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String text = Files.readString(starter);
    assertThat(text).startsWith("#").contains("yaml-language-server: $schema=", "TRANSPORT: Transportation Services",
        "model: quebec-2021");
    assertThat(validate(starter)).isEmpty();
    Cli.Result run = Cli.run("run", starter.toString(), "--format", "json");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"offsets\"");
    assertThat(Cli.run("init").out()).isEqualTo(text);
    Cli.Result again = Cli.run("init", "--out", starter.toString());
    assertThat(again.exit()).as("refuses to overwrite").isEqualTo(org.ripple.cli.ExitCodes.IO);
  }
}
