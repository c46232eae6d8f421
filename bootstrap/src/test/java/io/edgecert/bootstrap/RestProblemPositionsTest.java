package io.edgecert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.edgecert.rest.HttpCalls;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Input errors of the real server point at the line, and for syntax errors the column. */
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
  void aMistakeInAWellFormedTopology_hasItsLine() {
    String yaml =
        "version: 1\nsipDomains: [contoso.com]\nedge:\n  layout: single\n  addressing: nat\n"
            + "  accessEdge: sip_contoso.com\n  webConferencingEdge: webcon.contoso.com\n"
            + "  internal: lsedge.contoso.net\n";

    JsonNode error = firstError(server.post("/v1/plans", "application/yaml", yaml), 422);

    assertThat(error.get("pointer").asText()).isEqualTo("/edge/accessEdge");
    assertThat(error.get("line").asInt()).isEqualTo(6);
    assertThat(error.has("column")).isFalse();
  }

  private static JsonNode firstError(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return HttpCalls.json(response).get("errors").get(0);
  }
}
