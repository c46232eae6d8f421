package io.edgecert.rest;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/** {@code GET /health}: liveness; answering at all is the point. */
final class HealthHandler implements Handler {
  static final String UP = "{\"status\":\"UP\"}";

  @Override
  public void handle(Context ctx) {
    JsonAnswer.send(ctx, UP);
  }
}
