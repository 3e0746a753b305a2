package org.ripple.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script {@code ./ripple} in a checkout that is moved after its class-data archive was recorded: its
 * standard output still carries only the result. The checkout is a minimal tree holding the script and a
 * {@code ripple.jar} made from this build's classes (dependencies on the jar's manifest class path), with every
 * source older than the jar, so the script runs the jar without building.
 */
class LauncherTest {
  @TempDir Path tmp;

  @Test
  void aMovedCheckoutPrintsOnlyTheResultOnStdout() throws Exception {
    Path first = tmp.resolve("first");
    checkout(first);
    Proc recording = launch(first, "multipliers", "--format", "json");
    assertEquals(0, recording.exit, recording.err);
    assertEquals(1, archives(first).size(), "the first run records one archive");
    Proc mapped = launch(first, "multipliers", "--format", "json");
    assertEquals(recording.out, mapped.out);
    assertEquals("", mapped.err);

    Path moved = tmp.resolve("elsewhere").resolve("moved");
    Files.createDirectories(moved.getParent());
    Files.move(first, moved);
    Proc afterMove = launch(moved, "multipliers", "--format", "json");
    assertEquals(0, afterMove.exit, afterMove.err);
    assertEquals("", afterMove.err);
    new ObjectMapper().readTree(afterMove.out); // valid JSON, nothing before or after it
    assertFalse(afterMove.out.contains("[warning]"));
    assertEquals(recording.out, afterMove.out);
    List<Path> after = archives(moved);
    assertEquals(1, after.size(), "the stale archive is replaced, not kept beside the new one: " + after);

    Proc again = launch(moved, "multipliers", "--format", "json");
    assertEquals(recording.out, again.out);
    assertEquals("", again.err);
    assertEquals(after, archives(moved), "the new archive is used, not recorded again");
  }

  @Test
  void aStaleArchiveUnderTheOldNameIsNeverMapped() throws Exception {
    Path dir = tmp.resolve("old");
    checkout(dir);
    // an archive of another JVM state under the name older launchers used: mapping it would print a cds warning
    Files.writeString(dir.resolve("sim-cli/target/ripple.jsa"), "not an archive");
    Proc p = launch(dir, "multipliers", "--format", "json");
    assertEquals(0, p.exit, p.err);
    assertEquals("", p.err);
    new ObjectMapper().readTree(p.out);
    assertFalse(Files.exists(dir.resolve("sim-cli/target/ripple.jsa")), "the old archive is removed");
  }

