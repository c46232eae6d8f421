package io.edgecert.acceptance.driver.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client of the edgecert REST API: JSON bodies in, JSON or problems out. */
final class Http {
  private static final String ACCEPT = "application/json, application/problem+json";
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final URI base;

  /** The status, content type and body of an answer. */
  record Answer(int status, String contentType, String body) {

    boolean isProblem() {
      return contentType.startsWith("application/problem+json");
    }
  }

  Http(URI base) {
    this.base = base;
  }

  Answer post(String path, String contentType, byte[] body) {
    return send(
        path,
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(TIMEOUT)
            .header("Content-Type", contentType)
            .header("Accept", ACCEPT)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  Answer get(String path) {
    return send(
        path,
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(TIMEOUT)
            .header("Accept", ACCEPT)
            .GET()
            .build());
  }

  private Answer send(String path, HttpRequest request) {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      String type = response.headers().firstValue("Content-Type").orElse("");
      return new Answer(response.statusCode(), type, response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while calling " + path, e);
    }
  }
}
