package io.edgecert.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document is useful to client generators: the Topology schema is the documentation's
 * JSON Schema, and every request and response has an example that matches its schema.
 */
class OpenApiExamplesTest {
  static JsonNode document;
  static OpenApiContract contract;

  @BeforeAll
  static void load() throws IOException {
    document = TestServer.MAPPER.readTree(OpenApiHandler.load());
    contract = new OpenApiContract(document);
  }

  @Test
  void topology_isTheDocumentationSchema_withItsDefsAsComponents() throws IOException {
    JsonNode source;
    try (var in = OpenApiHandler.class.getResourceAsStream(OpenApiHandler.TOPOLOGY_SCHEMA)) {
      source = TestServer.MAPPER.readTree(in);
    }
    JsonNode topology = document.at("/components/schemas/Topology");

    assertThat(topology.get("required")).isEqualTo(source.get("required"));
    assertThat(topology.at("/properties/edge/$ref").asText())
        .isEqualTo("#/components/schemas/TopologyEdge");
    assertThat(document.at("/components/schemas/TopologyFqdn/pattern"))
        .isEqualTo(source.at("/$defs/fqdn/pattern"));
    assertThat(topology.toString()).doesNotContain("$defs");
    assertThat(contract.invalidSchemas()).isEmpty();
  }

  @Test
  void theDocumentationExamples_matchTheTopologySchema_andAMistakeDoesNot() throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    JsonNode example = yaml.readTree(new java.io.File("../docs/examples/s01-sip-xmpp-pic.yaml"));
    contract.assertMatches("Topology", example);

    ((com.fasterxml.jackson.databind.node.ObjectNode) example.get("edge"))
        .put("accessEdge", "sip_contoso.com");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> contract.assertMatches("Topology", example))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void everyRequestAndResponseHasAnExample_thatMatchesItsSchema() throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<String, JsonNode> mediaType : mediaTypes()) {
      JsonNode example = mediaType.getValue().get("example");
      if (example == null) {
        missing.add(mediaType.getKey());
        continue;
      }
      String where = mediaType.getKey();
      JsonNode value =
          where.endsWith("application/yaml") ? yaml.readTree(example.asText()) : example;
      contract.assertSchemaMatches(mediaType.getValue().get("schema"), value, where);
      checked++;
    }
    assertThat(missing).isEmpty();
    assertThat(checked).isGreaterThanOrEqualTo(18);
  }

  /** Every media type object of a request body, a success answer or a shared error answer. */
  private static List<Map.Entry<String, JsonNode>> mediaTypes() {
    List<Map.Entry<String, JsonNode>> found = new ArrayList<>();
    document
        .path("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        operation -> {
                          String name = operation.getKey() + " " + path.getKey();
                          collect(
                              name + " request", operation.getValue().at("/requestBody"), found);
                          operation
                              .getValue()
                              .path("responses")
                              .fields()
                              .forEachRemaining(
                                  answer ->
                                      collect(
                                          name + " " + answer.getKey(), answer.getValue(), found));
                        }));
    document
        .at("/components/responses")
        .fields()
        .forEachRemaining(answer -> collect(answer.getKey(), answer.getValue(), found));
    return found;
  }

  private static void collect(
      String where, JsonNode holder, List<Map.Entry<String, JsonNode>> found) {
    holder
        .path("content")
        .fields()
        .forEachRemaining(
            type -> found.add(Map.entry(where + " " + type.getKey(), type.getValue())));
  }
}
