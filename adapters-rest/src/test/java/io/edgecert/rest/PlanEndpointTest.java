package io.edgecert.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.edgecert.application.port.in.TopologySource;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PlanEndpointTest {
  static final String JSON_TOPOLOGY =
      "{\"version\":1,\"sipDomains\":[\"contoso.com\"],\"edge\":{\"accessEdge\":\"sip.contoso.com\"}}";
  static final String YAML_TOPOLOGY =
      "version: 1\nsipDomains: [contoso.com]\nedge:\n  accessEdge: sip.fabrikam.com\n";

  @RegisterExtension static final TestServer api = TestServer.perClass();

  @Test
  void givenJsonTopology_post_answersThePlanOfTheExportUseCase() {
    HttpResponse<String> response = api.post("/v1/plans", "application/json", JSON_TOPOLOGY);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.body()).isEqualTo(api.export.last.get());
    assertThat(TestServer.json(response).at("/certificates/0/subjectName").asText())
        .isEqualTo("sip.contoso.com");
    TopologySource source = api.plans.last.get().topology();
    assertThat(source.name()).isEqualTo("request body");
    assertThat(source.syntax()).isEqualTo(TopologySource.Syntax.JSON);
    assertThat(new String(source.content(), StandardCharsets.UTF_8)).isEqualTo(JSON_TOPOLOGY);
  }

  @Test
  void givenYamlTopology_post_passesItOnAsYaml() {
    HttpResponse<String> response =
        api.post("/v1/plans", "application/yaml; charset=utf-8", YAML_TOPOLOGY);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(TestServer.json(response).at("/certificates/0/subjectName").asText())
        .isEqualTo("sip.fabrikam.com");
    assertThat(api.plans.last.get().topology().syntax()).isEqualTo(TopologySource.Syntax.YAML);
  }

  @Test
  void givenAsOf_post_plansAsOfThatDate() {
    HttpResponse<String> response =
        api.post("/v1/plans?asOf=2027-03-15", "application/json", JSON_TOPOLOGY);

    assertThat(TestServer.json(response).get("asOf").asText()).isEqualTo("2027-03-15");
    assertThat(api.plans.last.get().asOf()).isEqualTo(LocalDate.of(2027, 3, 15));
  }

  @Test
  void givenBadAsOf_post_answers400NamingTheParameter() {
    HttpResponse<String> response =
        api.post("/v1/plans?asOf=15.03.2027", "application/json", JSON_TOPOLOGY);

    JsonNode problem = TestServer.json(response);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(problem.get("type").asText()).endsWith("/invalid-parameter");
    assertThat(problem.at("/errors/0/parameter").asText()).isEqualTo("asOf");
    assertThat(problem.at("/errors/0/message").asText()).contains("YYYY-MM-DD", "15.03.2027");
  }

  @Test
  void givenInvalidTopology_post_answers422WithEveryProblem() {
    HttpResponse<String> response =
        api.post("/v1/plans", "application/yaml", "edge: " + Cues.INVALID + "\n");

    JsonNode problem = TestServer.json(response);
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/problem+json;charset=utf-8");
    assertThat(problem.get("type").asText())
        .isEqualTo("https://edgecert.io/problems/invalid-input");
    assertThat(problem.get("status").asInt()).isEqualTo(422);
    assertThat(problem.get("errors")).hasSize(2);
    assertThat(problem.at("/errors/0/pointer").asText()).isEqualTo("/edge/accessEdge");
    assertThat(problem.at("/errors/1/pointer").asText()).isEqualTo("/sipDomains/1");
    assertThat(problem.get("detail").asText())
        .contains("/edge/accessEdge (line 4): expected a fully qualified domain name");
  }

  @Test
  void givenMalformedTopology_post_answers400() {
    HttpResponse<String> response = api.post("/v1/plans", "application/yaml", Cues.MALFORMED);

    JsonNode problem = TestServer.json(response);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(problem.get("type").asText()).endsWith("/malformed-input");
    assertThat(problem.at("/errors/0/pointer").asText()).isEmpty();
    assertThat(problem.at("/errors/0/message").asText()).contains("mapping values");
  }

  @Test
  void givenTextPlainOrNoContentType_post_answers415() {
    HttpResponse<String> plain = api.post("/v1/plans", "text/plain", JSON_TOPOLOGY);
    HttpResponse<String> none =
        api.send(
            api.request("/v1/plans")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(JSON_TOPOLOGY))
                .build());

    assertThat(plain.statusCode()).isEqualTo(415);
    assertThat(TestServer.json(plain).get("detail").asText())
        .contains("'text/plain'", "application/json or application/yaml");
    assertThat(none.statusCode()).isEqualTo(415);
    assertThat(none.headers().firstValue("Content-Type"))
        .hasValue("application/problem+json;charset=utf-8");
  }

  @Test
  void givenUseCaseBug_post_answersOpaque500() {
    HttpResponse<String> response =
        api.post("/v1/plans", "application/json", "{\"x\":\"" + Cues.BUG + "\"}");

    JsonNode problem = TestServer.json(response);
    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(problem.get("title").asText()).isEqualTo("Internal Server Error");
    assertThat(problem.get("detail").asText()).contains("incident").doesNotContain("s3cr3t");
    assertThat(response.body()).doesNotContain("s3cr3t", "IllegalStateException", "at io.");
  }
}
