package io.edgecert.rest;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.UnauthorizedResponse;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Lets a request through only with {@code Authorization: Bearer <token>} of an accepted token;
 * otherwise answers 401 with an RFC 6750 {@code WWW-Authenticate} challenge. CORS preflights
 * (OPTIONS) carry no credentials by design and pass.
 */
final class BearerAuth implements Handler {
  static final String CHALLENGE = "Bearer realm=\"edgecert\"";
  private static final String SCHEME = "bearer ";

  private final Supplier<List<String>> source;
  private volatile TokenSet tokens;

  BearerAuth(Supplier<List<String>> source) {
    this.source = source;
    this.tokens = TokenSet.of(source.get());
  }

  /** Reads the tokens again; on failure the accepted ones stay. Returns how many are accepted. */
  int reload() {
    TokenSet fresh = TokenSet.of(source.get());
    tokens = fresh;
    return fresh.size();
  }

  @Override
  public void handle(Context ctx) {
    if (ctx.method() == HandlerType.OPTIONS) {
      return;
    }
    RequestObserver.noteGuard(ctx);
    String header = ctx.header("Authorization");
    if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
      ctx.header("WWW-Authenticate", CHALLENGE);
      throw new UnauthorizedResponse(
          "This API needs a bearer token: send 'Authorization: Bearer <token>'.");
    }
    if (!tokens.matches(header.substring(SCHEME.length()).strip())) {
      ctx.header("WWW-Authenticate", CHALLENGE + ", error=\"invalid_token\"");
      throw new UnauthorizedResponse("The bearer token is not one this server accepts.");
    }
  }
}
