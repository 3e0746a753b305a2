package org.ripple.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ripple.cli.model.Models;

/**
 * Two commands writing one new folder at the same moment, without {@code --force}: exactly one succeeds, the other is
 * refused with exit 5 and one {@code ripple:} line, and the folder holds the winner's files only, with no temporary
 * file, staging folder or claim left behind (the model commands, through {@code ModelOutput} and
 * {@code model generate}, and {@code report --png}).
 */
class FolderRaceCliTest {
  @TempDir
  Path dir;

  /** Runs two commands at once, {@code rounds} times; {@code args} gives writer w's command line of a round. */
  private void race(int rounds, java.util.function.BiFunction<Integer, Integer, String[]> args, IntFunction<Path> target,
      java.util.function.Consumer<Path> winnerCheck) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < rounds; round++) {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Cli.Result>> results = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
          String[] a = args.apply(round, w);
          results.add(pool.submit(() -> {
            start.await();
            return Cli.run(a);
          }));
        }
        int won = 0;
        for (Future<Cli.Result> f : results) {
          Cli.Result r = f.get(120, TimeUnit.SECONDS);
          if (r.exit() == 0) {
            won++;
          } else {
            assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.IO);
            assertThat(r.err()).as("round " + round).hasLineCount(1).startsWith("ripple: ")
                .contains(target.apply(round).toString());
            assertThat(r.out()).isEmpty();
          }
        }
        assertThat(won).as("round " + round).isEqualTo(1);
        winnerCheck.accept(target.apply(round));
      }
    } finally {
      pool.shutdownNow();
    }
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).as("nothing hidden left next to the folders")
          .noneMatch(n -> n.startsWith("."));
    }
  }

  private static List<String> names(Path folder) {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void twoGeneratesIntoOneNewFolderOneWins() throws Exception {
    race(12, (round, w) -> new String[] {"model", "generate", "--sectors", "400", "--seed", Integer.toString(1 + w),
        "-o", dir.resolve("gen-" + round).toString()}, round -> dir.resolve("gen-" + round), folder -> {
          assertThat(names(folder)).containsExactly("industry.csv", "model.yaml", "sectors.csv",
              "transactions-long.csv");
          assertThat(Cli.run("validate", folder.toString()).exit()).isZero();
        });
  }

  @Test
  void twoAggregatesIntoOneNewFolderOneWins() throws Exception {
    StringBuilder map = new StringBuilder("sector,group\n");
    for (String code : Models.bundled("quebec-2021").model().sectors().codes()) {
      map.append(code).append(',').append(code.compareTo("M") < 0 ? "LOW" : "HIGH").append('\n');
    }
    Path mapFile = Files.writeString(dir.resolve("map.csv"), map);
    Path other = Files.writeString(dir.resolve("map2.csv"), map.toString().replace("LOW", "FIRST"));
    race(12, (round, w) -> new String[] {"model", "aggregate", "quebec-2021", "--map", (w == 0 ? mapFile : other)
        .toString(), "-o", dir.resolve("agg-" + round).toString()}, round -> dir.resolve("agg-" + round),
        folder -> {
          assertThat(names(folder)).containsExactly("industry.csv", "model.yaml", "sectors.csv", "transactions.csv");
          String sectors = Cli.run("validate", folder.toString()).out();
          assertThat(sectors).contains("2 sectors");
        });
  }

  @Test
  void twoReportsWithPngsIntoOneNewFolderOneWins() throws Exception {
    String scenario = Cli.scenario("quebec-amazon-2025.yaml").toString();
    String other = Cli.scenario("quebec-amazon-2025-additive.yaml").toString();
    race(4, (round, w) -> new String[] {"report", w == 0 ? scenario : other, "-o", dir.resolve("r-" + round + "-" + w
        + ".html").toString(), "--png", dir.resolve("png-" + round).toString()}, round -> dir.resolve("png-" + round),
        folder -> {
          int round = Integer.parseInt(folder.getFileName().toString().substring(4));
          // the loser wrote no page either; the winner's page and charts are all there
          long pages = Stream.of(0, 1).filter(w -> Files.exists(dir.resolve("r-" + round + "-" + w + ".html")))
              .count();
          assertThat(pages).isEqualTo(1);
          assertThat(names(folder)).isNotEmpty().allMatch(n -> n.endsWith(".png"));
        });
  }
}
