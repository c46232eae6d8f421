package io.edgecert.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.edgecert.application.port.out.TopologyDocument;
import io.edgecert.domain.InputProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The structural problems of one document, each placed on the line of its path. */
final class Problems {
  private final TopologyDocument lineIndex;
  private final int rootLine;
  private final List<InputProblem> found;
  private final List<InputProblem> alone = new ArrayList<>();
  private final Map<String, Integer> missingLines = new HashMap<>();

  Problems(ParsedDocument document) {
    this.lineIndex = new TopologyDocument(null, List.of(), document.lines());
    this.rootLine = document.rootLine();
    this.found = new ArrayList<>(document.problems());
  }

  /**
   * A problem that makes every other one moot (an empty document, an unsupported version): it is
   * reported by itself.
   */
  void addAlone(String path, String message) {
    int line = path.isEmpty() ? 0 : lineIndex.lineOf(path);
    alone.add(new InputProblem(path, line, message));
  }

  /** The problems to report by themselves; empty when there are none. */
  List<InputProblem> alone() {
    return List.copyOf(alone);
  }

  /**
   * Places the missing key {@code path} on {@code line}, the line of a misspelled key that was
   * probably meant to be it, so that "is required" stands next to "did you mean".
   */
  void placeMissing(String path, int line) {
    missingLines.putIfAbsent(path, line);
  }

  /** The line of every path, with the lines given to missing keys and the root's line under "". */
  Map<String, Integer> lines(Map<String, Integer> parsed) {
    Map<String, Integer> all = new HashMap<>(missingLines);
    all.putAll(parsed);
    all.put("", rootLine);
    return all;
  }

  int lineOf(String path) {
    return lineIndex.lineOf(path);
  }

  void add(String path, String message) {
    int line = lineIndex.lineOf(path);
    found.add(new InputProblem(path, line > 0 ? line : rootLine, message));
  }

  /** Reports that {@code at} holds the wrong kind of value. */
  void wrongType(Located at, String expected) {
    add(at.path(), "expected " + expected + ", found " + describe(at.node()));
  }

  /** Every problem, in line order. */
  List<InputProblem> sorted() {
    List<InputProblem> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparingInt(InputProblem::line));
    return sorted;
  }

  /** What a value is, for a message: "a string", "a list", "null" ... */
  static String describe(JsonNode node) {
    if (node == null || node.isNull()) {
      return "null";
    }
    if (node.isTextual()) {
      return node.asText().isEmpty() ? "an empty string" : "a string";
    }
    if (node.isNumber()) {
      return "a number (" + node.asText() + ")";
    }
    if (node.isBoolean()) {
      return "a boolean (" + node.asText() + ")";
    }
    return node.isArray() ? "a list" : "a mapping";
  }
}
