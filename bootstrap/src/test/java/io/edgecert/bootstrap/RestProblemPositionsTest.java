package io.edgecert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.edgecert.rest.HttpCalls;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Input errors of the real server point at the line and column of the token they are about. */
class RestProblemPositionsTest {
  private static LiveServer server;

  @BeforeAll
  static void start() {
    server = LiveServer.start(Injectors.production(Injectors.quiet()));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aYamlSyntaxError_hasItsLineAndColumn() {
    String yaml = "version: 1\nsipDomains: [contoso.com]\nedge:\n  layout: single: x\n";

    JsonNode error = firstError(server.post("/v1/plans", "application/yaml", yaml), 400);

    assertThat(error.get("pointer").asText()).isEmpty();
    assertThat(error.get("line").asInt()).isEqualTo(4);
    assertThat(error.get("column").asInt()).isEqualTo(17);
    assertThat(error.get("message").asText()).startsWith("not valid YAML at column 17");
  }

  @Test
  void aJsonSyntaxError_hasItsLineAndColumn() {
    String json = "{\"version\": 1,\n \"sipDomains\": [\"contoso.com\"],}\n";

    JsonNode error = firstError(server.post("/v1/plans", "application/json", json), 400);

    assertThat(error.get("line").asInt()).isEqualTo(2);
    assertThat(error.get("column").asInt()).isEqualTo(32);
  }

  @Test
  void aMistakeInAWellFormedTopology_hasItsLineAndTheColumnOfItsKey() {
    String yaml =
        "version: 1\nsipDomains: [contoso.com]\nedge:\n  layout: single\n  addressing: nat\n"
            + "  accessEdge: sip_contoso.com\n  webConferencingEdge: webcon.contoso.com\n"
            + "  internal: lsedge.contoso.net\n";

    JsonNode error = firstError(server.post("/v1/plans", "application/yaml", yaml), 422);

    assertThat(error.get("pointer").asText()).isEqualTo("/edge/accessEdge");
    assertThat(error.get("line").asInt()).isEqualTo(6);
    assertThat(error.get("column").asInt()).isEqualTo(3);
  }

  /**
   * An unknown key, a misspelled key (and the key it meant, placed on it), a wrong type, an invalid
   * FQDN and a missing field (placed on its parent), each on its line and column.
   */
  @Test
  void everyKindOfMistakeInYaml_hasItsLineAndColumn() {
    String yaml =
        """
        version: 1
        sipDomains: contoso.com
        edge:
          layout: single
          adressing: nat
          accessEdge: sip_contoso.com
          internal: lsedge.contoso.net
          colour: blue
        """;

    JsonNode errors = errors(server.post("/v1/plans", "application/yaml", yaml));

    assertThat(positions(errors))
        .containsExactlyInAnyOrder(
            "/sipDomains 2:1 expected a list",
            "/edge/adressing 5:3 unknown key",
            "/edge/addressing 5:3 is required",
            "/edge/accessEdge 6:3 \"sip_contoso.com\"",
            "/edge/colour 8:3 unknown key",
            "/edge/webConferencingEdge 3:1 is required");
  }

  @Test
  void everyKindOfMistakeInJson_hasItsLineAndColumn() {
    String json =
        """
        {"version": 1,
          "sipDomains": "contoso.com",
          "edge": {
            "layout": "single", "adressing": "nat",
            "accessEdge": "sip_contoso.com",
            "internal": "lsedge.contoso.net",   "colour": "blue"}}
        """;

    JsonNode errors = errors(server.post("/v1/plans", "application/json", json));

    assertThat(positions(errors))
        .containsExactlyInAnyOrder(
            "/sipDomains 2:3 expected a list",
            "/edge/adressing 4:25 unknown key",
            "/edge/addressing 4:25 is required",
            "/edge/accessEdge 5:5 \"sip_contoso.com\"",
            "/edge/colour 6:41 unknown key",
            "/edge/webConferencingEdge 3:3 is required");
  }

  /** "pointer line:column what", what being the start of the error's message. */
  private static List<String> positions(JsonNode errors) {
    List<String> positions = new ArrayList<>();
    for (JsonNode error : errors) {
      String message = error.get("message").asText();
      String what =
          Stream.of("expected a list", "unknown key", "is required", "\"sip_contoso.com\"")
              .filter(message::startsWith)
              .findFirst()
              .orElse(message);
      positions.add(
          error.get("pointer").asText()
              + " "
              + error.get("line").asInt()
              + ":"
              + error.get("column").asInt()
              + " "
              + what);
    }
    return positions;
  }

  private static JsonNode errors(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    return HttpCalls.json(response).get("errors");
  }

  private static JsonNode firstError(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return HttpCalls.json(response).get("errors").get(0);
  }
}
