package io.edgecert.rest;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** {@code GET /openapi.json}: the hand-written OpenAPI 3.1 document of this API. */
final class OpenApiHandler implements Handler {
  static final String RESOURCE = "/io/edgecert/rest/openapi.json";

  private final String document;

  OpenApiHandler() {
    this.document = load();
  }

  @Override
  public void handle(Context ctx) {
    JsonAnswer.send(ctx, document);
  }

  static String load() {
    try (InputStream in = OpenApiHandler.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
