package io.edgecert.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Real answers of every endpoint, each checked against what the OpenAPI document says of it. */
class OpenApiContractTest {
  static final String PLANS = "/v1/plans";
  static final String VALIDATIONS = "/v1/validations";
  static final String JSON = "application/json";
  static final String PEM = "{\"pem\": \"-----BEGIN CERTIFICATE-----\"}";

  @RegisterExtension static final TestServer api = TestServer.perClass();
  static OpenApiContract contract;
  static final Set<String> exercised = new TreeSet<>();

  @BeforeAll
  static void readContract() {
    contract = new OpenApiContract(TestServer.json(api.get("/openapi.json")));
  }

  static void check(String method, String template, HttpResponse<String> response) {
    contract.assertConforms(method, template, response);
    exercised.add(method + " " + template + " " + response.statusCode());
  }

  static HttpResponse<String> validate(String body) {
    return api.post(VALIDATIONS, JSON, body);
  }

  static String validation(String topology, String certificate) {
    return "{\"topology\": " + topology + ", \"certificates\": [" + certificate + "]}";
  }

  /**
   * A body over the limit of a server that takes 1 KiB: small enough to be sent whole before the
   * server refuses it (a client still sending megabytes when the answer comes may instead see the
   * connection closed).
   */
  static HttpResponse<String> tooLarge(String path) {
    try (TestServer small = TestServer.perClass(1024)) {
      small.open();
      return small.post(path, JSON, "x".repeat(4096));
    }
  }

  static HttpResponse<String> refusingJson(String path) {
    return api.send(api.request(path).header("Accept", "text/html").build());
  }

  @Test
  void plans_answersAsDocumented() {
    check("post", PLANS, api.post(PLANS, JSON, PlanEndpointTest.JSON_TOPOLOGY));
    check("post", PLANS, api.post(PLANS, "application/yaml", PlanEndpointTest.YAML_TOPOLOGY));
    check("post", PLANS, api.post(PLANS, "application/yaml", Cues.MALFORMED));
    check("post", PLANS, api.post(PLANS + "?asOf=tomorrow", JSON, PlanEndpointTest.JSON_TOPOLOGY));
    check("post", PLANS, api.post(PLANS, "text/plain", PlanEndpointTest.JSON_TOPOLOGY));
    check("post", PLANS, api.post(PLANS, JSON, "{\"edge\": \"" + Cues.INVALID + "\"}"));
    check("post", PLANS, api.post(PLANS, JSON, "{\"edge\": \"" + Cues.BUG + "\"}"));
    check("post", PLANS, api.post(PLANS, JSON, "{\"edge\": \"" + Cues.ENDLESS + "\"}"));
    check(
        "post",
        PLANS,
        api.send(
            api.request(PLANS)
                .header("Accept", "text/html")
                .header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build()));
    check("post", PLANS, tooLarge(PLANS));
  }

  @Test
  void validations_answersAsDocumented() {
    check("post", VALIDATIONS, validate(validation(PlanEndpointTest.JSON_TOPOLOGY, PEM)));
    check(
        "post",
        VALIDATIONS,
        validate(validation(PlanEndpointTest.JSON_TOPOLOGY, "{\"pem\": \"FAIL\"}")));
    check("post", VALIDATIONS, validate("{\"topology\": "));
    check("post", VALIDATIONS, validate("{\"certificates\": [{\"der\": \"!\"}], \"x\": 1}"));
    check(
        "post",
        VALIDATIONS,
        validate(validation(PlanEndpointTest.JSON_TOPOLOGY, "{\"pem\": \"UNREADABLE\"}")));
    check("post", VALIDATIONS, validate(validation("{\"edge\": \"" + Cues.BUG + "\"}", PEM)));
    check("post", VALIDATIONS, validate(validation("{\"edge\": \"" + Cues.ENDLESS + "\"}", PEM)));
    check("post", VALIDATIONS, api.post(VALIDATIONS, "application/xml", "<validation/>"));
    check("post", VALIDATIONS, tooLarge(VALIDATIONS));
    check(
        "post",
        VALIDATIONS,
        api.send(
            api.request(VALIDATIONS)
                .header("Accept", "text/html")
                .header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build()));
  }

