package io.edgecert.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.edgecert.application.port.out.TopologyDocument;
import io.edgecert.domain.InputProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The structural problems of one document, each placed on the line of its path. */
final class Problems {
  private final TopologyDocument lineIndex;
  private final int rootLine;
  private final List<InputProblem> found;

  Problems(ParsedDocument document) {
    this.lineIndex = new TopologyDocument(null, List.of(), document.lines());
    this.rootLine = document.rootLine();
    this.found = new ArrayList<>(document.problems());
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
