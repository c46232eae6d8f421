package io.edgecert.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.edgecert.domain.Coded;
import java.util.List;
import java.util.function.Function;

/** Small helpers to build the wire-contract trees by hand, in a fixed field order. */
final class JsonTrees {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonTrees() {}

  static ObjectNode object() {
    return NODES.objectNode();
  }

  /** The code of a coded value, or null. */
  static String code(Coded value) {
    return value == null ? null : value.code();
  }

  static <T> ArrayNode objects(List<T> values, Function<T, JsonNode> toNode) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(value -> array.add(toNode.apply(value)));
    return array;
  }

  static <T> ArrayNode strings(List<T> values, Function<T, String> toText) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(value -> array.add(toText.apply(value)));
    return array;
  }
}
