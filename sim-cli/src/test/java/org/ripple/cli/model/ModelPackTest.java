package org.ripple.cli.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ripple.cli.Cli;
import org.ripple.cli.ExitCodes;
import org.ripple.core.Model;

/**
 * {@code ripple model pack}: every bundled model (dense, multi-regional, with accepted negative flows) and generated
 * models (a small one read dense from {@code transactions-long.csv}, a large one read into CSR, one with zero-output
 * sectors) give the same model (sectors, names, every industry column, flows, regions), the same warnings and the
 * same bytes on every output from their text and from their pack; a truncated, bit-flipped, stale (any of its four
 * sources changed), foreign, format-1 or other-version pack is refused with one line and exit code 4, nothing
 * written; packing overwrites no input.
 */
class ModelPackTest {
  @TempDir
  static Path tmp;

  /** Generated models: 40 sectors (read into a dense array) and 700 (read into CSR). */
  static Path small;
  static Path large;

  @BeforeAll
  static void generate() {
    small = tmp.resolve("gen small");
    large = tmp.resolve("gen large");
    assertThat(Cli.run("model", "generate", "--sectors", "40", "--seed", "3", "--out", small.toString()).exit())
        .isZero();
    assertThat(Cli.run("model", "generate", "--sectors", "700", "--seed", "4", "--out", large.toString()).exit())
        .isZero();
  }

  private static int copies;

  static Stream<String> bundled() {
    return ModelReader.bundledNames().stream();
  }

  /** A copy of a bundled model's files (from the project's models/ folder) in a fresh folder. */
  private static Path copyOfBundled(String name) throws IOException {
    Path from = Cli.root().resolve("models").resolve(name);
    Path to = tmp.resolve("bundled é " + name + " " + copies++);
    Files.createDirectories(to);
    for (String file : ModelReader.FILES) {
      if (Files.exists(from.resolve(file))) {
        Files.copy(from.resolve(file), to.resolve(file));
      }
    }
    return to;
  }

  /** Every output compared: the multiplier table in CSV, JSON and as a table (with warnings), validate's report. */
  private static List<Cli.Result> outputs(Path model) {
    List<Cli.Result> results = new ArrayList<>();
    results.add(Cli.run("multipliers", "--model", model.toString(), "-f", "csv"));
    results.add(Cli.run("multipliers", "--model", model.toString(), "-f", "json"));
    results.add(Cli.run("multipliers", "--model", model.toString()));
    results.add(Cli.run("validate", model.toString()));
    return results;
  }

  private static void sameFromTextAndPack(Path model, List<String[]> runs) {
    List<Cli.Result> text = outputs(model);
    List<Cli.Result> textRuns = new ArrayList<>();
    runs.forEach(args -> textRuns.add(Cli.run(args)));
    Cli.Result pack = Cli.run("model", "pack", model.toString());
    assertThat(pack.exit()).as(pack.err()).isZero();
    assertThat(pack.out()).contains("wrote " + model.resolve(ModelReader.PACK));
    assertThat(Files.exists(model.resolve(ModelReader.PACK))).isTrue();
    List<Cli.Result> packed = outputs(model);
    List<Cli.Result> packedRuns = new ArrayList<>();
    runs.forEach(args -> packedRuns.add(Cli.run(args)));
    text.addAll(textRuns);
    packed.addAll(packedRuns);
    for (int k = 0; k < text.size(); k++) {
      assertThat(text.get(k).exit()).as(text.get(k).err()).isIn(ExitCodes.OK, 1);
      assertThat(packed.get(k).exit()).isEqualTo(text.get(k).exit());
      assertThat(packed.get(k).out()).as("output %d", k).isEqualTo(text.get(k).out());
      assertThat(packed.get(k).err()).as("messages %d", k).isEqualTo(text.get(k).err());
    }
  }

  @ParameterizedTest
  @MethodSource("bundled")
  void everyBundledModelGivesTheSameBytesFromItsPack(String name) throws IOException {
    Path model = copyOfBundled(name);
    List<String[]> runs = new ArrayList<>();
    if (name.equals("quebec-2021")) {
      runs.add(new String[] {"run", Cli.scenario("quebec-amazon-2025.yaml").toString(), "--model", model.toString(),
          "-f", "json"});
    }
    sameFromTextAndPack(model, runs);
    sameModelFromTextAndPack(model);
  }

