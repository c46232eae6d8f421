package io.edgecert.rest;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;

/**
 * Sends a JSON document made by the export use case, unchanged (in UTF-8), so REST and CLI say the
 * same.
 */
final class JsonAnswer {

  private JsonAnswer() {}

  static void send(Context ctx, String json) {
    send(ctx, json.getBytes(StandardCharsets.UTF_8));
  }

  /** Sends JSON already in UTF-8. */
  static void send(Context ctx, byte[] json) {
    ctx.status(200).contentType(MediaTypes.JSON).result(json);
  }
}