  /**
   * The work decides the JVM's flags: a model folder whose transactions file is above 16 MB gets the full compiler,
   * the parallel collector and (on a machine of 8 GiB or more, unless RIPPLE_JAVA_OPTS sizes the heap) a young
   * generation of 700 MB, whether it is named on the command line or by the `model:` key of a scenario file (YAML or
   * JSON, a folder next to the scenario); a small or bundled model keeps the short-run flags. The big folder holds a
   * sparse 17 MB file and no model.yaml, so each run fails at reading the model after the JVM has printed its flags.
   */
  @Test
  void aLargeModelNamedAnywhereGetsTheParallelCollectorAYoungGenerationAndC2WhereItPays() throws Exception {
    Path dir = tmp.resolve("flags");
    checkout(dir);
    Path scenarios = Files.createDirectories(tmp.resolve("work").resolve("big model é"));
    Path big = Files.createDirectories(scenarios.resolve("g200k"));
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.resolve("transactions-long.csv").toFile(), "rw")) {
      f.setLength(17L << 20);
    }
    Path small = Files.createDirectories(scenarios.resolve("small"));
    Files.writeString(small.resolve("transactions-long.csv"), "from,to,value\n");
    Files.writeString(scenarios.resolve("big.yaml"), "name: S\nmodel: g200k  # generated\nclosures: []\n");
    Files.writeString(scenarios.resolve("big.json"), "{\"name\": \"S\", \"model\": \"g200k\", \"closures\": []}\n");
    Files.writeString(scenarios.resolve("small.yaml"), "name: S\nmodel: 'small'\nclosures: []\n");
    String large = "-XX:+UseParallelGC";
    String shortRun = "-XX:TieredStopAtLevel=1";
    // run and multipliers on the iterative solvers: the parallel collector with C1
    for (String[] args : List.of(new String[] {"run", scenarios.resolve("big.yaml").toString()},
        new String[] {"run", scenarios.resolve("big.json").toString()},
        new String[] {"multipliers", "--model", big.toString()},
        new String[] {"multipliers", "--model=" + big})) {
      String flags = flags(dir, args);
      assertTrue(flags.contains(large) && flags.contains(shortRun), String.join(" ", args) + ": " + flags);
      assertTrue(flags.contains(YOUNG) == bigMemory(), String.join(" ", args) + ": " + flags);
    }
    // a heap the user sizes is left as it is
    String sized = flags(dir, List.of("-XX:+PrintCommandLineFlags", "-Xmx3g"), "run",
        scenarios.resolve("big.yaml").toString());
    assertTrue(sized.contains(large) && !sized.contains(YOUNG), sized);
    // dense LU, draws and every other command on a large model: the parallel collector with C2
    for (String[] args : List.of(new String[] {"linkages", "--model", big.toString()},
        new String[] {"validate", big.toString()},
        new String[] {"multipliers", "--model", big.toString(), "--solver", "dense-lu"},
        new String[] {"run", scenarios.resolve("big.yaml").toString(), "--solver=dense-lu"},
        new String[] {"run", scenarios.resolve("big.yaml").toString(), "--draws", "10"})) {
      String flags = flags(dir, args);
      assertTrue(flags.contains(large) && !flags.contains(shortRun), String.join(" ", args) + ": " + flags);
      assertTrue(flags.contains(YOUNG) == bigMemory(), String.join(" ", args) + ": " + flags);
    }
    for (String[] args : List.of(new String[] {"run", scenarios.resolve("small.yaml").toString()},
        new String[] {"multipliers", "--model", small.toString()}, new String[] {"models"})) {
      String flags = flags(dir, args);
      assertTrue(flags.contains(shortRun) && flags.contains("-XX:+UseSerialGC") && !flags.contains(YOUNG),
          String.join(" ", args) + ": " + flags);
    }
  }

  /** The young generation of 700 MB the launcher gives a large model, as the JVM prints it. */
  private static final String YOUNG = "-XX:NewSize=" + (700L << 20);

  /** Whether this machine has the 8 GiB of memory the launcher asks for before it sizes the young generation. */
  private static boolean bigMemory() {
    var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean();
    return os.getTotalMemorySize() >= 8L << 30;
  }

  /** The JVM flags the launcher started with ({@code -XX:+PrintCommandLineFlags}, printed to stderr). */
  private static String flags(Path dir, String... args) throws Exception {
    return flags(dir, List.of("-XX:+PrintCommandLineFlags"), args);
  }

  private static String flags(Path dir, List<String> javaOpts, String... args) throws Exception {
    Proc p = launch(dir, javaOpts, args);
    return p.err.lines().filter(l -> l.contains("-XX:")).findFirst().orElse("none in: " + p.err);
  }

  private record Proc(int exit, String out, String err) {}

  private static Proc launch(Path dir, String... args) throws Exception {
    return launch(dir, List.of(), args);
  }

  private static Proc launch(Path dir, List<String> javaOpts, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("bash", dir.resolve("ripple").toString()));
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile("launcher", ".out");
    Path err = Files.createTempFile("launcher", ".err");
    try {
      ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile());
      pb.environment().remove("RIPPLE_JAVA_OPTS");
      if (!javaOpts.isEmpty()) {
        pb.environment().put("RIPPLE_JAVA_OPTS", String.join(" ", javaOpts));
      }
      int exit = pb.start().waitFor();
      return new Proc(exit, Files.readString(out), Files.readString(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private static List<Path> archives(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir.resolve("sim-cli/target"))) {
      return s.filter(p -> p.getFileName().toString().endsWith(".jsa")).sorted().toList();
    }
  }

  /** The launcher, the files it checks for changes (dated in the past) and a jar of this build. */
  private static void checkout(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("sim-cli/target"));
    Files.copy(Cli.root().resolve("ripple"), dir.resolve("ripple"));
    FileTime past = FileTime.fromMillis(946_684_800_000L);
    for (String d : List.of("sim-core/src/main", "sim-cli/src/main", "models")) {
      Files.createDirectories(dir.resolve(d));
      Files.setLastModifiedTime(dir.resolve(d), past);
    }
    for (String f : List.of("pom.xml", "sim-core/pom.xml", "sim-cli/pom.xml")) {
      Files.writeString(dir.resolve(f), "");
      Files.setLastModifiedTime(dir.resolve(f), past);
    }
    writeJar(dir.resolve("sim-cli/target/ripple.jar"));
  }

  /** The classes and resources of this build's class-path folders; its jars on the manifest's class path. */
  private static void writeJar(Path jar) throws IOException {
    Manifest manifest = new Manifest();
    Attributes main = manifest.getMainAttributes();
    main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    main.put(Attributes.Name.MAIN_CLASS, Main.class.getName());
    List<String> jars = new ArrayList<>();
    List<Path> folders = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Path.of(entry).toAbsolutePath();
      if (Files.isDirectory(p)) {
        if (!p.endsWith("test-classes")) {
          folders.add(p);
        }
      } else if (p.toString().endsWith(".jar")) {
        jars.add(p.toUri().toString());
      }
    }
    main.put(Attributes.Name.CLASS_PATH, String.join(" ", jars));
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
      java.util.Set<String> written = new java.util.HashSet<>();
      for (Path folder : folders) {
        List<Path> files;
        try (Stream<Path> s = Files.walk(folder)) {
          files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
          String name = folder.relativize(f).toString().replace(File.separatorChar, '/');
          if (name.equals("META-INF/MANIFEST.MF") || !written.add(name)) {
            continue;
          }
          out.putNextEntry(new JarEntry(name));
          out.write(Files.readAllBytes(f));
          out.closeEntry();
        }
      }
    }
    assertTrue(Files.size(jar) > 0);
    assertTrue(new String(Files.readAllBytes(jar), 0, 2, StandardCharsets.ISO_8859_1).equals("PK"));
  }
}
