package io.edgecert.rest;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;

/**
 * Reads and throws away what is left of a refused request body, within a bound of bytes and time,
 * so that the answer reaches a client that is still sending. Past the bound, or when the client
 * waits for {@code 100 Continue} (and so has sent nothing yet), the connection is closed after the
 * answer instead.
 */
final class BodyDrain {
  static final long MAX_DISCARD_BYTES = 64L * 1024 * 1024;
  static final long MAX_DISCARD_NANOS = TimeUnit.SECONDS.toNanos(20);
  private static final int CHUNK = 16 * 1024;

  private BodyDrain() {}

  static void discard(Context ctx) {
    if (!"100-continue".equalsIgnoreCase(ctx.req().getHeader("Expect"))
        && discarded(ctx, ctx.req().getContentLengthLong())) {
      return;
    }
    ctx.header("Connection", "close");
  }

  /** True when the body was read to its end within the bound. */
  private static boolean discarded(Context ctx, long declared) {
    if (declared > MAX_DISCARD_BYTES) {
      return false;
    }
    long deadline = System.nanoTime() + MAX_DISCARD_NANOS;
    byte[] chunk = new byte[CHUNK];
    long total = 0;
    try {
      InputStream in = ctx.req().getInputStream();
      for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
        total += n;
        if (total > MAX_DISCARD_BYTES || System.nanoTime() - deadline > 0) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
