package io.edgecert.rest;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cross-origin access for browser pages served elsewhere: off unless origins are named ({@code
 * serve --cors-origin}). An allowed origin gets {@code Access-Control-Allow-Origin} on every answer
 * and a 204 to its preflight; any other origin's preflight is answered 403 without CORS headers, so
 * the browser refuses the call. Same-origin requests (the page at {@code /}) need none of this.
 */
final class Cors {
  static final String ORIGIN = "Origin";
  static final String REQUEST_METHOD = "Access-Control-Request-Method";
  static final String REQUEST_HEADERS = "Access-Control-Request-Headers";
  static final String ALLOWED_HEADERS = "Accept, Authorization, Content-Type";
  static final String MAX_AGE_SECONDS = "600";

  private static final Set<String> SIMPLE_HEADERS =
      Set.of("accept", "accept-language", "content-language", "content-type", "authorization");

  private final List<String> origins;
  private final Map<String, String> methodsByPath;

  /** {@code methodsByPath}: each API path (as routed) and its methods, e.g. "GET" or "POST". */
  Cors(List<String> origins, Map<String, String> methodsByPath) {
    this.origins = List.copyOf(origins);
    this.methodsByPath = Map.copyOf(methodsByPath);
  }

  /**
   * Adds the CORS headers to an answer for an allowed origin (before the endpoint runs); preflights
   * are left to {@link #options}, which may refuse them.
   */
  void decorate(Context ctx) {
    if (ctx.header(REQUEST_METHOD) != null && "OPTIONS".equals(String.valueOf(ctx.method()))) {
      return;
    }
    String origin = ctx.header(ORIGIN);
    ctx.header("Vary", ORIGIN);
    if (origin != null && allowed(origin)) {
      ctx.header("Access-Control-Allow-Origin", origin);
      ctx.header("Access-Control-Expose-Headers", "ETag, WWW-Authenticate");
    }
  }

  /** The {@code OPTIONS} handler of {@code path}: a preflight answer, or the allowed methods. */
  Handler options(String path) {
    String methods = methodsByPath.get(path) + ", OPTIONS";
    return ctx -> {
      ctx.header("Allow", methods);
      String requested = ctx.header(REQUEST_METHOD);
      String origin = ctx.header(ORIGIN);
      if (requested == null || origin == null) {
        ctx.status(204);
        return;
      }
      ctx.header("Vary", ORIGIN + ", " + REQUEST_METHOD + ", " + REQUEST_HEADERS);
      if (!allowed(origin)) {
        throw new ForbiddenOrigin(
            origins.isEmpty()
                ? "Cross-origin requests are not enabled on this server (start it with"
                    + " --cors-origin "
                    + origin
                    + " to allow this page)."
                : "The origin "
                    + origin
                    + " is not allowed; allowed: "
                    + String.join(", ", origins)
                    + ".");
      }
      if (!methods.contains(requested.strip().toUpperCase(Locale.ROOT))) {
        throw new ForbiddenOrigin(
            requested.strip() + " is not allowed on " + path + "; allowed: " + methods);
      }
      String headers = ctx.header(REQUEST_HEADERS);
      if (headers != null && !simple(headers)) {
        throw new ForbiddenOrigin(
            "The request headers '"
                + headers.strip()
                + "' are not allowed; allowed: "
                + ALLOWED_HEADERS);
      }
      ctx.header("Access-Control-Allow-Origin", origin);
      ctx.header("Access-Control-Allow-Methods", methods);
      ctx.header("Access-Control-Allow-Headers", ALLOWED_HEADERS);
      ctx.header("Access-Control-Max-Age", MAX_AGE_SECONDS);
      ctx.status(204);
    };
  }

  private boolean allowed(String origin) {
    return origins.contains(origin.strip().toLowerCase(Locale.ROOT));
  }

  private static boolean simple(String headers) {
    Set<String> names =
        Arrays.stream(headers.split(","))
            .map(h -> h.strip().toLowerCase(Locale.ROOT))
            .filter(h -> !h.isEmpty())
            .collect(Collectors.toSet());
    return SIMPLE_HEADERS.containsAll(names);
  }

  /** A preflight that is refused: answered 403. */
  static final class ForbiddenOrigin extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ForbiddenOrigin(String message) {
      super(message);
    }
  }
}
