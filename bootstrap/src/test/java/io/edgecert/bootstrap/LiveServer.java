package io.edgecert.bootstrap;

import com.google.inject.Injector;
import io.edgecert.rest.Exposure;
import io.edgecert.rest.LoopbackServer;
import io.edgecert.rest.ProbeAllowList;
import io.edgecert.rest.RestServer;
import io.edgecert.rest.RestServerFactory;
import io.edgecert.rest.RestSettings;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * The real REST server, made by the {@link RestServerFactory} of an injector, on a free loopback
 * port; and an HTTP client to call it (a {@link LoopbackServer}).
 */
final class LiveServer extends LoopbackServer {
  private final RestServer server;

  private LiveServer(RestServer server) {
    this.server = server;
    this.port = server.start();
  }

  static LiveServer start(Injector injector) {
    return start(injector, RestSettings.DEFAULT_MAX_BODY_BYTES);
  }

  static LiveServer start(Injector injector, long maxBodyBytes) {
    return start(injector, maxBodyBytes, Exposure.plain(), List.of());
  }

  static LiveServer start(Injector injector, Exposure exposure) {
    return start(injector, RestSettings.DEFAULT_MAX_BODY_BYTES, exposure, List.of());
  }

  /** A server whose probes may reach {@code allowProbes} (as {@code serve --allow-probes}). */
  static LiveServer start(Injector injector, long maxBodyBytes, List<String> allowProbes) {
    return start(injector, maxBodyBytes, Exposure.plain(), allowProbes);
  }

  /** A server that gives each request {@code budget} (as {@code serve --time-budget}). */
  static LiveServer start(Injector injector, java.time.Duration budget, List<String> allowProbes) {
    RestSettings settings =
        new RestSettings("127.0.0.1", 0, RestSettings.DEFAULT_MAX_BODY_BYTES, List.of(), budget);
    return start(injector, settings, Exposure.plain(), allowProbes);
  }

  /** A server that closes a connection silent for {@code idle} (408 when a body stops coming). */
  static LiveServer startImpatient(
      Injector injector, java.time.Duration idle, List<String> allowProbes) {
    RestSettings settings =
        new RestSettings(
            "127.0.0.1",
            0,
            RestSettings.DEFAULT_MAX_BODY_BYTES,
            List.of(),
            RestSettings.DEFAULT_REQUEST_BUDGET,
            idle);
    return start(injector, settings, Exposure.plain(), allowProbes);
  }

  private static LiveServer start(
      Injector injector, long maxBodyBytes, Exposure exposure, List<String> allowProbes) {
    return start(injector, new RestSettings("127.0.0.1", 0, maxBodyBytes), exposure, allowProbes);
  }

  private static LiveServer start(
      Injector injector, RestSettings settings, Exposure exposure, List<String> allowProbes) {
    return new LiveServer(
        injector
            .getInstance(RestServerFactory.class)
            .create(settings, exposure, ProbeAllowList.parse(allowProbes)));
  }

  /** A GET whose Accept header rules out JSON. */
  HttpResponse<String> refusingJson(String path) {
    return send(request(path).header("Accept", "text/html").build());
  }

  /** A POST of {@code body} whose Accept header rules out JSON. */
  HttpResponse<String> refusingJson(String path, String contentType, byte[] body) {
    return send(
        request(path)
            .header("Accept", "text/html")
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  @Override
  public void close() {
    server.stop();
  }
}
