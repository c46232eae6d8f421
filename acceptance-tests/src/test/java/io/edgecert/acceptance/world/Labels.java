package io.edgecert.acceptance.world;

import java.util.Map;
import java.util.TreeSet;

/** Looks up what a word in a feature table means, and names the words it knows when it fails. */
final class Labels {

  private Labels() {}

  static <T> T lookUp(Map<String, T> meanings, String what, String label) {
    T meaning = meanings.get(label);
    if (meaning == null) {
      String known = String.join(" | ", new TreeSet<>(meanings.keySet()));
      throw new IllegalArgumentException("unknown " + what + " '" + label + "'; known: " + known);
    }
    return meaning;
  }
}
