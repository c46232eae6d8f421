package io.edgecert.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real server on a free loopback port over the fakes, and a real HTTP client to call it; as a
 * JUnit extension it runs for the whole test class.
 */
final class TestServer implements BeforeAllCallback, AfterAllCallback, AutoCloseable {
  static final ObjectMapper MAPPER = new ObjectMapper();

  /** Only the fakes' {@link Cues#ENDLESS} works long enough to spend it. */
  static final Duration REQUEST_BUDGET = Duration.ofSeconds(1);

  final FakePlans plans = new FakePlans();
  final FakeValidations validations = new FakeValidations();
  final FakeExport export = new FakeExport();
  final FakeProbes probes = new FakeProbes();
  final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private RestSettings settings;
  private final Exposure exposure;
  private RestServer server;
  int port;

  private TestServer(long maxBodyBytes, Exposure exposure) {
    this.settings =
        new RestSettings("127.0.0.1", 0, maxBodyBytes).withRequestBudget(REQUEST_BUDGET);
    this.exposure = exposure;
  }

  private TestServer(long maxBodyBytes) {
    this(maxBodyBytes, Exposure.plain());
  }

  /** A server that starts before the first test of the class and stops after the last. */
  static TestServer perClass() {
    return new TestServer(RestSettings.DEFAULT_MAX_BODY_BYTES);
  }

  static TestServer perClass(long maxBodyBytes) {
    return new TestServer(maxBodyBytes);
  }

  /** A server exposed as {@code exposure} says (no TLS here: bootstrap's tests have the PKI). */
  static TestServer perClass(Exposure exposure) {
    return new TestServer(RestSettings.DEFAULT_MAX_BODY_BYTES, exposure);
  }

  /** A server that lets pages from {@code origins} call it (CORS). */
  static TestServer perClassAllowing(String... origins) {
    TestServer api = new TestServer(RestSettings.DEFAULT_MAX_BODY_BYTES);
    api.settings = api.settings.withCorsOrigins(java.util.List.of(origins));
    return api;
  }

  /**
   * A server started now that closes connections silent for {@code idle}, for the caller to close.
   */
  static TestServer withIdleTimeout(Duration idle) {
    TestServer api = perClass();
    api.settings = api.settings.withIdleTimeout(idle);
    api.open();
    return api;
  }

  /** A server started now, for the caller to close. */
  static TestServer start() {
    TestServer api = perClass();
    api.open();
    return api;
  }

  void open() {
    server =
        new RestServer(
            plans,
            validations,
            new FakeRules(),
            export,
            settings,
            exposure,
            null,
            new ProbeAccess(probes, ProbeAllowList.parse(ProbeEndpointTest.ALLOWED)));
    port = server.start();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    open();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
        .timeout(Duration.ofSeconds(20));
  }

  HttpResponse<String> get(String path) {
    return send(request(path).GET().build());
  }

  HttpResponse<String> post(String path, String contentType, String body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  HttpResponse<String> send(HttpRequest request) {
    return HttpCalls.send(client, request);
  }

  static JsonNode json(HttpResponse<String> response) {
    return HttpCalls.json(response);
  }

  static JsonNode json(String body) {
    try {
      return MAPPER.readTree(body);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop();
  }
}
