package io.edgecert.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.edgecert.domain.InputProblem;
import java.util.List;
import java.util.Map;

/**
 * A syntactically valid document as a tree: the root (null when the document is empty), the line
 * and column of the root, the line and column (1-based) of every field path's key or list element,
 * and the problems already seen while parsing (duplicate keys, YAML aliases and tags, more than one
 * document).
 */
record ParsedDocument(
    JsonNode root,
    int rootLine,
    int rootColumn,
    Map<String, Integer> lines,
    Map<String, Integer> columns,
    List<InputProblem> problems) {

  ParsedDocument {
    lines = Map.copyOf(lines);
    columns = Map.copyOf(columns);
    problems = List.copyOf(problems);
  }
}
