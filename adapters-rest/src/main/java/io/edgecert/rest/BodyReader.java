package io.edgecert.rest;

import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Keeps request bodies within the limit without keeping more than the limit: a declared length over
 * it is refused before its body is parsed (as a filter on every request), and a body without a
 * declared length is kept only up to one byte past the limit. Before a 413 the rest of the body is
 * read and thrown away, up to {@link BodyDrain#MAX_DISCARD_BYTES}, so that clients which send the
 * whole body before they read the answer (python's urllib, most scripts) receive the 413 instead of
 * a reset connection.
 */
final class BodyReader implements Handler {
  private final long limit;

  BodyReader(long limit) {
    this.limit = limit;
  }

  /** Refuses a request whose Content-Length is over the limit, before its body is parsed. */
  @Override
  public void handle(Context ctx) {
    if (ctx.req().getContentLengthLong() > limit) {
      BodyDrain.discard(ctx);
      throw tooLarge();
    }
  }

  /**
   * The whole body, at most {@code limit} bytes.
   *
   * @throws UncheckedIOException when the body cannot be read: the client went silent past the idle
   *     timeout or closed its side early ({@link ClientFaults} tells the 408 or 400). Unchecked on
   *     purpose: Javalin answers an {@link IOException} of those kinds itself, before any exception
   *     handler, with a bare status and an empty text/plain body.
   */
  byte[] read(Context ctx) {
    byte[] body;
    try {
      InputStream in = ctx.bodyInputStream();
      body = in.readNBytes((int) limit + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("the request body could not be read", e);
    }
    if (body.length > limit) {
      BodyDrain.discard(ctx);
      throw tooLarge();
    }
    return body;
  }

  ContentTooLargeResponse tooLarge() {
    return new ContentTooLargeResponse(
        "The request body is larger than the limit of " + limit + " bytes.");
  }
}
