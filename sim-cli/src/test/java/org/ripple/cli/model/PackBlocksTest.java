package org.ripple.cli.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;

/** The blocks of a {@link ModelPack}: the bytes {@link PackOut} writes, checked by hand, and read by {@link PackIn}. */
class PackBlocksTest {
  private static byte[] write(PackOut.Body body) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PackOut o = new PackOut(bytes, Integer.MAX_VALUE);
    body.write(o);
    o.finish();
    return bytes.toByteArray();
  }


  @Test
  void aStringBlockIsCountTotalLengthsThenTheUtf8Bytes() throws IOException {
    byte[] bytes = write(o -> o.strings(new String[] {"a", "é", ""}));
    // count 3, total 1 + 2 + 0 = 3 bytes, lengths 1, 2, 0 (little-endian ints), then 'a' (0x61) and é (0xC3 0xA9)
    byte[] block = {3, 0, 0, 0, 3, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0x61, (byte) 0xC3, (byte) 0xA9};
    assertThat(Arrays.copyOf(bytes, block.length)).isEqualTo(block);
    // then the trailer: the length before it (23) as a long, and the CRC-32C of those 23 bytes
    ByteBuffer trailer = ByteBuffer.wrap(bytes, block.length, 12).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(bytes).hasSize(23 + 12);
    assertThat(trailer.getLong()).isEqualTo(23);
    CRC32C crc = new CRC32C();
    crc.update(block);
    assertThat(trailer.getInt()).isEqualTo((int) crc.getValue());
    assertThat(new PackIn(ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN)).strings(3))
        .containsExactly("a", "é", "");
  }

  @Test
  void blocksLongerThanTheBufferReadBack() throws IOException {
    // 100,000 codes of 7 characters and 100,000 doubles: many 64 KiB buffers
    String[] codes = new String[100_000];
    double[] values = new double[codes.length];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = String.format("S%06d", i);
      values[i] = i * 0.5;
    }
    byte[] bytes = write(o -> {
      o.strings(codes);
      o.doubles(values);
      o.ints(new int[] {7, -1});
    });
    // 4 + 4 + 4 * 100,000 lengths + 7 * 100,000 bytes, 8 * 100,000 doubles, 2 ints, the trailer
    assertThat(bytes).hasSize(8 + 400_000 + 700_000 + 800_000 + 8 + 12);
    PackIn in = new PackIn(ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN));
    assertThat(in.strings(codes.length)).isEqualTo(codes);
    assertThat(in.doubles(values.length)).isEqualTo(values);
    assertThat(in.ints(2)).containsExactly(7, -1);
    assertThat(in.position()).isEqualTo(bytes.length - 12);
  }

  @Test
  void aBlockOfAnotherLengthOrWithBadLengthsIsRefused() throws IOException {
    byte[] bytes = write(o -> o.strings(new String[] {"ab", "c"}));
    assertThatThrownBy(() -> new PackIn(ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN)).strings(3))
        .isInstanceOf(IllegalArgumentException.class);
    byte[] bad = bytes.clone();
    bad[12] = 5; // the second length 5: past the 3 bytes of the block
    assertThatThrownBy(() -> new PackIn(ByteBuffer.wrap(bad).order(ByteOrder.LITTLE_ENDIAN)).strings(2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPackLongerThanItsLimitIsRefusedAsItIsWritten() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PackOut o = new PackOut(bytes, 100_000);
    assertThatThrownBy(() -> {
      o.doubles(new double[20_000]); // 160,000 bytes
      o.finish();
    }).isInstanceOf(PackOut.TooLarge.class);
  }
}
