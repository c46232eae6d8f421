package io.edgecert.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A real server on a free loopback port over the fakes, and a real HTTP client to call it. */
final class TestServer implements AutoCloseable {
  static final ObjectMapper MAPPER = new ObjectMapper();

  final FakePlans plans = new FakePlans();
  final FakeValidations validations = new FakeValidations();
  final RestServer server;
  final int port;
  final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private TestServer(RestSettings settings) {
    server = new RestServer(plans, validations, new FakeRules(), new FakeExport(), settings);
    port = server.start();
  }

  static TestServer start() {
    return new TestServer(new RestSettings("127.0.0.1", 0, RestSettings.DEFAULT_MAX_BODY_BYTES));
  }

  static TestServer start(long maxBodyBytes) {
    return new TestServer(new RestSettings("127.0.0.1", 0, maxBodyBytes));
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
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return MAPPER.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop();
  }
}
