package io.edgecert.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;

/**
 * Turns the current scalar token into a tree node, keeping its type (string, number, boolean,
 * null).
 */
final class Scalars {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Scalars() {}

  static JsonNode of(JsonParser parser) throws IOException {
    switch (parser.currentToken()) {
      case VALUE_NUMBER_INT:
        return NODES.numberNode(parser.getBigIntegerValue());
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(parser.getDoubleValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        return NODES.textNode(parser.getText());
    }
  }
}
