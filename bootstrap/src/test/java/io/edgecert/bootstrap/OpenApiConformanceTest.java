package io.edgecert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Injector;
import io.edgecert.rest.Exposure;
import io.edgecert.rest.OpenApiContract;
import io.edgecert.rest.PrometheusText;
import io.edgecert.rest.RestSettings;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real server, made by Main's injector, answers every endpoint as its OpenAPI document says:
 * each answer's status is documented for the operation and its body matches the schema.
 */
class OpenApiConformanceTest {
  static final String PLANS = "/v1/plans";
  static final String VALIDATIONS = "/v1/validations";
  static final String JSON = "application/json";
  static final String S02 = "docs/examples/s02-single-edge-nat.yaml";
  static final String VALID = "2026-01-01T00:00:00Z";
  static final String EXPIRED = "2027-06-01";
  static final ObjectMapper MAPPER = new ObjectMapper();

  static Injector injector;
  static LiveServer api;
  static OpenApiContract contract;
  @TempDir static Path files;
  static final Set<String> exercised = new TreeSet<>();

  @BeforeAll
  static void start() {
    injector = Injectors.production(Injectors.quiet());
    api = LiveServer.start(injector);
    contract = new OpenApiContract(LiveServer.json(api.get("/openapi.json")));
  }

  @AfterAll
  static void everyDocumentedAnswerWasExercised() {
    api.close();
    assertThat(exercised).isEqualTo(contract.documentedAnswers());
  }

  static void check(String method, String template, HttpResponse<String> response) {
    contract.assertConforms(method, template, response);
    exercised.add(method + " " + template + " " + response.statusCode());
  }