  /**
   * The model read from the folder's pack is the model read from its text: flows, sectors with their names, output
   * and every other industry column, regions, metadata, warnings, what model.yaml accepts.
   */
  private static void sameModelFromTextAndPack(Path model) throws IOException {
    assertThat(Files.exists(model.resolve(ModelReader.PACK))).isTrue();
    LoadedModel packed = ModelReader.read(model);
    byte[] pack = Files.readAllBytes(model.resolve(ModelReader.PACK));
    Files.delete(model.resolve(ModelReader.PACK));
    LoadedModel text = ModelReader.read(model);
    Files.write(model.resolve(ModelReader.PACK), pack);
    Model fromPack = packed.model();
    Model fromText = text.model();
    assertThat(fromPack.isSparse()).isEqualTo(fromText.isSparse());
    assertThat(fromPack.transactions()).isEqualTo(fromText.transactions());
    assertThat(fromPack).isEqualTo(fromText); // Model.equals: codes, every industry column, flows, regions
    assertThat(fromPack.sectors().sectors()).isEqualTo(fromText.sectors().sectors()); // with the names
    assertThat(packed.warnings()).isEqualTo(text.warnings());
    assertThat(packed.accepted()).isEqualTo(text.accepted());
  }

  @Test
  void generatedModelsGiveTheSameBytesFromTheirPacks() throws IOException {
    Path scenario = tmp.resolve("closure.yaml");
    Files.writeString(scenario, "name: closure\nclosures:\n  - {name: Plant, sector: S000007, annual_output: 100}\n");
    for (Path model : List.of(small, large)) {
      List<String[]> runs = new ArrayList<>();
      runs.add(new String[] {"run", scenario.toString(), "--model", model.toString(), "-f", "csv"});
      runs.add(new String[] {"run", scenario.toString(), "--model", model.toString(), "-f", "json"});
      sameFromTextAndPack(model, runs);
      sameModelFromTextAndPack(model);
    }
  }

  /** A copy of the small generated model, in a fresh folder. */
  private static Path copyOfSmall(String name) throws IOException {
    Path m = tmp.resolve(name);
    Files.createDirectories(m);
    for (String f : List.of("model.yaml", "sectors.csv", "transactions-long.csv", "industry.csv")) {
      Files.copy(small.resolve(f), m.resolve(f));
    }
    return m;
  }

