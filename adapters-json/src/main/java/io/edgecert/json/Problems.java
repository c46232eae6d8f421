package io.edgecert.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.edgecert.application.port.out.TopologyDocument;
import io.edgecert.domain.InputProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The structural problems of one document, each placed on the line and column of its path. */
final class Problems {
  private final TopologyDocument positions;
  private final int rootLine;
  private final int rootColumn;
  private final List<InputProblem> found;
  private final List<InputProblem> alone = new ArrayList<>();
  private final Map<String, Integer> missingLines = new HashMap<>();
  private final Map<String, Integer> missingColumns = new HashMap<>();

  Problems(ParsedDocument document) {
    this.positions = new TopologyDocument(null, List.of(), document.lines(), document.columns());
    this.rootLine = document.rootLine();
    this.rootColumn = document.rootColumn();
    this.found = new ArrayList<>(document.problems());
  }

  /**
   * A problem that makes every other one moot (an empty document, an unsupported version): it is
   * reported by itself.
   */
  void addAlone(String path, String message) {
    InputProblem problem = new InputProblem(path, 0, message);
    alone.add(path.isEmpty() ? problem : positions.place(problem));
  }

  /** The problems to report by themselves; empty when there are none. */
  List<InputProblem> alone() {
    return List.copyOf(alone);
  }

  /**
   * Places the missing key {@code path} where the misspelled key {@code misspelled}, that was
   * probably meant to be it, stands, so that "is required" stands next to "did you mean".
   */
  void placeMissing(String path, String misspelled) {
    missingLines.putIfAbsent(path, positions.lineOf(misspelled));
    missingColumns.putIfAbsent(path, positions.columnOf(misspelled));
  }

  /** The line of every path, with the lines given to missing keys and the root's line under "". */
  Map<String, Integer> lines(Map<String, Integer> parsed) {
    return withMissing(missingLines, parsed, rootLine);
  }

  /** The column of every path, as {@link #lines} gives their lines. */
  Map<String, Integer> columns(Map<String, Integer> parsed) {
    return withMissing(missingColumns, parsed, rootColumn);
  }

  private static Map<String, Integer> withMissing(
      Map<String, Integer> missing, Map<String, Integer> parsed, int root) {
    Map<String, Integer> all = new HashMap<>(missing);
    all.putAll(parsed);
    all.put("", root);
    return all;
  }

  void add(String path, String message) {
    InputProblem problem = positions.place(new InputProblem(path, 0, message));
    found.add(problem.line() > 0 ? problem : problem.at(rootLine, rootColumn));
  }

  /** Reports that {@code at} holds the wrong kind of value. */
  void wrongType(Located at, String expected) {
    add(at.path(), "expected " + expected + ", found " + describe(at.node()));
  }

  /** Whether no problem was found (none to report alone, none at all). */
  boolean none() {
    return found.isEmpty() && alone.isEmpty();
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
