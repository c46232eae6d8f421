package io.edgecert.rest;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.MethodNotAllowedResponse;

/**
 * Refuses {@code CONNECT} (this server is no proxy) with a 405 problem and closes the connection,
 * rather than a 404 that leaves a would-be tunnel open.
 */
final class ConnectRefusal implements Handler {
  @Override
  public void handle(Context ctx) {
    if ("CONNECT".equals(ctx.req().getMethod())) {
      ctx.header("Connection", "close");
      throw new MethodNotAllowedResponse("CONNECT is not supported: this server is not a proxy");
    }
  }
}