  /**
   * A body that stops short of its Content-Length: the server answers 408 once its idle timeout
   * (200 ms here) passes; the socket's read timeout only guards against a hang.
   */
  @Test
  void givenBodyThatStopsArriving_posts_answer408AsDocumented() throws Exception {
    try (LiveServer impatient =
        LiveServer.startImpatient(injector, Duration.ofMillis(200), List.of("127.0.0.0/8"))) {
      for (String path : List.of(PLANS, VALIDATIONS, "/v1/probes")) {
        String raw;
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), impatient.port)) {
          socket.setSoTimeout(60_000);
          String head =
              "POST "
                  + path
                  + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  + "Content-Length: 100\r\n\r\n{\"version\": 1";
          socket.getOutputStream().write(head.getBytes(StandardCharsets.UTF_8));
          raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        int end = raw.indexOf("\r\n\r\n");
        assertThat(end).as(raw).isPositive();
        int status = Integer.parseInt(raw.substring(9, 12));
        String type =
            raw.lines()
                .filter(line -> line.regionMatches(true, 0, "Content-Type:", 0, 13))
                .map(line -> line.substring(13).trim())
                .findFirst()
                .orElse("");
        assertThat(status).as(raw).isEqualTo(408);
        contract.assertConforms("post", path, status, type, raw.substring(end + 4));
        exercised.add("post " + path + " " + status);
      }
    }
  }

  static List<String> examples() {
    return Repository.examples();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void givenExample_plan_answersAsDocumented(String example) {
    HttpResponse<String> response = ExampleRequests.plan(api, example, "");

    assertThat(response.statusCode()).isEqualTo(200);
    check("post", PLANS, response);
  }

  @Test
  void givenWrongRequests_plan_answersDocumentedProblems() {
    check("post", PLANS, api.post(PLANS, "application/yaml", "edge: [unclosed\n"));
    check("post", PLANS, api.post(PLANS + "?asOf=someday", JSON, example(S02)));
    check("post", PLANS, api.post(PLANS, JSON, "{\"version\": 1, \"edge\": {}}"));
    check("post", PLANS, api.post(PLANS, "text/csv", example(S02)));
    check("post", PLANS, api.refusingJson(PLANS, "application/yaml", example(S02)));
    check("post", PLANS, tooLarge(PLANS));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void givenCertificatesOfTheExamplesPlan_validate_answersReportsAsDocumented(String example) {
    ValidationBodies bodies = bodies(example);

    check("post", VALIDATIONS, api.post(VALIDATIONS, JSON, bodies.json(VALID)));
    check("post", VALIDATIONS, bodies.form(api, VALID));
    HttpResponse<String> expired = api.post(VALIDATIONS, JSON, bodies.json(EXPIRED));
    assertThat(LiveServer.json(expired).get("verdict").asText()).isEqualTo("fail");
    check("post", VALIDATIONS, expired);
  }

  @Test
  void givenMembersCopiesThatDiffer_validate_answersThePoolSectionAsDocumented() {
    ValidationBodies bodies = bodies("docs/examples/s04-scaled-dns-nat.yaml");

    HttpResponse<String> response =
        api.post(
            VALIDATIONS,
            JSON,
            bodies.jsonOfDifferingMembers(VALID, "edge1.contoso.net", "edge2.contoso.net"));

    var pool = LiveServer.json(response).get("pool").get(0);
    assertThat(pool.get("role").asText()).isEqualTo("external");
    assertThat(pool.get("members").get(1).get("member").asText()).isEqualTo("edge2.contoso.net");
    assertThat(pool.get("finding").get("rule").asText()).isEqualTo("EXT-POOL-001");
    assertThat(pool.get("finding").get("status").asText()).isEqualTo("fail");
    assertThat(LiveServer.json(response).get("verdict").asText()).isEqualTo("fail");
    check("post", VALIDATIONS, response);
    check(
        "post",
        VALIDATIONS,
        api.post(
            VALIDATIONS,
            JSON,
            bodies.jsonOfDifferingMembers(VALID, "edge1.contoso.net", "edge9.contoso.net")));
  }

  @Test
  void givenWrongRequests_validate_answersDocumentedProblems() {
    ValidationBodies bodies = bodies(S02);

    check(
        "post", VALIDATIONS, api.post(VALIDATIONS, JSON, bodies.jsonWithPem("not a certificate")));
    check("post", VALIDATIONS, api.post(VALIDATIONS, JSON, "{\"topology\": "));
    check("post", VALIDATIONS, api.post(VALIDATIONS, "application/xml", "<validation/>"));
    check("post", VALIDATIONS, api.refusingJson(VALIDATIONS, JSON, utf8(bodies.json(VALID))));
    check("post", VALIDATIONS, tooLarge(VALIDATIONS));
  }

  @Test
  void probes_answerAsDocumented() throws Exception {
    String probes = "/v1/probes";
    String body =
        "{\"topology\": "
            + MAPPER.writeValueAsString(topologyAsJson())
            + ", \"dnsServer\": \"127.0.0.1:"
            + closedPort()
            + "\", \"connectTimeoutMs\": 2000,"
            + " \"at\": \""
            + VALID
            + "\"}";
    check("post", probes, api.post(probes, JSON, utf8(body)));
    try (LiveServer allowed =
            LiveServer.start(
                injector, RestSettings.DEFAULT_MAX_BODY_BYTES, List.of("127.0.0.0/8"));
        LiveServer small = LiveServer.start(injector, 1024, List.of("127.0.0.0/8"));
        LiveServer broken =
            LiveServer.start(
                BrokenUseCases.injector(),
                RestSettings.DEFAULT_MAX_BODY_BYTES,
                List.of("127.0.0.0/8"))) {
      HttpResponse<String> report = allowed.post(probes, JSON, utf8(body));
      assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
      check("post", probes, report);
      check("post", probes, allowed.post(probes, JSON, utf8("{\"topology\": ")));
      check(
          "post",
          probes,
          allowed.post(probes, JSON, utf8("{\"topology\": {}, \"concurrency\": 0}")));
      check("post", probes, allowed.post(probes, "application/yaml", example(S02)));
      check("post", probes, allowed.refusingJson(probes, JSON, utf8(body)));
      check("post", probes, small.post(probes, JSON, new byte[4096]));
      check("post", probes, broken.post(probes, JSON, utf8(body)));
    }
  }

  private static JsonNode topologyAsJson() throws java.io.IOException {
    return new com.fasterxml.jackson.databind.ObjectMapper(
            new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
        .readTree(example(S02));
  }

  private static int closedPort() throws java.io.IOException {
    try (java.net.DatagramSocket socket =
        new java.net.DatagramSocket(0, java.net.InetAddress.getByName("127.0.0.1"))) {
      return socket.getLocalPort();
    }
  }

  @Test
  void readOnlyEndpoints_answerAsDocumented() {
    check("get", "/v1/rules", api.get("/v1/rules"));
    check("get", "/v1/rules", api.refusingJson("/v1/rules"));
    check("get", "/v1/rules/{id}", api.get("/v1/rules/EXT-SAN-004"));
    check("get", "/v1/rules/{id}", api.get("/v1/rules/gen-sig"));
    check("get", "/v1/rules/{id}", api.get("/v1/rules/NO-SUCH-RULE"));
    check("get", "/v1/rules/{id}", api.refusingJson("/v1/rules/EXT-SAN"));
    check("get", "/health", api.get("/health"));
    check("get", "/health", api.refusingJson("/health"));
    check("get", "/openapi.json", api.get("/openapi.json"));
    check("get", "/openapi.json", api.refusingJson("/openapi.json"));
  }

  @Test
  void givenFailingUseCases_everyEndpointOfThem_answers500AsDocumented() {
    try (LiveServer broken = LiveServer.start(BrokenUseCases.injector())) {
      check("post", PLANS, broken.post(PLANS, "application/yaml", example(S02)));
      check("post", VALIDATIONS, broken.post(VALIDATIONS, JSON, utf8(bodies(S02).json(VALID))));
      check("get", "/v1/rules", broken.get("/v1/rules"));
      check("get", "/v1/rules/{id}", broken.get("/v1/rules/GEN"));
    }
  }

  @Test
  void givenWorkBeyondTheTimeBudget_everyWorkingEndpoint_answers503AsDocumented() throws Exception {
    try (LiveServer endless =
        LiveServer.start(
            BrokenUseCases.endless(), java.time.Duration.ofMillis(200), List.of("127.0.0.0/8"))) {
      HttpResponse<String> plan = endless.post(PLANS, "application/yaml", example(S02));
      assertThat(plan.statusCode()).as(plan.body()).isEqualTo(503);
      assertThat(plan.headers().firstValue("Retry-After")).isPresent();
      check("post", PLANS, plan);
      check("post", VALIDATIONS, endless.post(VALIDATIONS, JSON, utf8(bodies(S02).json(VALID))));
      String probe =
          "{\"topology\": "
              + MAPPER.writeValueAsString(topologyAsJson())
              + ", \"at\": \""
              + VALID
              + "\"}";
      check("post", "/v1/probes", endless.post("/v1/probes", JSON, utf8(probe)));
    }
  }

  @Test
  void givenTokensAndMetrics_guardedEndpoints_answerAsDocumented() {
    String token = "conformance-token-0123456789";
    Exposure guarded = Exposure.plain().withTokens(() -> List.of(token)).withMetrics();
    try (LiveServer server = LiveServer.start(injector, guarded)) {
      check("post", PLANS, server.post(PLANS, "application/yaml", example(S02)));
      check("post", VALIDATIONS, server.post(VALIDATIONS, JSON, utf8(bodies(S02).json(VALID))));
      check("get", "/v1/rules", server.get("/v1/rules"));
      check("get", "/v1/rules/{id}", server.get("/v1/rules/GEN"));
      check("get", "/metrics", server.get("/metrics"));
      HttpResponse<String> metrics =
          server.send(
              server.request("/metrics").header("Authorization", "Bearer " + token).build());
      assertThat(PrometheusText.parse(metrics.body()).has("jvm_memory_used_bytes")).isTrue();
      check("get", "/metrics", metrics);
    }
    check("get", "/metrics", api.get("/metrics"));
  }

  @Test
  void undocumentedPathsAndMethods_answerProblems() {
    contract.assertMatches("Problem", LiveServer.json(api.get("/v1/nothing")));
    HttpResponse<String> delete = api.send(api.request("/health").DELETE().build());
    contract.assertMatches("Problem", LiveServer.json(delete));
  }

  private static ValidationBodies bodies(String example) {
    return ValidationBodies.of(injector, example, files);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A body over the limit of a server started as {@code serve --max-body 1KiB} would: small enough
   * to be sent whole before the server refuses it (a client still sending megabytes when the server
   * answers may see the connection closed instead of the answer).
   */
  private static HttpResponse<String> tooLarge(String path) {
    try (LiveServer small = LiveServer.start(injector, 1024)) {
      return small.post(path, JSON, new byte[4096]);
    }
  }

  private static byte[] example(String example) {
    return ExampleRequests.bytes(example);
  }
}
