package io.edgecert.rest;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.NotAcceptableResponse;
import java.util.Locale;
import java.util.Set;

/**
 * Answers 406 before any work when the client's Accept header rules out JSON, the only thing this
 * API sends (errors as {@code application/problem+json}) but for plans, which also come as {@code
 * text/markdown}; no Accept header accepts anything. The web page's files are not checked.
 */
final class AcceptCheck implements Handler {
  private static final Set<String> MATCHING =
      Set.of("*/*", "application/*", "application/json", "application/problem+json");

  static final String MARKDOWN = "text/markdown";

  @Override
  public void handle(Context ctx) {
    String path = ctx.path();
    if (path.equals(WebFiles.ROOT) || path.startsWith("/assets/")) {
      return;
    }
    String accept = ctx.header("Accept");
    if (path.equals(ServerMetrics.PATH)) {
      return; // Prometheus text, whatever the scraper prefers
    }
    if (path.equals(Routes.PLANS) && accept != null && accepts(accept, Set.of(MARKDOWN))) {
      return;
    }
    if (accept != null && !accept.isBlank() && !acceptsJson(accept)) {
      throw new NotAcceptableResponse(
          "This API answers application/json (errors application/problem+json); the Accept header '"
              + accept.strip()
              + "' allows neither.");
    }
  }

  static boolean acceptsJson(String accept) {
    return accepts(accept, MATCHING);
  }

  /**
   * True when the client asks for Markdown rather than JSON: {@code text/markdown} is acceptable
   * with a quality above that of every JSON range it names.
   */
  static boolean prefersMarkdown(String accept) {
    if (accept == null) {
      return false;
    }
    double markdown = 0;
    double json = 0;
    for (String range : accept.split(",")) {
      String[] parts = range.split(";");
      String type = parts[0].trim().toLowerCase(Locale.ROOT);
      if (type.equals(MARKDOWN)) {
        markdown = Math.max(markdown, quality(parts));
      } else if (type.equals("application/json")) {
        json = Math.max(json, quality(parts));
      }
    }
    return markdown > json;
  }

  private static boolean accepts(String accept, Set<String> matching) {
    for (String range : accept.split(",")) {
      String[] parts = range.split(";");
      if (matching.contains(parts[0].trim().toLowerCase(Locale.ROOT)) && quality(parts) > 0) {
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
