package org.ripple.cli.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ripple.cli.ExitCodes;

/** All-or-nothing output: output = input, existing file, missing folder, failure half-way. */
class AtomicOutputTest {
  @TempDir
  Path dir;

  private List<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  private static InputException refused(Runnable r) {
    InputException e = catchThrowableOfType(InputException.class, r::run);
    assertThat(e).isNotNull();
    assertThat(e.exitCode()).isEqualTo(ExitCodes.IO);
    return e;
  }

  @Test
  void writesAndRefusesToOverwriteWithoutForce() throws IOException {
    Path out = dir.resolve("out.csv");
    AtomicOutput.write(out, "a\n", false, List.of());
    assertThat(Files.readString(out)).isEqualTo("a\n");
    InputException e = refused(() -> AtomicOutput.write(out, "b\n", false, List.of()));
    assertThat(e.oneLine()).isEqualTo(out + " exists; use --force to overwrite");
    assertThat(Files.readString(out)).isEqualTo("a\n");
    AtomicOutput.write(out, "b\n", true, List.of());
    assertThat(Files.readString(out)).isEqualTo("b\n");
    assertThat(files()).containsExactly(out);
  }

  @Test
  void refusesAnInputAsOutputEvenWithForce() throws IOException {
    Path in = Files.writeString(dir.resolve("in.yaml"), "x");
    InputException e = refused(() -> AtomicOutput.write(dir.resolve(".").resolve("in.yaml"), "y", true, List.of(in)));
    assertThat(e.getMessage()).contains("is also an input file");
    assertThat(Files.readString(in)).isEqualTo("x");
  }

  @Test
  void missingFolder() {
    InputException e = refused(() -> AtomicOutput.write(dir.resolve("no/such/out.csv"), "x", false, List.of()));
    assertThat(e.getMessage()).contains("does not exist");
  }

  @Test
  void failureHalfWayLeavesNoTempAndKeepsTheOldFile() throws IOException {
    Path out = Files.writeString(dir.resolve("out.csv"), "old");
    InputException e = refused(() -> AtomicOutput.write(out, true, List.of(), o -> {
      o.write("partial".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    }));
    assertThat(e.getMessage()).isEqualTo("cannot write: disk full");
    assertThat(Files.readString(out)).isEqualTo("old");
    assertThat(files()).containsExactly(out);
  }
}
