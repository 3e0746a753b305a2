package org.ripple.cli.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ripple.cli.ExitCodes;

/**
 * Two writers of one output without --force: exactly one succeeds, the other is refused, and the file is the
 * winner's, whole; and SIGTERM in the middle of a write leaves no temporary file (the shutdown hook of
 * {@link TempFiles}, in a child JVM).
 */
class AtomicOutputRaceTest {
  @TempDir
  Path dir;

  @Test
  void twoWritersOfOneTargetWithoutForceOneWins() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 50; round++) {
        Path target = dir.resolve("out-" + round + ".csv");
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<String>> results = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
          byte[] content = ("writer " + w + "\n").repeat(10_000).getBytes(StandardCharsets.UTF_8);
          results.add(pool.submit(() -> {
            start.await();
            try {
              AtomicOutput.write(target, false, List.of(), out -> out.write(content));
              return new String(content, StandardCharsets.UTF_8);
            } catch (InputException e) {
              assertThat(e.exitCode()).isEqualTo(ExitCodes.IO);
              assertThat(e.oneLine()).isEqualTo(target + " exists; use --force to overwrite");
              return null;
            }
          }));
        }
        List<String> won = new ArrayList<>();
        for (Future<String> f : results) {
          String s = f.get(30, TimeUnit.SECONDS);
          if (s != null) {
            won.add(s);
          }
        }
        assertThat(won).as("round " + round).hasSize(1);
        assertThat(Files.readString(target)).isEqualTo(won.get(0));
      }
    } finally {
      pool.shutdownNow();
    }
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).allMatch(n -> n.startsWith("out-") && n.endsWith(".csv"));
    }
    assertThat(TempFiles.live()).isEmpty();
  }

  /** The child JVM: starts writing an output that never ends, says so, and waits to be stopped. */
  public static void main(String[] args) {
    Path target = Path.of(args[0]);
    AtomicOutput.write(target, false, List.of(), out -> {
      out.write("started\n".getBytes(StandardCharsets.UTF_8));
      out.flush();
      System.out.println("writing");
      System.out.flush();
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
  }

  @Test
  void sigtermInTheMiddleOfAWriteLeavesNothing() throws IOException, InterruptedException {
    Path out = dir.resolve("slow.csv");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), AtomicOutputRaceTest.class.getName(), out.toString())
        .redirectErrorStream(true).start();
    try {
      String line = new String(p.getInputStream().readNBytes("writing\n".length()), StandardCharsets.UTF_8);
      assertThat(line).isEqualTo("writing\n");
      try (Stream<Path> s = Files.list(dir)) {
        assertThat(s.toList()).as("the temporary file while writing").hasSize(1);
      }
      p.destroy(); // SIGTERM
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).isNotZero();
    } finally {
      p.destroyForcibly();
    }
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.toList()).isEmpty();
    }
  }
}
