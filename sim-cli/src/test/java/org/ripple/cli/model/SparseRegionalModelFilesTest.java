package org.ripple.cli.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ripple.core.Model;
import org.ripple.core.ModelInfo;
import org.ripple.core.Regions;
import org.ripple.core.Sector;
import org.ripple.core.SectorIndex;
import org.ripple.core.linalg.CsrMatrix;
import org.ripple.core.linalg.Triplets;

/**
 * A block-sparse multi-regional model (three regions, each trading only with the next) is written as
 * {@code transactions-long.csv}, non-zeros only, and read back into CSR equal to what was written.
 */
class SparseRegionalModelFilesTest {
  @TempDir
  Path tmp;

  static Model model() {
    List<Sector> sectors = List.of(new Sector("A.x", "A x"), new Sector("A.y", "A y"), new Sector("B.x", "B x"),
        new Sector("B.y", "B y"), new Sector("C.x", "C x"), new Sector("C.y", "C y"));
    Triplets z = new Triplets();
    z.add(0, 0, 10);
    z.add(1, 0, 5);
    z.add(1, 1, 20);
    z.add(0, 3, 2.5); // A.x -> B.y
    z.add(2, 2, 8);
    z.add(3, 3, 12);
    z.add(3, 4, 1); // B.y -> C.x
    z.add(4, 5, 4);
    z.add(5, 5, 9);
    z.add(5, 0, 0.5); // C.y -> A.x
    Regions regions = Regions.of(List.of(new Regions.Region("A", "Ay"), new Regions.Region("B", "Bee"),
            new Regions.Region("C", "Sea")), new int[] {0, 0, 1, 1, 2, 2})
        .withHouseholds(new double[] {3, 0, 0, 2, 0, 0, 0, 1, 0, 0, 4, 0, 0, 0, 2, 0, 0, 3}, new double[] {30, 40, 50});
    return Model.builder(ModelInfo.named("three-regions"), SectorIndex.of(sectors))
        .transactions(z.toCsr(6, 6))
        .output(new double[] {100, 80, 60, 90, 70, 50})
        .employment(new double[] {1, 2, 3, 4, 5, 6})
        .labourIncome(new double[] {20, 10, 25, 15, 30, 20})
        .valueAdded(new double[] {40, 30, 35, 45, 40, 25})
        .regions(regions)
        .build();
  }

  @Test
  void writtenLongAndReadBackIntoCsr() throws IOException {
    Model m = model();
    assertThat(m.isSparse()).isTrue();
    Path dir = tmp.resolve("three");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(ModelWriter.TRANSACTIONS_CSV), "stale\n"); // a folder keeps one of the two
    ModelWriter.Provenance p = new ModelWriter.Provenance("L", "Attr", List.of(new ModelWriter.Source("S", null,
        null, 0, "u", null)), List.of());

    ModelWriter.write(m, p, dir);

    assertThat(dir.resolve(ModelWriter.TRANSACTIONS_CSV)).doesNotExist();
    assertThat(Files.readString(dir.resolve(ModelWriter.TRANSACTIONS_LONG_CSV))).isEqualTo("from,to,value\n"
        + "A.x,A.x,10\nA.x,B.y,2.5\nA.y,A.x,5\nA.y,A.y,20\nB.x,B.x,8\nB.y,B.y,12\nB.y,C.x,1\nC.x,C.y,4\n"
        + "C.y,A.x,0.5\nC.y,C.y,9\n");
    Model read = ModelReader.read(dir).model();
    assertThat(read.isSparse()).isTrue();
    CsrMatrix z = read.transactions();
    assertThat(z).isEqualTo(m.transactions());
    assertThat(read.regions()).isEqualTo(m.regions());
    assertThat(read.outputCopy()).isEqualTo(m.outputCopy());
    assertThat(read.householdIncome()).isEqualTo(m.householdIncome());
  }

  @Test
  void denseModelsAndNearlyFullSparseOnesKeepTheSquareTable() {
    Model m = model();
    ModelWriter.Provenance p = new ModelWriter.Provenance("L", "Attr", List.of(), List.of());
    assertThat(ModelWriter.render(m, p)).containsKey(ModelWriter.TRANSACTIONS_LONG_CSV)
        .doesNotContainKey(ModelWriter.TRANSACTIONS_CSV);
    Model dense = Model.builder(ModelInfo.named("d"), m.sectors()).transactions(m.transactionsCopy())
        .output(m.outputCopy()).build();
    assertThat(ModelWriter.render(dense, p)).containsKey(ModelWriter.TRANSACTIONS_CSV)
        .doesNotContainKey(ModelWriter.TRANSACTIONS_LONG_CSV);
  }
}
