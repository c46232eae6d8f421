package io.edgecert.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Names the field that holds a byte that is not UTF-8: the document is read again with the bad
 * bytes replaced by U+FFFD, and the key or value that then holds a U+FFFD at the bad byte's line
 * and column is the one to name. A byte in a key names the mapping that holds the key (the key
 * itself cannot be shown); a byte outside every key and value (a comment) names no field.
 */
final class NonUtf8Field {
  private static final char REPLACEMENT = '\uFFFD';

  /** Where the bad byte is: the field path to name (may be empty) and whether it is in a key. */
  record Place(String path, boolean inKey) {}

  private final ParsedDocument document;
  private final int line;
  private final int column;
  private String bestPath;
  private JsonNode bestNode;
  private String bestKey;
  private String bestParent;

  private NonUtf8Field(ParsedDocument document, int line, int column) {
    this.document = document;
    this.line = line;
    this.column = column;
  }

  /**
   * The place of the character at {@code line} and {@code column} (1-based, in characters) of a
   * document read with U+FFFD for the bad bytes; null when no key or value holds it.
   */
  static Place locate(ParsedDocument document, int line, int column) {
    if (document == null || document.root() == null) {
      return null;
    }
    NonUtf8Field search = new NonUtf8Field(document, line, column);
    search.walk(document.root(), "", null, "");
    return search.place();
  }

  /** Keeps the last key or element (in document order) that starts at or before the position. */
  private void walk(JsonNode node, String path, String key, String parent) {
    if (!path.isEmpty() && startsAtOrBefore(path)) {
      bestPath = path;
      bestNode = node;
      bestKey = key;
      bestParent = parent;
    }
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        walk(field.getValue(), Located.field(path, field.getKey()), field.getKey(), path);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), Located.element(path, i), null, path);
      }
    }
  }

  private boolean startsAtOrBefore(String path) {
    Integer atLine = document.lines().get(path);
    Integer atColumn = document.columns().get(path);
    if (atLine == null || atColumn == null) {
      return false;
    }
    if (bestPath != null) {
      int bestLine = document.lines().get(bestPath);
      int bestColumn = document.columns().get(bestPath);
      if (atLine < bestLine || (atLine == bestLine && atColumn < bestColumn)) {
        return false;
      }
    }
    return atLine < line || (atLine == line && atColumn <= column);
  }

  private Place place() {
    if (bestPath == null) {
      return null;
    }
    if (bestKey != null && bestKey.indexOf(REPLACEMENT) >= 0) {
      return new Place(bestParent, true);
    }
    if (bestNode.isTextual() && bestNode.textValue().indexOf(REPLACEMENT) >= 0) {
      return new Place(bestPath, false);
    }
    return null;
  }
}
