package io.edgecert.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A server with bearer tokens, metrics and an access log, called over real HTTP. */
class ExposureTest {
  static final String TOKEN = "t0ken-for-tests-0123456789abcdef";
  static final String OTHER_TOKEN = "second.token_for~tests+0123/456==";
  static final String PASSWORD = "pfx-password-never-logged";
  static final BlockingQueue<String> accessLog = new LinkedBlockingQueue<>();

  @RegisterExtension
  static final TestServer api =
      TestServer.perClass(
          Exposure.plain()
              .withTokens(() -> List.of(TOKEN, OTHER_TOKEN))
              .withMetrics()
              .withAccessLog(accessLog::add));

  static HttpResponse<String> get(String path, String authorization) {
    return api.send(api.request(path).header("Authorization", authorization).build());
  }

  static HttpResponse<String> validate(String certificate) {
    String body =
        "{\"topology\": "
            + PlanEndpointTest.JSON_TOPOLOGY
            + ", \"certificates\": [{\"pem\": \""
            + certificate
            + "\", \"password\": \""
            + PASSWORD
            + "\"}]}";
    return api.send(
        api.request("/v1/validations")
            .header("Authorization", "Bearer " + TOKEN)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  @Test
  void givenNoToken_v1_answers401WithChallengeBeforeReadingTheBody() {
    api.plans.last.set(null);
    HttpResponse<String> rules = api.get("/v1/rules");
    HttpResponse<String> plan =
        api.post("/v1/plans", "application/json", PlanEndpointTest.JSON_TOPOLOGY);

    for (HttpResponse<String> response : List.of(rules, plan)) {
      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.headers().firstValue("WWW-Authenticate"))
          .hasValue("Bearer realm=\"edgecert\"");
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("application/problem+json;charset=utf-8");
      assertThat(TestServer.json(response).get("status").asInt()).isEqualTo(401);
    }
    assertThat(api.plans.last.get()).as("the plan use case was not reached").isNull();
  }

  @Test
  void givenWrongToken_v1_answers401InvalidToken() {
    for (String wrong :
        List.of("Bearer wrong-token-0123456789", "Bearer " + TOKEN + "x", "Basic " + TOKEN)) {
      HttpResponse<String> response = get("/v1/rules/EXT-SAN", wrong);

      assertThat(response.statusCode()).as(wrong).isEqualTo(401);
      assertThat(response.body()).doesNotContain(TOKEN);
    }
    assertThat(
            get("/v1/rules", "Bearer wrong-token-0123456789")
                .headers()
                .firstValue("WWW-Authenticate"))
        .hasValue("Bearer realm=\"edgecert\", error=\"invalid_token\"");
  }

  @Test
  void givenEitherAcceptedToken_v1_answers() {
    assertThat(get("/v1/rules", "Bearer " + TOKEN).statusCode()).isEqualTo(200);
    assertThat(get("/v1/rules", "bearer " + OTHER_TOKEN).statusCode()).isEqualTo(200);
  }

  @Test
  void healthAndTheDocument_needNoToken_andPreflightsPass() {
    assertThat(api.get("/health").statusCode()).isEqualTo(200);
    assertThat(api.get("/openapi.json").statusCode()).isEqualTo(200);
    HttpResponse<String> preflight =
        api.send(
            api.request("/v1/plans")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://ui.example")
                .header("Access-Control-Request-Method", "POST")
                .build());
    assertThat(preflight.statusCode()).isNotEqualTo(401);
  }

  @Test
  void metrics_needTheToken_andCountRequestsValidationsAndTheJvm() throws Exception {
    assertThat(api.get("/metrics").statusCode()).isEqualTo(401);
    PrometheusText before = scrape();
    double failedBefore = before.value("edgecert_validations_total{verdict=\"fail\"}");
    assertThat(validate("FAIL").statusCode()).isEqualTo(200);
    assertThat(validate("OK").statusCode()).isEqualTo(200);
    assertThat(get("/v1/rules/GEN", "Bearer " + TOKEN).statusCode()).isEqualTo(200);

    PrometheusText after =
        awaitScrape(
            "http_server_requests_seconds_count{method=\"GET\",route=\"/v1/rules/{id}\","
                + "status=\"200\"}");

    assertThat(after.value("edgecert_validations_total{verdict=\"fail\"}"))
        .isEqualTo(failedBefore + 1);
    assertThat(after.value("edgecert_validations_total{verdict=\"pass\"}")).isPositive();
    assertThat(
            after.has(
                "http_server_requests_seconds_bucket{method=\"GET\",route=\"/v1/rules/{id}\""))
        .isTrue();
    assertThat(
            after.has(
                "http_server_requests_seconds_count{method=\"GET\",route=\"/v1/*\","
                    + "status=\"401\"}"))
        .as("refused requests count under the guarded pattern")
        .isTrue();
    assertThat(after.has("jvm_memory_used_bytes{")).isTrue();
    assertThat(after.has("jvm_threads_live_threads")).isTrue();
  }

  @Test
  void metrics_answerPrometheusTextWhateverTheAcceptHeader() {
    HttpResponse<String> response =
        api.send(
            api.request("/metrics")
                .header("Authorization", "Bearer " + TOKEN)
                .header("Accept", "text/plain")
                .build());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue(ServerMetrics.CONTENT_TYPE);
    PrometheusText.parse(response.body());
  }

  @Test
  void accessLog_writesOneJsonLinePerRequest_withoutTokensPasswordsOrValues() throws Exception {
    accessLog.clear();
    assertThat(validate("FAIL").statusCode()).isEqualTo(200);
    JsonNode validation = TestServer.MAPPER.readTree(awaitLine("/v1/validations"));
    assertThat(get("/v1/rules/EXT-SAN-004", "Bearer " + TOKEN).statusCode()).isEqualTo(200);
    String ruleLine = awaitLine("/v1/rules/{id}");

    assertThat(validation.get("method").asText()).isEqualTo("POST");
    assertThat(validation.get("status").asInt()).isEqualTo(200);
    assertThat(validation.get("bytes").asLong()).isPositive();
    assertThat(validation.get("durationMs").asDouble()).isNotNegative();
    assertThat(validation.get("client").asText()).isEqualTo("127.0.0.1");
    assertThat(validation.get("time").asText()).endsWith("Z");
    assertThat(ruleLine).doesNotContain("EXT-SAN-004").doesNotContain(TOKEN);
    assertThat(String.join("\n", accessLog) + validation)
        .doesNotContain(PASSWORD)
        .doesNotContain(TOKEN);
  }

  private static PrometheusText scrape() {
    HttpResponse<String> response = get("/metrics", "Bearer " + TOKEN);
    assertThat(response.statusCode()).isEqualTo(200);
    return PrometheusText.parse(response.body());
  }

  /** Scrapes until {@code series} shows: Jetty records a request just after answering it. */
  private static PrometheusText awaitScrape(String series) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2); // a hang detector only
    while (System.nanoTime() < deadline) {
      PrometheusText scraped = scrape();
      if (scraped.has(series)) {
        return scraped;
      }
      Thread.sleep(25);
    }
    throw new AssertionError("no " + series + " in the metrics");
  }

  private static String awaitLine(String route) throws InterruptedException {
    for (String line = accessLog.poll(2, TimeUnit.MINUTES);
        line != null;
        line = accessLog.poll(2, TimeUnit.MINUTES)) {
      if (line.contains("\"route\":\"" + route + "\"")) {
        return line;
      }
    }
    throw new AssertionError("no access log line for " + route);
  }
}
