package io.edgecert.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A server under test on a free loopback port, and a real HTTP client to call it: requests built
 * and sent, answers read, any I/O trouble failing the test. {@link TestServer} (over the fakes) and
 * bootstrap's {@code LiveServer} (the real wiring) are both one; public for bootstrap's tests.
 */
public abstract class LoopbackServer implements AutoCloseable {
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  public final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** The port the server listens on, once it has started. */
  public int port;

  public URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + port + pathAndQuery);
  }

  public HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(uri(pathAndQuery)).timeout(REQUEST_TIMEOUT);
  }

  public HttpResponse<String> get(String pathAndQuery) {
    return send(request(pathAndQuery).GET().build());
  }

  public HttpResponse<String> post(String pathAndQuery, String contentType, byte[] body) {
    return send(
        request(pathAndQuery)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  public HttpResponse<String> post(String pathAndQuery, String contentType, String body) {
    return post(pathAndQuery, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  public HttpResponse<String> send(HttpRequest request) {
    return HttpCalls.send(client, request);
  }

  public static JsonNode json(HttpResponse<String> response) {
    return HttpCalls.json(response);
  }
}
