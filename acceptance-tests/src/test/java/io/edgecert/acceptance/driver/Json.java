package io.edgecert.acceptance.driver;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.UncheckedIOException;

/** Reading and writing the JSON (and YAML) documents the drivers exchange with edgecert. */
public final class Json {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final YAMLMapper YAML = new YAMLMapper();

  private Json() {}

  /** The tree of a JSON text; a text that is not JSON fails the scenario, naming where it came. */
  public static JsonNode parse(String text, String from) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new AssertionError(from + " did not answer JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** The topology as a JSON tree, whatever its syntax (for the JSON body of a validation). */
  public static JsonNode tree(TopologyText topology) {
    try {
      return topology.syntax() == TopologyText.Syntax.JSON
          ? JSON.readTree(topology.text())
          : YAML.readTree(topology.text());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ObjectNode object() {
    return JSON.createObjectNode();
  }

  public static String write(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