  @Test
  void probes_answerAsDocumented() {
    String probes = ProbeEndpointTest.PATH;
    check("post", probes, api.post(probes, JSON, ProbeEndpointTest.body("")));
    check("post", probes, api.post(probes, JSON, "{\"topology\": "));
    check(
        "post",
        probes,
        api.post(probes, JSON, ProbeEndpointTest.body(", \"targets\": [\"192.0.2.1\"]")));
    check("post", probes, refusingJsonPost(probes));
    check("post", probes, tooLarge(probes));
    check("post", probes, api.post(probes, "application/yaml", "topology: {}"));
    check("post", probes, api.post(probes, JSON, "{\"edge\": \"" + Cues.INVALID + "\"}"));
    check(
        "post", probes, api.post(probes, JSON, "{\"topology\": {\"edge\": \"" + Cues.BUG + "\"}}"));
    check(
        "post",
        probes,
        api.post(probes, JSON, "{\"topology\": {\"edge\": \"" + Cues.ENDLESS + "\"}}"));
  }

  static HttpResponse<String> refusingJsonPost(String path) {
    return api.send(
        api.request(path)
            .header("Accept", "text/html")
            .header("Content-Type", JSON)
            .POST(HttpRequest.BodyPublishers.ofString("{}"))
            .build());
  }

  @Test
  void readOnlyEndpoints_answerAsDocumented() {
    check("get", "/v1/rules", api.get("/v1/rules"));
    check("get", "/v1/rules", refusingJson("/v1/rules"));
    check("get", "/v1/rules/{id}", api.get("/v1/rules/EXT-SAN"));
    check("get", "/v1/rules/{id}", api.get("/v1/rules/NO-SUCH-RULE"));
    check("get", "/v1/rules/{id}", refusingJson("/v1/rules/EXT-SAN"));
    check("get", "/health", api.get("/health"));
    check("get", "/health", refusingJson("/health"));
    check("get", "/openapi.json", api.get("/openapi.json"));
    check("get", "/openapi.json", refusingJson("/openapi.json"));
  }

  @Test
  void givenBrokenRuleCatalogue_rulesAnswer500AsDocumented() {
    RestServer broken =
        new RestServer(
            api.plans,
            api.validations,
            id -> {
              throw new IllegalStateException("catalogue missing");
            },
            new FakeExport(),
            new RestSettings("127.0.0.1", 0, 1024));
    int port = broken.start();
    try {
      for (String path : new String[] {"/v1/rules", "/v1/rules/GEN"}) {
        HttpResponse<String> response =
            api.send(
                HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path))
                    .build());
        check("get", path.equals("/v1/rules") ? path : "/v1/rules/{id}", response);
      }
    } finally {
      broken.stop();
    }
  }

  @Test
  void givenTokensAndMetrics_guardedEndpoints_answerAsDocumented() {
    try (TestServer guarded =
        TestServer.perClass(
            Exposure.plain().withTokens(() -> List.of(ExposureTest.TOKEN)).withMetrics())) {
      guarded.open();
      check("post", PLANS, guarded.post(PLANS, JSON, PlanEndpointTest.JSON_TOPOLOGY));
      check("post", VALIDATIONS, guarded.post(VALIDATIONS, JSON, "{}"));
      check("get", "/v1/rules", guarded.get("/v1/rules"));
      check("get", "/v1/rules/{id}", guarded.get("/v1/rules/GEN"));
      check("get", "/metrics", guarded.get("/metrics"));
      check(
          "get",
          "/metrics",
          guarded.send(
              guarded
                  .request("/metrics")
                  .header("Authorization", "Bearer " + ExposureTest.TOKEN)
                  .build()));
    }
    check("get", "/metrics", api.get("/metrics"));
  }

  @Test
  void givenBodyThatStopsArriving_postsAnswer408AsDocumented() {
    try (TestServer impatient = TestServer.withIdleTimeout(IdleTimeoutTest.IDLE)) {
      for (String path : List.of(PLANS, VALIDATIONS, ProbeEndpointTest.PATH)) {
        RawHttp.Answer answer = IdleTimeoutTest.silentAfterPart(impatient.port, path);
        contract.assertConforms(
            "post", path, answer.status(), answer.header("Content-Type"), answer.bodyText());
        exercised.add("post " + path + " " + answer.status());
      }
    }
  }

  @Test
  void undocumentedPathsAndMethods_answerProblems() {
    contract.assertMatches("Problem", TestServer.json(api.get("/v1/nothing")));
    contract.assertMatches(
        "Problem", TestServer.json(api.send(api.request("/health").DELETE().build())));
  }

  @Test
  void everySchemaIsJsonSchema202012() {
    assertThat(contract.invalidSchemas()).isEmpty();
  }

  @AfterAll
  static void everyDocumentedAnswerWasExercised() {
    assertThat(exercised).isEqualTo(contract.documentedAnswers());
  }
}
