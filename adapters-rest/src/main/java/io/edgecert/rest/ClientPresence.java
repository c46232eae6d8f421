package io.edgecert.rest;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.BufferUtil;

/**
 * Whether the client of one request is still there (ADR 0043). Jetty does not read an HTTP/1.1
 * connection while a handler works, so a client that closes its socket goes unnoticed until the
 * answer is written; this asks the connection itself, at most every {@value #PROBE_MILLIS} ms: a
 * failure Jetty reported, a closed end point, or the end of the stream (the client closed or shut
 * down its side) means it has gone. The probe reads at most one byte; a client that sent more after
 * its POST (HTTP/1.1 forbids pipelining after a non-idempotent request) gets its answer with {@code
 * Connection: close}, since that byte is not given back.
 */
final class ClientPresence {
  static final long PROBE_MILLIS = 20;

  private final AtomicBoolean failed = new AtomicBoolean();
  private final EndPoint endPoint;
  private long lastProbe = System.nanoTime();
  private boolean readAhead;

  private ClientPresence(EndPoint endPoint) {
    this.endPoint = endPoint;
  }

  static ClientPresence of(Context ctx) {
    ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
    if (request == null) {
      return new ClientPresence(null);
    }
    ClientPresence presence = new ClientPresence(endPoint(request));
    request.addFailureListener(failure -> presence.failed.set(true));
    return presence;
  }

  /** Called from the working thread only (the budget's checks). */
  boolean gone() {
    if (failed.get()) {
      return true;
    }
    if (endPoint == null || readAhead) {
      return false;
    }
    if (!endPoint.isOpen()) {
      return true;
    }
    long now = System.nanoTime();
    if (now - lastProbe < TimeUnit.MILLISECONDS.toNanos(PROBE_MILLIS)) {
      return false;
    }
    lastProbe = now;
    try {
      ByteBuffer probe = BufferUtil.allocate(1);
      int read = endPoint.fill(probe);
      readAhead = read > 0;
      return read < 0;
    } catch (IOException e) {
      return true;
    }
  }

  /** Whether the probe read a byte of what the client sent next (the connection must close). */
  boolean readAhead() {
    return readAhead;
  }

  private static EndPoint endPoint(Request request) {
    if (request.getConnectionMetaData() == null
        || request.getConnectionMetaData().getConnection() == null) {
      return null;
    }
    return request.getConnectionMetaData().getConnection().getEndPoint();
  }
}
