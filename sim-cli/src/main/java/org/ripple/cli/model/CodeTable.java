package org.ripple.cli.model;

import org.ripple.core.SectorIndex;

/**
 * Sector codes to positions, looked up by a range of characters in a read buffer, so that reading millions of
 * {@code from,to,value} rows makes no String per code. Open addressing with linear probing over {@link String#hashCode}
 * (computed the same way on the characters), spread by Fibonacci hashing (Knuth, TAOCP vol. 3, 6.4): codes like
 * {@code S000001, S000002, ...} have nearly consecutive hashes, which would otherwise pile up in one run of slots. The
 * table is at most half full.
 *
 * <p>A large table does not fit in the processor's caches, so it is kept small and a lookup touches two places: its
 * slot (an int: where the code is stored) and the stored code (its length, position and Latin-1 bytes, side by side
 * in one byte array), about half the time of a table of Strings at 200,000 sectors. A code that is longer than 255
 * characters or not Latin-1 is not stored: looking it up gives -1, and the caller's slower path finds it.
 */
final class CodeTable {
  private static final int HEAD = 5; // length, then the position in 4 bytes
  /** Offset + 1 of the stored code in {@link #data}; 0 for an empty slot. */
  private final int[] slots;
  private final byte[] data;
  /** Offset of each position's code in {@link #data}, or -1 when it is not stored. */
  private final int[] offsets;
  private final int mask;
  private final int shift;

  private CodeTable(SectorIndex index) {
    int n = index.size();
    int capacity = Integer.highestOneBit(Math.max(4, 2 * n - 1)) << 1;
    slots = new int[capacity];
    mask = capacity - 1;
    shift = 32 - Integer.numberOfTrailingZeros(capacity);
    offsets = new int[n];
    long size = 0;
    for (int p = 0; p < n; p++) {
      String code = index.at(p).code();
      if (storable(code) && size + HEAD + code.length() < Integer.MAX_VALUE - 8) {
        offsets[p] = (int) size;
        size += HEAD + code.length();
      } else {
        offsets[p] = -1;
      }
    }
    data = new byte[(int) size];
    for (int p = 0; p < n; p++) {
      int offset = offsets[p];
      if (offset < 0) {
        continue;
      }
      String code = index.at(p).code();
      data[offset] = (byte) code.length();
      data[offset + 1] = (byte) (p >>> 24);
      data[offset + 2] = (byte) (p >>> 16);
      data[offset + 3] = (byte) (p >>> 8);
      data[offset + 4] = (byte) p;
      for (int k = 0; k < code.length(); k++) {
        data[offset + HEAD + k] = (byte) code.charAt(k);
      }
      int slot = slot(code.hashCode());
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = offset + 1;
    }
  }

  private static boolean storable(String code) {
    if (code.length() > 255) {
      return false;
    }
    for (int k = 0; k < code.length(); k++) {
      if (code.charAt(k) > 0xFF) {
        return false;
      }
    }
    return true;
  }

  static CodeTable of(SectorIndex index) {
    return new CodeTable(index);
  }

  private int slot(int hash) {
    return (hash * 0x9E3779B9) >>> shift;
  }

  /** The position of the code {@code text[start, end)}, or -1 when no stored code is exactly that. */
  int find(char[] text, int start, int end) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + text[i];
    }
    for (int slot = slot(hash); ; slot = (slot + 1) & mask) {
      int entry = slots[slot];
      if (entry == 0) {
        return -1;
      }
      if (matches(entry - 1, text, start, end)) {
        return position(entry - 1);
      }
    }
  }

  /**
   * {@link #find(char[], int, int)} for ASCII bytes ({@link LongFlowsScan}): a byte below 0x80 is the character of the
   * same value, so the hash and the comparison are the same.
   */
  int find(byte[] text, int start, int end) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + text[i];
    }
    for (int slot = slot(hash); ; slot = (slot + 1) & mask) {
      int entry = slots[slot];
      if (entry == 0) {
        return -1;
      }
      if (matches(entry - 1, text, start, end)) {
        return position(entry - 1);
      }
    }
  }

  /** {@link #is(int, char[], int, int)} for ASCII bytes. */
  boolean is(int position, byte[] text, int start, int end) {
    return position >= 0 && offsets[position] >= 0 && matches(offsets[position], text, start, end);
  }

  private boolean matches(int offset, byte[] text, int start, int end) {
    if ((data[offset] & 0xFF) != end - start) {
      return false;
    }
    for (int i = start, k = offset + HEAD; i < end; i++, k++) {
      if (data[k] != text[i]) {
        return false;
      }
    }
    return true;
  }

  private int position(int offset) {
    return (data[offset + 1] & 0xFF) << 24 | (data[offset + 2] & 0xFF) << 16 | (data[offset + 3] & 0xFF) << 8
        | (data[offset + 4] & 0xFF);
  }

  /** Whether {@code text[start, end)} is the code of {@code position} (cheap when that code was just looked up). */
  boolean is(int position, char[] text, int start, int end) {
    return position >= 0 && offsets[position] >= 0 && matches(offsets[position], text, start, end);
  }

  private boolean matches(int offset, char[] text, int start, int end) {
    if ((data[offset] & 0xFF) != end - start) {
      return false;
    }
    for (int i = start, k = offset + HEAD; i < end; i++, k++) {
      if ((data[k] & 0xFF) != text[i]) {
        return false;
      }
    }
    return true;
  }
}
