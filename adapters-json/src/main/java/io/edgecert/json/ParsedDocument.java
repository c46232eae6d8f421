package io.edgecert.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.edgecert.domain.InputProblem;
import java.util.List;
import java.util.Map;

/**
 * A syntactically valid document as a tree: the root (null when the document is empty), the line of
 * the root, the line of every field path, and the problems already seen while parsing (duplicate
 * keys, YAML aliases and tags, more than one document).
 */
record ParsedDocument(
    JsonNode root, int rootLine, Map<String, Integer> lines, List<InputProblem> problems) {

  ParsedDocument {
    lines = Map.copyOf(lines);
    problems = List.copyOf(problems);
  }
}
