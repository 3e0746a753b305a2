package org.ripple.cli.output;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How names are shortened for a column of a terminal table: only a name longer than the room it has, and never two
 * different names to the same text. A long name keeps its start, a tilde and, when its start alone would read like
 * another name's, as much of its end as tells them apart (in 20 characters, {@code quebec-amazon-202~ve} and
 * {@code quebec-amazon-202~re}); names that differ only in the middle end in a tilde and their place in the list.
 */
public final class Names {
  private Names() {}

  /** Each of {@code names} shortened to at most {@code width} characters (at least 3), all different ones apart. */
  public static List<String> shortened(List<String> names, int width) {
    if (width < 3) {
      throw new IllegalArgumentException("width must be at least 3, was " + width);
    }
    for (int tail = 0; tail <= width - 2; tail++) {
      List<String> out = new ArrayList<>();
      for (String n : names) {
        out.add(cut(n, width, tail));
      }
      if (apart(names, out)) {
        return out;
      }
    }
    List<String> out = new ArrayList<>();
    for (int k = 0; k < names.size(); k++) {
      String n = names.get(k);
      String mark = "~" + (k + 1);
      out.add(n.length() <= width ? n : n.substring(0, Math.max(0, width - mark.length())) + mark);
    }
    return out;
  }

  /** {@code name}, or its start, a tilde and its last {@code tail} characters in {@code width}. */
  private static String cut(String name, int width, int tail) {
    if (name.length() <= width) {
      return name;
    }
    return name.substring(0, width - 1 - tail) + "~" + name.substring(name.length() - tail);
  }

  /** Whether names that differ have shortened texts that differ. */
  private static boolean apart(List<String> names, List<String> shortened) {
    Set<String> distinctNames = new HashSet<>(names);
    Set<String> distinctShort = new HashSet<>(shortened);
    return distinctShort.size() == distinctNames.size();
  }
}
