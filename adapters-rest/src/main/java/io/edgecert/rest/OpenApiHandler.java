package io.edgecert.rest;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /openapi.json}: the hand-written OpenAPI 3.1 document of this API, whose {@code
 * Topology} schema is the topology JSON Schema of the documentation ({@code
 * docs/schema/topology-v1.json}, copied into this module by the build), so the two cannot drift.
 * Examples come from {@code openapi-examples.json}, each naming its place. Its {@code $defs} become
 * component schemas ({@code fqdn} becomes {@code TopologyFqdn}) so that client generators, which do
 * not all follow {@code $defs}, see named types.
 */
final class OpenApiHandler implements Handler {
  static final String RESOURCE = "/io/edgecert/rest/openapi.json";
  static final String TOPOLOGY_SCHEMA = "/io/edgecert/rest/topology-v1.json";
  static final String EXAMPLES = "/io/edgecert/rest/openapi-examples.json";
  static final String TOPOLOGY = "Topology";

  private final String document;

  OpenApiHandler() {
    this.document = load();
  }

  @Override
  public void handle(Context ctx) {
    JsonAnswer.send(ctx, document);
  }

  static String load() {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode openApi = (ObjectNode) read(mapper, RESOURCE);
    ObjectNode schemas = (ObjectNode) openApi.path("components").path("schemas");
    ObjectNode topology = (ObjectNode) read(mapper, TOPOLOGY_SCHEMA);
    JsonNode defs = topology.remove("$defs");
    topology.remove(List.of("$schema", "$id"));
    Map<String, String> names = new java.util.LinkedHashMap<>();
    defs.fieldNames().forEachRemaining(name -> names.put(name, componentName(name)));
    rewriteReferences(topology, names);
    schemas.set(TOPOLOGY, topology);
    for (Map.Entry<String, String> name : names.entrySet()) {
      JsonNode schema = defs.get(name.getKey()).deepCopy();
      rewriteReferences(schema, names);
      schemas.set(name.getValue(), schema);
    }
    addExamples(openApi, read(mapper, EXAMPLES));
    try {
      return mapper.writer(prettyPrinter()).writeValueAsString(openApi) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Two-space indents, {@code "key": value}, as the plans and reports are printed. */
  private static DefaultPrettyPrinter prettyPrinter() {
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultIndenter indent = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indent)
        .withArrayIndenter(indent);
  }

  /** Puts each example on the media type object its {@code at} names; a missing place is a bug. */
  private static void addExamples(ObjectNode openApi, JsonNode examples) {
    for (JsonNode example : examples.path("examples")) {
      JsonNode place = openApi;
      for (JsonNode segment : example.path("at")) {
        place = place.path(segment.asText());
      }
      if (!place.isObject()) {
        throw new IllegalStateException("no place for the example at " + example.path("at"));
      }
      ((ObjectNode) place).set("example", example.get("example"));
    }
  }

  /** {@code fqdn} becomes {@code TopologyFqdn}, {@code edge} {@code TopologyEdge}. */
  static String componentName(String def) {
    return TOPOLOGY + Character.toUpperCase(def.charAt(0)) + def.substring(1);
  }

  private static void rewriteReferences(JsonNode node, Map<String, String> names) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      JsonNode ref = object.get("$ref");
      if (ref != null && ref.asText().startsWith("#/$defs/")) {
        String def = ref.asText().substring("#/$defs/".length());
        String name = names.get(def);
        if (name == null) {
          throw new IllegalStateException("the topology schema refers to a missing $defs/" + def);
        }
        object.set("$ref", new TextNode("#/components/schemas/" + name));
      }
      List<JsonNode> children = new ArrayList<>();
      object.elements().forEachRemaining(children::add);
      children.forEach(child -> rewriteReferences(child, names));
    } else if (node.isArray()) {
      node.forEach(child -> rewriteReferences(child, names));
    }
  }

  private static JsonNode read(ObjectMapper mapper, String resource) {
    try (InputStream in = OpenApiHandler.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return mapper.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
