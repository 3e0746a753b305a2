package org.ripple.cli.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ripple.cli.ExitCodes;

/** The YAML and JSON reader: every bad input is one line with file:line:col and the field path. */
class StrictReaderTest {
  record Item(String code, double jobs) {}

  record Doc(String name, String sector, double jobs, Integer years, List<Item> items, List<Item> closures) {}

  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.write(dir.resolve(name), content.getBytes(StandardCharsets.UTF_8));
  }

  private Doc read(String name, String content) throws IOException {
    return StrictReader.read(write(name, content), Doc.class, ExitCodes.BAD_SCENARIO);
  }

  private InputException fail(String name, String content) throws IOException {
    Path file = write(name, content);
    InputException e = catchThrowableOfType(InputException.class,
        () -> StrictReader.read(file, Doc.class, ExitCodes.BAD_SCENARIO));
    assertThat(e).as("expected an error for %s", content.substring(0, Math.min(80, content.length()))).isNotNull();
    assertThat(e.exitCode()).isEqualTo(ExitCodes.BAD_SCENARIO);
    assertThat(e.oneLine()).doesNotContain("\n").doesNotContain("com.fasterxml").doesNotContain("Exception")
        .doesNotContain("`").startsWith(file.toString());
    return e;
  }

  private InputException failYaml(String content) throws IOException {
    return fail("s.yaml", content);
  }

  private static void assertAt(InputException e, int line, int column) {
    assertThat(e.line()).as(e.oneLine()).isEqualTo(line);
    assertThat(e.column()).as(e.oneLine()).isEqualTo(column);
    assertThat(e.oneLine()).contains(":" + line + ":" + column + ": ");
  }

  @Test
  void readsAGoodFile() throws IOException {
    Doc d = read("s.yaml", "name: x\nsector: '31'\njobs: 12.5\nyears: 3\nitems:\n  - {code: a, jobs: 1}\n");
    assertThat(d).isEqualTo(new Doc("x", "31", 12.5, 3, List.of(new Item("a", 1)), null));
    Doc j = read("s.json", "{\"name\": \"x\", \"jobs\": 2}");
    assertThat(j.jobs()).isEqualTo(2.0);
    assertThat(j.years()).isNull();
  }

  @Test
  void billionLaughsIsRejectedAsAlias() throws IOException {
    StringBuilder sb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'i'; c++) {
      char p = (char) (c - 1);
      sb.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p)
          .append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p)
          .append(",*").append(p).append(",*").append(p).append("]\n");
    }
    InputException e = failYaml(sb.toString());
    assertThat(e.getMessage()).contains("anchors and aliases");
    assertAt(e, 1, 4);
  }

  @Test
  void manyAliasesToOneMapping() throws IOException {
    StringBuilder sb = new StringBuilder("name: x\njobs: 1\nitems:\n  - &c {code: a, jobs: 1}\n");
    for (int i = 0; i < 60; i++) {
      sb.append("  - *c\n");
    }
    InputException e = failYaml(sb.toString());
    assertThat(e.getMessage()).contains("anchors and aliases");
    assertAt(e, 4, 5);
    assertThat(e.field()).isEqualTo("items[0]");
  }

  @Test
  void aliasOfAScalarNamesTheField() throws IOException {
    InputException e = failYaml("name: &n x\njobs: 1\nsector: *n\n");
    assertThat(e.getMessage()).contains("anchors and aliases (*n)");
    assertThat(e.field()).isEqualTo("sector");
    assertAt(e, 3, 9);
  }

  @Test
  void deepNestingYamlAndJson() throws IOException {
    InputException y = failYaml("items: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
    assertThat(y.getMessage()).contains("nested more than 64 levels");
    assertThat(y.line()).isEqualTo(1);
    InputException j = fail("s.json", "{\"items\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}");
    assertThat(j.getMessage()).contains("nested more than 64 levels");
    assertThat(j.line()).isEqualTo(1);
    assertThat(j.column()).isGreaterThan(60);
  }

  @Test
  void hugeNumber() throws IOException {
    InputException e = failYaml("name: x\njobs: " + "9".repeat(5000) + "\n");
    assertThat(e.getMessage()).contains("number has more than 64 characters");
    assertThat(e.line()).isEqualTo(2);
  }

  @Test
  void overflowToInfinityIsNotFinite() throws IOException {
    InputException e = failYaml("name: x\njobs: 1e400\n");
    assertThat(e.getMessage()).isEqualTo("not a finite number: 1e400");
    assertThat(e.field()).isEqualTo("jobs");
    assertAt(e, 2, 7);
    InputException nested = failYaml("jobs: 1\nitems:\n  - code: a\n    jobs: -1e400\n");
    assertThat(nested.field()).isEqualTo("items[0].jobs");
    assertAt(nested, 4, 11);
    InputException json = fail("s.json", "{\"jobs\": 1e999}");
    assertThat(json.getMessage()).contains("not a finite number");
  }

  @Test
  void yamlNanAndInf() throws IOException {
    InputException nan = failYaml("name: x\njobs: .nan\n");
    assertThat(nan.getMessage()).isEqualTo("not a finite number: .nan");
    assertThat(nan.field()).isEqualTo("jobs");
    assertAt(nan, 2, 7);
    assertThat(failYaml("jobs: -.Inf\n").getMessage()).isEqualTo("not a finite number: -.Inf");
  }

  @Test
  void nullIsAnErrorNotZero() throws IOException {
    for (String v : List.of("null", "~")) {
      InputException e = failYaml("name: x\njobs: " + v + "\n");
      assertThat(e.getMessage()).isEqualTo("a value is required here, found " + v + "; leave the key out instead");
      assertThat(e.field()).isEqualTo("jobs");
      assertAt(e, 2, 7);
    }
    InputException boxed = failYaml("jobs: 1\nyears: ~\n");
    assertThat(boxed.getMessage()).startsWith("a value is required here, found ~");
    assertThat(boxed.field()).isEqualTo("years");
    InputException element = failYaml("jobs: 1\nitems:\n  - null\n");
    assertThat(element.getMessage()).startsWith("a value is required here, found null");
    assertThat(element.field()).isEqualTo("items[0]");
    InputException json = fail("s.json", "{\"jobs\": null}");
    assertThat(json.getMessage()).startsWith("a value is required here, found null");
    assertAt(json, 1, 10);
  }

  @Test
  void missingPrimitiveIsAnErrorNotZero() throws IOException {
    InputException e = failYaml("name: x\n");
    assertThat(e.getMessage()).isEqualTo("missing required key 'jobs'");
    assertThat(e.field()).isEqualTo("jobs");
  }

  @Test
  void quotedNumberIsText() throws IOException {
    InputException e = failYaml("name: x\njobs: \"12\"\n");
    assertThat(e.getMessage()).isEqualTo("expected a number, found text \"12\"");
    assertThat(e.field()).isEqualTo("jobs");
    assertAt(e, 2, 7);
    InputException json = fail("s.json", "{\n  \"jobs\": \"12\"\n}");
    assertThat(json.getMessage()).isEqualTo("expected a number, found text \"12\"");
    assertAt(json, 2, 11);
  }

  @Test
  void decimalIntoInteger() throws IOException {
    InputException e = failYaml("jobs: 1\nyears: 2.7\n");
    assertThat(e.getMessage()).isEqualTo("expected a whole number, found the decimal number 2.7");
    assertThat(e.field()).isEqualTo("years");
    assertAt(e, 2, 8);
  }

  @Test
  void outOfRangeInteger() throws IOException {
    InputException e = failYaml("jobs: 1\nyears: 1e10\n");
    assertThat(e.getMessage()).contains("whole number").contains("1e10");
    assertThat(e.field()).isEqualTo("years");
    InputException big = failYaml("jobs: 1\nyears: 10000000000\n");
    assertThat(big.getMessage()).isEqualTo("number 10000000000 is out of range for a whole number");
    assertThat(big.line()).isEqualTo(2);
  }

  @Test
  void duplicateKeys() throws IOException {
    InputException y = failYaml("name: x\njobs: 1\nname: y\n");
    assertThat(y.getMessage()).isEqualTo("duplicate key 'name'");
    assertThat(y.line()).isEqualTo(3);
    InputException j = fail("s.json", "{\"name\": \"x\",\n \"name\": \"y\", \"jobs\": 1}");
    assertThat(j.getMessage()).isEqualTo("duplicate key 'name'");
    assertThat(j.line()).isEqualTo(2);
  }

  @Test
  void typoSuggestsTheKey() throws IOException {
    InputException e = failYaml("name: x\njobs: 1\nclosure: []\n");
    assertThat(e.getMessage()).isEqualTo("unknown key 'closure'; did you mean 'closures'?");
    assertAt(e, 3, 1);
    InputException nested = failYaml("jobs: 1\nclosures:\n  - code: a\n    jbos: 3\n");
    assertThat(nested.getMessage()).isEqualTo("unknown key 'jbos'; did you mean 'jobs'?");
    assertThat(nested.field()).isEqualTo("closures[0].jbos");
    assertAt(nested, 4, 5);
    InputException far = failYaml("jobs: 1\nzzzzzzzzzz: 3\n");
    assertThat(far.getMessage()).startsWith("unknown key 'zzzzzzzzzz'; known keys: closures, items, jobs");
  }

  static boolean gadgetInitialised;

  /** Would flip the flag if anything instantiated it. */
  public static final class Gadget {
    static {
      gadgetInitialised = true;
    }
  }

  @Test
  void globalTagGadgetIsRejectedAndNothingIsLoaded() throws IOException {
    InputException e = failYaml("name: x\njobs: 1\nitems: !!org.ripple.cli.io.StrictReaderTest$Gadget [[\"http://localhost:1/\"]]\n");
    assertThat(e.getMessage()).contains("explicit tags (!!org.ripple.cli.io.StrictReaderTest$Gadget)");
    assertThat(e.field()).isEqualTo("items");
    assertAt(e, 3, 8);
    assertThat(gadgetInitialised).isFalse();
    InputException script = failYaml("items: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader "
        + "[[!!java.net.URL [\"http://localhost:1/\"]]]]\n");
    assertThat(script.getMessage()).contains("explicit tags (!!javax.script.ScriptEngineManager)");
  }

  @Test
  void localTag() throws IOException {
    InputException e = failYaml("name: !custom a\njobs: 1\n");
    assertThat(e.getMessage()).isEqualTo("explicit tags (!custom) are not supported");
    assertThat(e.field()).isEqualTo("name");
    assertAt(e, 1, 7);
  }

  @Test
  void coreTagsAreAllowed() throws IOException {
    assertThat(read("s.yaml", "sector: !!str 0700\njobs: !!float 3\n").sector()).isEqualTo("0700");
  }

  @Test
  void secondDocument() throws IOException {
    InputException e = failYaml("name: x\njobs: 1\n---\nname: y\njobs: 2\n");
    assertThat(e.getMessage()).contains("second document").contains("one document per file");
    assertThat(e.line()).isEqualTo(4);
    assertThat(read("s.yaml", "---\nname: x\njobs: 1\n...\n").name()).isEqualTo("x");
  }

  @Test
  void emptyFile() throws IOException {
    for (String content : List.of("", "   \n\n", "# only a comment\n")) {
      InputException e = failYaml(content);
      assertThat(e.getMessage()).isEqualTo("file is empty");
    }
    assertThat(fail("s.json", "").getMessage()).isEqualTo("file is empty");
  }

  @Test
  void codesStayText() throws IOException {
    Doc d = read("s.yaml", "name: NO\nsector: 0700\njobs: 1\nitems:\n  - {code: 1.10, jobs: 1}\n  - {code: yes, jobs: 2}\n"
        + "  - {code: 0x1F, jobs: 3}\n");
    assertThat(d.name()).isEqualTo("NO");
    assertThat(d.sector()).isEqualTo("0700");
    assertThat(d.items()).extracting(Item::code).containsExactly("1.10", "yes", "0x1F");
  }

  @Test
  void fileOver8MbIsRefusedBeforeParsing() throws IOException {
    byte[] big = new byte[(8 << 20) + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    Path file = Files.write(dir.resolve("big.yaml"), big);
    InputException e = catchThrowableOfType(InputException.class,
        () -> StrictReader.read(file, Doc.class, ExitCodes.BAD_SCENARIO));
    assertThat(e.getMessage()).isEqualTo("file is 8.0 MB; scenario files are limited to 8 MB; put matrices in CSV");
    assertThat(e.exitCode()).isEqualTo(ExitCodes.BAD_SCENARIO);
    assertThat(e.oneLine()).startsWith(file + ": ");
  }

  @Test
  void longStringAndLongKey() throws IOException {
    InputException s = failYaml("jobs: 1\nname: " + "a".repeat(100_001) + "\n");
    assertThat(s.getMessage()).isEqualTo("text value is longer than 100000 characters");
    assertThat(s.line()).isEqualTo(2);
    InputException k = fail("s.json", "{\"jobs\": 1, \"" + "k".repeat(300) + "\": 1}");
    assertThat(k.getMessage()).isEqualTo("key is longer than 256 characters");
    InputException ky = failYaml("jobs: 1\n" + "k".repeat(300) + ": 1\n");
    assertThat(ky.getMessage()).isEqualTo("key is longer than 256 characters");
  }

  @Test
  void trailingContent() throws IOException {
    InputException e = fail("s.json", "{\"jobs\": 1}\n{\"jobs\": 2}");
    assertThat(e.getMessage()).isEqualTo("unexpected content after the end of the document");
    assertAt(e, 2, 1);
  }

  @Test
  void jsonNanAndComments() throws IOException {
    InputException nan = fail("s.json", "{\"jobs\": NaN}");
    assertThat(nan.getMessage()).contains("not a finite number");
    assertThat(nan.line()).isEqualTo(1);
    InputException comment = fail("s.json", "{\n// hi\n\"jobs\": 1}");
    assertThat(comment.getMessage()).isEqualTo("comments are not allowed in JSON");
    assertAt(comment, 2, 1);
  }

  @Test
  void mergeKey() throws IOException {
    InputException e = failYaml("jobs: 1\nitems:\n  - <<: {code: a}\n    jobs: 1\n");
    assertThat(e.getMessage()).contains("merge keys (<<)");
    assertThat(e.field()).isEqualTo("items[0].<<");
    assertAt(e, 3, 5);
    InputException withAlias = failYaml("base: &b {code: a}\njobs: 1\n");
    assertThat(withAlias.getMessage()).contains("anchors and aliases (&b)");
  }

  @Test
  void tabIndentation() throws IOException {
    InputException e = failYaml("jobs: 1\nitems:\n\t- code: a\n");
    assertThat(e.getMessage()).startsWith("YAML syntax error").contains("TAB").contains("indent with spaces");
    assertAt(e, 3, 1);
  }

  @Test
  void invalidUtf8AndUtf16Bom() throws IOException {
    Path bad = Files.write(dir.resolve("bad.yaml"), new byte[] {'j', 'o', 'b', 's', ':', ' ', '1', '\n', 'a', (byte) 0xC3, '\n'});
    InputException e = catchThrowableOfType(InputException.class,
        () -> StrictReader.read(bad, Doc.class, ExitCodes.BAD_SCENARIO));
    assertThat(e.getMessage()).startsWith("file is not UTF-8");
    assertAt(e, 2, 2);
    Path utf16 = Files.write(dir.resolve("u16.yaml"), "jobs: 1\n".getBytes(StandardCharsets.UTF_16));
    InputException u = catchThrowableOfType(InputException.class,
        () -> StrictReader.read(utf16, Doc.class, ExitCodes.BAD_SCENARIO));
    assertThat(u.getMessage()).startsWith("file is not UTF-8");
    assertThat(u.exitCode()).isEqualTo(ExitCodes.BAD_SCENARIO);
    Path bom = Files.write(dir.resolve("bom.yaml"), ("\uFEFFname: x\njobs: 1\n").getBytes(StandardCharsets.UTF_8));
    assertThat(StrictReader.read(bom, Doc.class, ExitCodes.BAD_SCENARIO).name()).isEqualTo("x");
  }

  @Test
  void missingFileIsAnIoError() {
    InputException e = catchThrowableOfType(InputException.class,
        () -> StrictReader.read(dir.resolve("nope.yaml"), Doc.class, ExitCodes.BAD_SCENARIO));
    assertThat(e.exitCode()).isEqualTo(ExitCodes.IO);
    assertThat(e.oneLine()).endsWith("nope.yaml: no such file");
  }

  @Test
  void wrongShapes() throws IOException {
    assertThat(failYaml("jobs: 1\nitems: 3\n").getMessage()).isEqualTo("expected a list, found the whole number 3");
    assertThat(failYaml("jobs: [1]\n").getMessage()).isEqualTo("expected a number, found a list");
    assertThat(failYaml("- 1\n").getMessage()).startsWith("expected a mapping");
    assertThat(failYaml("jobs: true\n").getMessage()).isEqualTo("expected a number, found the yes/no value true");
    assertThat(failYaml("jobs: 1\nname: [a]\n").getMessage()).isEqualTo("expected text, found a list");
  }

  @Test
  void syntaxErrorsKeepTheirLocation() throws IOException {
    InputException y = failYaml("jobs: 1\nname: [a, b\n");
    assertThat(y.getMessage()).startsWith("YAML syntax error");
    assertThat(y.line()).isGreaterThan(1);
    InputException j = fail("s.json", "{\"jobs\": 1,,}");
    assertThat(j.getMessage()).startsWith("syntax error");
    assertAt(j, 1, 12);
  }
}
