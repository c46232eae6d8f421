package io.edgecert.rest;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.NotAcceptableResponse;
import java.util.Locale;
import java.util.Set;

/**
 * Answers 406 before any work when the client's Accept header rules out JSON, the only thing this
 * API sends (errors as {@code application/problem+json}); no Accept header accepts anything.
 */
final class AcceptCheck implements Handler {
  private static final Set<String> MATCHING =
      Set.of("*/*", "application/*", "application/json", "application/problem+json");

  @Override
  public void handle(Context ctx) {
    String accept = ctx.header("Accept");
    if (ctx.path().equals(ServerMetrics.PATH)) {
      return; // Prometheus text, whatever the scraper prefers
    }
    if (accept != null && !accept.isBlank() && !acceptsJson(accept)) {
      throw new NotAcceptableResponse(
          "This API answers application/json (errors application/problem+json); the Accept header '"
              + accept.strip()
              + "' allows neither.");
    }
  }

  static boolean acceptsJson(String accept) {
    for (String range : accept.split(",")) {
      String[] parts = range.split(";");
      if (MATCHING.contains(parts[0].trim().toLowerCase(Locale.ROOT)) && quality(parts) > 0) {
        return true;
      }
    }
    return false;
  }

  private static double quality(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].trim().toLowerCase(Locale.ROOT);
      if (parameter.startsWith("q=")) {
        try {
          return Double.parseDouble(parameter.substring(2));
        } catch (NumberFormatException e) {
          return 1;
        }
      }
    }
    return 1;
  }
}
