package io.edgecert.rest;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Headers on every answer that keep a browser strict: only this server's own scripts, styles and
 * images ({@code default-src 'self'}, so no inline script or style), no MIME sniffing, no framing,
 * no referrer sent elsewhere.
 */
final class SecurityHeaders implements Handler {
  static final String POLICY =
      "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
          + " frame-ancestors 'none'";

  @Override
  public void handle(Context ctx) {
    ctx.header("Content-Security-Policy", POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
  }
}