  @Test
  void zeroOutputSectorsGiveTheSameWarningsFromThePack() throws IOException {
    Path m = copyOfSmall("zero output");
    Path industry = m.resolve("industry.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(industry));
    // lines 4 and 11 are the rows of S000002 and S000009 (the header is line 1): output set to 0
    for (int line : new int[] {4, 11}) {
      String row = lines.get(line - 1);
      int comma = row.indexOf(',');
      lines.set(line - 1, row.substring(0, comma + 1) + "0" + row.substring(row.indexOf(',', comma + 1)));
    }
    Files.write(industry, lines);
    sameFromTextAndPack(m, List.of());
    sameModelFromTextAndPack(m);
    // "S000002," is 8 characters: the output cell starts in column 9
    String warning = "ripple: warning: " + industry + ":4:9: column \"output\": sector S000002 has zero output; its "
        + "coefficients are zero";
    Cli.Result fromPack = Cli.run("multipliers", "--model", m.toString(), "-f", "csv");
    assertThat(fromPack.err()).contains(warning).contains(industry + ":11:9: column \"output\": sector S000009 "
        + "has zero output");
  }

  /** A fresh packed copy of the large generated model. */
  private static Path packedCopy(String name) throws IOException {
    Path m = tmp.resolve(name);
    Files.createDirectories(m);
    for (String f : List.of("model.yaml", "sectors.csv", "transactions-long.csv", "industry.csv")) {
      Files.copy(large.resolve(f), m.resolve(f));
    }
    Cli.Result r = Cli.run("model", "pack", m.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    return m;
  }

  /** The one line of a refused pack: exit 4, names the pack, writes nothing. */
  private static String refused(Path model) {
    Path out = model.resolveSibling(model.getFileName() + "-out.csv");
    Cli.Result r = Cli.run("multipliers", "--model", model.toString(), "-f", "csv", "-o", out.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.BAD_MODEL);
    assertThat(r.err().lines().count()).as(r.err()).isEqualTo(1);
    assertThat(r.err()).startsWith("ripple: " + model.resolve(ModelReader.PACK) + ": ");
    assertThat(r.err()).contains("run 'ripple model pack " + model + "' again, or delete the pack");
    assertThat(r.out()).isEmpty();
    assertThat(Files.exists(out)).isFalse();
    return r.err();
  }

  @Test
  void aTruncatedPackIsRefused() throws IOException {
    Path m = packedCopy("truncated");
    Path pack = m.resolve(ModelReader.PACK);
    byte[] bytes = Files.readAllBytes(pack);
    Files.write(pack, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    assertThat(refused(m)).contains("is truncated");
    Files.write(pack, java.util.Arrays.copyOf(bytes, 10));
    assertThat(refused(m)).contains("is truncated");
  }

  @Test
  void aBitFlipAnywhereIsRefused() throws IOException {
    Path m = packedCopy("flipped");
    Path pack = m.resolve(ModelReader.PACK);
    byte[] bytes = Files.readAllBytes(pack);
    java.util.Random random = new java.util.Random(18);
    // the header, a value in the middle, the last byte of the flows, and seeded places anywhere after the version
    List<Integer> places = new ArrayList<>(List.of(13, bytes.length / 2, bytes.length - 13));
    // inside the sectors' string block (the first code's bytes) and the industry columns (the first output's bytes)
    int code = indexOf(bytes, "S000000".getBytes(StandardCharsets.US_ASCII));
    assertThat(code).isPositive();
    places.add(code + 3);
    double output = ModelReader.read(large).model().output(0);
    byte[] outputBytes = java.nio.ByteBuffer.allocate(8).order(java.nio.ByteOrder.LITTLE_ENDIAN).putDouble(output)
        .array();
    int cell = indexOf(bytes, outputBytes);
    assertThat(cell).isPositive();
    places.add(cell + 7);
    for (int k = 0; k < 5; k++) {
      places.add(12 + random.nextInt(bytes.length - 12));
    }
    for (int at : places) {
      byte[] flipped = bytes.clone();
      flipped[at] ^= (byte) (1 << random.nextInt(8));
      Files.write(pack, flipped);
      String line = refused(m);
      assertThat(line).as("byte %d", at).containsAnyOf("is corrupt", "is truncated");
    }
  }

  private static int indexOf(byte[] bytes, byte[] part) {
    for (int at = 0; at + part.length <= bytes.length; at++) {
      if (java.util.Arrays.equals(bytes, at, at + part.length, part, 0, part.length)) {
        return at;
      }
    }
    return -1;
  }

  @Test
  void aWrongVersionOrAForeignFileIsRefused() throws IOException {
    Path m = packedCopy("version");
    Path pack = m.resolve(ModelReader.PACK);
    byte[] bytes = Files.readAllBytes(pack);
    bytes[8] = 3; // the format version, little-endian, after the 8-byte magic
    Files.write(pack, bytes);
    assertThat(refused(m)).contains("has pack format 3, this Ripple reads format " + ModelPack.VERSION);
    Files.writeString(pack, "from,to,value\n");
    assertThat(refused(m)).contains("is not a Ripple model pack");
  }

  /**
   * A pack of format 1 (the transactions only: after the version, the kind, n, three sources, the negative cells and
   * the flows, then the trailer), as the previous Ripple wrote it for the small model, is refused: pack again.
   */
  @Test
  void aFormatOnePackIsRefused() throws IOException {
    Path m = copyOfSmall("format 1");
    Model model = ModelReader.read(m).model();
    assertThat(model.isSparse()).isFalse();
    try (java.io.OutputStream file = Files.newOutputStream(m.resolve(ModelReader.PACK))) {
      PackOut o = new PackOut(file, Integer.MAX_VALUE);
      o.bytes("RIPLPACK".getBytes(StandardCharsets.US_ASCII));
      o.i(1);
      o.i(1); // dense
      o.i(model.size());
      o.i(3);
      for (String name : List.of("model.yaml", "sectors.csv", "transactions-long.csv")) {
        long[] identity = ModelPack.identity(m.resolve(name));
        o.text(name);
        o.l(identity[0]);
        o.i((int) identity[1]);
      }
      o.i(0);
      o.doubles(model.transactionsCopy());
      o.finish();
    }
    assertThat(ModelPack.VERSION).isEqualTo(2);
    assertThat(refused(m)).isEqualTo("ripple: " + m.resolve(ModelReader.PACK) + ": has pack format 1, this Ripple "
        + "reads format 2; run 'ripple model pack " + m + "' again, or delete the pack\n");
    assertThat(Cli.run("model", "pack", m.toString()).exit()).isZero();
    assertThat(Cli.run("multipliers", "--model", m.toString(), "-f", "csv").exit()).isZero();
  }

  @Test
  void aPackIsStaleWhenSectorsOrIndustryChanged() throws IOException {
    Path m = packedCopy("stale tables");
    for (String name : List.of("sectors.csv", "industry.csv")) {
      Path file = m.resolve(name);
      byte[] before = Files.readAllBytes(file);
      // the last character of the second line (a digit of a sector's name or of a number): same size, other bytes
      String text = new String(before, StandardCharsets.UTF_8);
      int at = text.indexOf('\n', text.indexOf('\n') + 1) - 1;
      char c = text.charAt(at) == '1' ? '2' : '1';
      Files.writeString(file, text.substring(0, at) + c + text.substring(at + 1));
      assertThat(refused(m)).contains("is stale: " + name + " changed since the pack was written");
      Files.write(file, before);
      assertThat(Cli.run("multipliers", "--model", m.toString(), "-f", "csv").exit()).isZero();
    }
    // a source deleted after packing: the same line and exit code (a missing file, 5) as from the text
    Files.delete(m.resolve("industry.csv"));
    Cli.Result fromPack = Cli.run("multipliers", "--model", m.toString(), "-f", "csv");
    Files.delete(m.resolve(ModelReader.PACK));
    Cli.Result fromText = Cli.run("multipliers", "--model", m.toString(), "-f", "csv");
    assertThat(fromText.exit()).isEqualTo(ExitCodes.IO);
    assertThat(fromText.err()).isEqualTo("ripple: " + m + ": model folder " + m + " has no industry.csv\n");
    assertThat(fromPack.exit()).isEqualTo(fromText.exit());
    assertThat(fromPack.err()).isEqualTo(fromText.err());
  }

  /**
   * regions.csv is read from its text (not a source of the pack): a region renamed after packing is the same error,
   * naming the sector's cell in sectors.csv, from the pack as from the text.
   */
  @Test
  void anUnknownRegionIsTheSameErrorFromThePack() throws IOException {
    Path m = copyOfBundled("canada-provinces-2021");
    assertThat(Cli.run("model", "pack", m.toString()).exit()).isZero();
    Path regions = m.resolve("regions.csv");
    Files.writeString(regions, Files.readString(regions).replace("\nPE,", "\nPX,"));
    Cli.Result fromPack = Cli.run("multipliers", "--model", m.toString(), "-f", "csv");
    Files.delete(m.resolve(ModelReader.PACK));
    Cli.Result fromText = Cli.run("multipliers", "--model", m.toString(), "-f", "csv");
    assertThat(fromText.exit()).isEqualTo(ExitCodes.BAD_MODEL);
    assertThat(fromText.err()).contains("sectors.csv:").contains("unknown region 'PE'");
    assertThat(fromPack.exit()).isEqualTo(fromText.exit());
    assertThat(fromPack.err()).isEqualTo(fromText.err());
  }

  @Test
  void aPackOfChangedFilesIsStaleUntilPackedAgain() throws IOException {
    Path m = packedCopy("stale");
    Path flows = m.resolve("transactions-long.csv");
    String text = Files.readString(flows);
    // one digit changed: the same size, another checksum
    int at = text.indexOf('\n', text.indexOf('\n') + 1) - 1;
    char digit = text.charAt(at) == '1' ? '2' : '1';
    Files.writeString(flows, text.substring(0, at) + digit + text.substring(at + 1));
    assertThat(refused(m)).contains("is stale: transactions-long.csv changed since the pack was written");
    Files.writeString(flows, text);
    assertThat(Cli.run("multipliers", "--model", m.toString(), "-f", "csv").exit()).isZero();
    Files.writeString(m.resolve("model.yaml"), Files.readString(m.resolve("model.yaml")) + "# edited\n");
    assertThat(refused(m)).contains("is stale: model.yaml changed since the pack was written");
    assertThat(Cli.run("model", "pack", m.toString()).exit()).isZero(); // packed again: used again

    assertThat(Cli.run("multipliers", "--model", m.toString(), "-f", "csv").exit()).isZero();
  }

  @Test
  void aPackOfTheLongFileIsStaleWhenTheModelHasADenseTableInstead() throws IOException {
    Path m = copyOfBundled("uk-2010");
    assertThat(Cli.run("model", "pack", m.toString()).exit()).isZero();
    Path other = tmp.resolve("long instead");
    Files.createDirectories(other);
    Path sparse = small;
    for (String f : List.of("model.yaml", "sectors.csv", "transactions-long.csv", "industry.csv")) {
      Files.copy(sparse.resolve(f), other.resolve(f));
    }
    assertThat(Cli.run("model", "pack", other.toString()).exit()).isZero();
    Files.delete(other.resolve("transactions-long.csv"));
    Model dense = ModelReader.read(small).model();
    StringBuilder table = new StringBuilder("code");
    int n = dense.size();
    for (int j = 0; j < n; j++) {
      table.append(',').append(dense.sectors().at(j).code());
    }
    table.append('\n');
    double[] z = dense.transactionsCopy();
    for (int i = 0; i < n; i++) {
      table.append(dense.sectors().at(i).code());
      for (int j = 0; j < n; j++) {
        table.append(',').append(org.ripple.cli.io.Numbers.shortest(z[i * n + j]));
      }
      table.append('\n');
    }
    Files.writeString(other.resolve("transactions.csv"), table);
    assertThat(refused(other)).contains("is stale: it was made from transactions-long.csv, the model now has "
        + "transactions.csv");
  }

  @Test
  void packingOverwritesNoInputAndReplacesItsOwnPack() throws IOException {
    Path m = packedCopy("inputs");
    Map<String, byte[]> before = new LinkedHashMap<>();
    for (String f : List.of("model.yaml", "sectors.csv", "transactions-long.csv", "industry.csv")) {
      before.put(f, Files.readAllBytes(m.resolve(f)));
    }
    byte[] pack = Files.readAllBytes(m.resolve(ModelReader.PACK));
    Cli.Result again = Cli.run("model", "pack", m.toString());
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(Files.readAllBytes(m.resolve(ModelReader.PACK))).isEqualTo(pack); // same files, same bytes
    for (var e : before.entrySet()) {
      assertThat(Files.readAllBytes(m.resolve(e.getKey()))).as(e.getKey()).isEqualTo(e.getValue());
    }
    try (Stream<Path> files = Files.list(m)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("model.yaml",
          "sectors.csv", "transactions-long.csv", "industry.csv", ModelReader.PACK);
    }
    // an output may not overwrite the pack of the model it reads
    Cli.Result over = Cli.run("multipliers", "--model", m.toString(), "-f", "csv", "-o",
        m.resolve(ModelReader.PACK).toString(), "--force");
    assertThat(over.exit()).isEqualTo(ExitCodes.IO);
    assertThat(Files.readAllBytes(m.resolve(ModelReader.PACK))).isEqualTo(pack);
  }

  @Test
  void aBundledNameOrAMissingFolderIsRefused() {
    Cli.Result bundled = Cli.run("model", "pack", "quebec-2021");
    assertThat(bundled.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(bundled.err()).isEqualTo("ripple: quebec-2021: is a bundled model, read from the jar; give a model "
        + "folder\n");
    Cli.Result missing = Cli.run("model", "pack", tmp.resolve("nowhere").toString());
    assertThat(missing.exit()).isEqualTo(ExitCodes.IO);
    assertThat(missing.err()).startsWith("ripple: ").contains("model folder does not exist");
    assertThat(new String(missing.err().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).lines().count())
        .isEqualTo(1);
  }
}
