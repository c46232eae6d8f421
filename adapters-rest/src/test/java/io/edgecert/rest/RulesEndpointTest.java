package io.edgecert.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.edgecert.domain.rules.RuleId;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RulesEndpointTest {
  @RegisterExtension static final TestServer api = TestServer.perClass();

  @Test
  void getRules_answersTheWholeCatalogueInOrder() {
    HttpResponse<String> response = api.get("/v1/rules");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonNode rules = TestServer.json(response).get("rules");
    assertThat(rules).hasSize(RuleId.values().length);
    assertThat(rules.get(0).get("id").asText()).isEqualTo(RuleId.values()[0].id());
  }

  @Test
  void givenAnId_getRule_answersThatRule() {
    JsonNode rules = TestServer.json(api.get("/v1/rules/GEN-EKU-001"));

    assertThat(rules.findValuesAsText("id")).containsExactly("GEN-EKU-001");
  }

  @Test
  void givenAnIdPrefixInAnyCase_getRule_answersEveryRuleStartingWithIt() {
    JsonNode rules = TestServer.json(api.get("/v1/rules/gen-sig"));

    assertThat(rules.findValuesAsText("id")).isNotEmpty().allMatch(id -> id.startsWith("GEN-SIG-"));
  }

  @Test
  void givenAnUnknownId_getRule_answers404Problem() {
    HttpResponse<String> response = api.get("/v1/rules/NOPE-001");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/problem+json;charset=utf-8");
    JsonNode problem = TestServer.json(response);
    assertThat(problem.get("status").asInt()).isEqualTo(404);
    assertThat(problem.get("title").asText()).isEqualTo("Not Found");
    assertThat(problem.get("detail").asText()).contains("NOPE-001");
  }
}
