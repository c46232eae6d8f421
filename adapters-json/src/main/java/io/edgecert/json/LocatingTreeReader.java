package io.edgecert.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.edgecert.domain.InputProblem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the tree of one document token by token, recording the line and column of every field
 * path's key and of every list element; a duplicate key is reported (the first value is kept)
 * instead of silently replacing it. Unplaced (for a document that is expected to be valid), it
 * records no places and builds no field paths: a problem is then still reported (so that the caller
 * can read the document again, placed), but on no path, line or column.
 */
final class LocatingTreeReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonParser parser;
  private final boolean placed;
  private final YamlGuard guard;
  private final Map<String, Integer> lines = new HashMap<>();
  private final Map<String, Integer> columns = new HashMap<>();
  private final List<InputProblem> problems = new ArrayList<>();

  LocatingTreeReader(JsonParser parser) {
    this(parser, true);
  }

  LocatingTreeReader(JsonParser parser, boolean placed) {
    this.parser = parser;
    this.placed = placed;
    this.guard = new YamlGuard(parser, problems);
  }

  ParsedDocument read() throws IOException {
    if (parser.nextToken() == null) {
      return new ParsedDocument(null, 1, 0, lines, columns, problems);
    }
    int rootLine = line();
    int rootColumn = column();
    JsonNode root = value("");
    if (parser.nextToken() != null) {
      problems.add(
          new InputProblem("", line(), column(), "expected one document, found another one here"));
    }
    return new ParsedDocument(root, rootLine, rootColumn, lines, columns, problems);
  }

  private JsonNode value(String path) throws IOException {
    if (guard.isAlias(path)) {
      return NODES.nullNode();
    }
    guard.checkTag(path);
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      return mapping(path);
    }
    return token == JsonToken.START_ARRAY ? list(path) : Scalars.of(parser);
  }

  private ObjectNode mapping(String path) throws IOException {
    ObjectNode mapping = NODES.objectNode();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      if (!placed) {
        parser.nextToken();
        putUnplaced(mapping, key);
        continue;
      }
      JsonLocation at = parser.currentTokenLocation();
      parser.nextToken();
      put(mapping, key, at.getLineNr(), at.getColumnNr(), Located.field(path, key));
    }
    return mapping;
  }

  /** Adds one entry; a repeated key is reported, and its first value and position are kept. */
  private void put(ObjectNode mapping, String key, int line, int column, String path)
      throws IOException {
    JsonNode value = value(path);
    if (mapping.has(key)) {
      String first = "; it is already set on line " + lines.get(path);
      problems.add(new InputProblem(path, line, column, "duplicate key \"" + key + "\"" + first));
      return;
    }
    place(path, line, column);
    mapping.set(key, value);
  }

  /** {@link #put} without places or paths: a repeated key is still a problem, on no line. */
  private void putUnplaced(ObjectNode mapping, String key) throws IOException {
    JsonNode value = value("");
    if (mapping.has(key)) {
      problems.add(new InputProblem("", 0, 0, "duplicate key \"" + key + "\""));
      return;
    }
    mapping.set(key, value);
  }

  private ArrayNode list(String path) throws IOException {
    ArrayNode list = NODES.arrayNode();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      if (!placed) {
        list.add(value(""));
        continue;
      }
      String child = Located.element(path, list.size());
      place(child, line(), column());
      list.add(value(child));
    }
    return list;
  }

  private void place(String path, int line, int column) {
    lines.putIfAbsent(path, line);
    columns.putIfAbsent(path, column);
  }

  private int line() {
    return parser.currentTokenLocation().getLineNr();
  }

  /** The 1-based column of the current token. */
  private int column() {
    return parser.currentTokenLocation().getColumnNr();
  }
}
