package io.edgecert.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real server on a free loopback port over the fakes, and a real HTTP client to call it (a {@link
 * LoopbackServer}); as a JUnit extension it runs for the whole test class.
 */
final class TestServer extends LoopbackServer implements BeforeAllCallback, AfterAllCallback {
  static final ObjectMapper MAPPER = new ObjectMapper();

  /** Only the fakes' {@link Cues#ENDLESS} works long enough to spend it. */
  static final Duration REQUEST_BUDGET = Duration.ofSeconds(1);

  final FakePlans plans = new FakePlans();
  final FakeValidations validations = new FakeValidations();
  final FakeExport export = new FakeExport();
  final FakeProbes probes = new FakeProbes();
  private RestSettings settings;
  private final Exposure exposure;
  private RestServer server;

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
