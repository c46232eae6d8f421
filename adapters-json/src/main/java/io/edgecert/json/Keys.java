package io.edgecert.json;

import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/** Reports keys a mapping does not allow, suggesting the closest allowed key for a likely typo. */
final class Keys {
  private static final int MAX_TYPO_DISTANCE = 2;

  private Keys() {}

  static void reportUnknown(Located mapping, List<String> allowed, Problems problems) {
    for (Iterator<String> keys = mapping.node().fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!allowed.contains(key)) {
        String path = Located.field(mapping.path(), key);
        problems.add(path, message(key, allowed));
        closest(key, allowed)
            .filter(meant -> !mapping.node().has(meant))
            .ifPresent(
                meant ->
                    problems.placeMissing(
                        Located.field(mapping.path(), meant), problems.lineOf(path)));
      }
    }
  }

  static String message(String key, List<String> allowed) {
    String closest =
        closest(key, allowed).map(candidate -> " (did you mean \"" + candidate + "\"?)").orElse("");
    return "unknown key \"" + key + "\"" + closest + "; allowed: " + String.join(", ", allowed);
  }

  /** The allowed key that {@code key} is probably a typo of, if any. */
  static Optional<String> closest(String key, List<String> allowed) {
    return allowed.stream()
        .min(Comparator.comparingInt(candidate -> distance(key, candidate)))
        .filter(candidate -> distance(key, candidate) <= MAX_TYPO_DISTANCE);
  }

  /** Levenshtein distance, ignoring case (keys are matched exactly, but suggested loosely). */
  static int distance(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    int[] row = IntStream.rangeClosed(0, y.length()).toArray();
    for (int i = 1; i <= x.length(); i++) {
      row = nextRow(row, i, x.charAt(i - 1), y);
    }
    return row[y.length()];
  }

  private static int[] nextRow(int[] previous, int i, char c, String y) {
    int[] current = new int[y.length() + 1];
    current[0] = i;
    for (int j = 1; j <= y.length(); j++) {
      int substitution = previous[j - 1] + (c == y.charAt(j - 1) ? 0 : 1);
      current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
    }
    return current;
  }
}
