package io.edgecert.bootstrap;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether output matches what the guide shows: line for line, where a line {@code ...} stands for
 * any number of lines (none included). Without {@code ...} the output must be exactly the lines
 * shown.
 */
final class OutputMatch {
  static final String ELLIPSIS = "...";

  private OutputMatch() {}

  static boolean matches(List<String> shown, List<String> actual) {
    List<List<String>> pieces = pieces(shown);
    boolean openStart = shown.get(0).equals(ELLIPSIS);
    boolean openEnd = shown.get(shown.size() - 1).equals(ELLIPSIS);
    int from = 0;
    for (int p = 0; p < pieces.size(); p++) {
      List<String> piece = pieces.get(p);
      boolean first = p == 0 && !openStart;
      boolean last = p == pieces.size() - 1 && !openEnd;
      int at = last ? actual.size() - piece.size() : first ? 0 : find(actual, piece, from);
      if (at < from || !startsAt(actual, piece, at) || (first && at != 0)) {
        return false;
      }
      from = at + piece.size();
    }
    return true;
  }

  private static List<List<String>> pieces(List<String> shown) {
    List<List<String>> pieces = new ArrayList<>();
    List<String> piece = new ArrayList<>();
    for (String line : shown) {
      if (line.equals(ELLIPSIS)) {
        if (!piece.isEmpty()) {
          pieces.add(piece);
        }
        piece = new ArrayList<>();
      } else {
        piece.add(line);
      }
    }
    if (!piece.isEmpty()) {
      pieces.add(piece);
    }
    return pieces;
  }

  private static int find(List<String> actual, List<String> piece, int from) {
    for (int at = from; at + piece.size() <= actual.size(); at++) {
      if (startsAt(actual, piece, at)) {
        return at;
      }
    }
    return -1;
  }

  private static boolean startsAt(List<String> actual, List<String> piece, int at) {
    return at + piece.size() <= actual.size()
        && actual.subList(at, at + piece.size()).equals(piece);
  }
}
