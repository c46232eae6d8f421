package io.edgecert.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.function.Consumer;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.NanoTime;

/**
 * Sees every finished request (Jetty's own refusals included): records it in the metrics and writes
 * one JSON access-log line (time, client, method, route template, status, duration, bytes sent).
 * Never the path's values, the query, headers or bodies, so no token or password.
 */
final class RequestObserver implements RequestLog {
  static final String ROUTE = "io.edgecert.rest.route";
  static final String UNMATCHED = "unmatched";

  private final ObjectMapper mapper = new ObjectMapper();
  private final ServerMetrics metrics;
  private final Consumer<String> accessLog;

  /** Either may be null (off). */
  RequestObserver(ServerMetrics metrics, Consumer<String> accessLog) {
    this.metrics = metrics;
    this.accessLog = accessLog;
  }

  /**
   * Notes the route template Javalin matched, for {@link #log}; run after every request. A request
   * refused before routing (401) keeps the pattern of the check that refused it, e.g. {@code
   * /v1/*}.
   */
  static void noteRoute(Context ctx) {
    var endpoint = ctx.endpoints().matchedHttpEndpoint();
    if (endpoint != null) {
      ctx.attribute(ROUTE, endpoint.path);
    }
  }

  /** Notes the pattern of the before-handler running now as the route. */
  static void noteGuard(Context ctx) {
    ctx.attribute(ROUTE, ctx.endpoint().path);
  }

  @Override
  public void log(Request request, Response response) {
    long nanos = NanoTime.since(request.getBeginNanoTime());
    Object noted = request.getAttribute(ROUTE);
    String route = noted instanceof String ? (String) noted : UNMATCHED;
    if (metrics != null) {
      metrics.request(request.getMethod(), route, response.getStatus(), nanos);
    }
    if (accessLog != null) {
      accessLog.accept(line(request, response, route, nanos));
    }
  }

  private String line(Request request, Response response, String route, long nanos) {
    ObjectNode line = mapper.createObjectNode();
    line.put("time", Instant.ofEpochMilli(Request.getTimeStamp(request)).toString());
    line.put("client", Request.getRemoteAddr(request));
    line.put("method", request.getMethod());
    line.put("route", route);
    line.put("status", response.getStatus());
    line.put("durationMs", Math.round(nanos / 10_000.0) / 100.0);
    line.put("bytes", Response.getContentBytesWritten(response));
    return line.toString();
  }
}
