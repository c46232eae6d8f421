package io.edgecert.rest;

import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;

/**
 * Keeps request bodies within the limit without reading more than the limit: a declared length over
 * it is refused before reading (as a filter on every request), and a body without a declared length
 * is read only up to one byte past the limit.
 */
final class BodyReader implements Handler {
  private final long limit;

  BodyReader(long limit) {
    this.limit = limit;
  }

  /** Refuses a request whose Content-Length is over the limit, before its body is read. */
  @Override
  public void handle(Context ctx) {
    if (ctx.req().getContentLengthLong() > limit) {
      throw tooLarge();
    }
  }

  /** The whole body, at most {@code limit} bytes. */
  byte[] read(Context ctx) throws IOException {
    try (InputStream in = ctx.bodyInputStream()) {
      byte[] body = in.readNBytes((int) limit + 1);
      if (body.length > limit) {
        throw tooLarge();
      }
      return body;
    }
  }

  ContentTooLargeResponse tooLarge() {
    return new ContentTooLargeResponse(
        "The request body is larger than the limit of " + limit + " bytes.");
  }
}
