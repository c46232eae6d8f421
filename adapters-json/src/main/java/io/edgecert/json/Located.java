package io.edgecert.json;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A node of a topology document with its field path ({@code edge.servers[1]}); the node is null
 * when the key is absent.
 */
record Located(JsonNode node, String path) {

  /** The value under {@code key} of this mapping (null node when absent). */
  Located child(String key) {
    JsonNode child = node == null ? null : node.get(key);
    return new Located(child, field(path, key));
  }

  /** The element at {@code index} of this list. */
  Located element(int index) {
    return new Located(node.get(index), element(path, index));
  }

  /** True when the key is absent, written as null, or left empty in YAML ({@code key:}). */
  boolean isMissing() {
    return node == null || node.isNull();
  }

  static String field(String parent, String key) {
    return parent.isEmpty() ? key : parent + "." + key;
  }

  static String element(String parent, int index) {
    return parent + "[" + index + "]";
  }
}
