package io.edgecert.rest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The {@code Date} header every response carries (RFC 9110 section 6.6.1), made once a second
 * without a lock. Jetty's own (switched off in {@link RestServer}) takes a lock when the second
 * changes, and on a busy machine a request thread that holds it and loses its core stalls every
 * other request at each second boundary (seen with 64 concurrent clients on 2 shared cores).
 */
final class DateHeader extends Handler.Wrapper {
  private volatile Stamp stamp = new Stamp(-1, null);

  private record Stamp(long second, HttpField field) {}

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    response.getHeaders().put(field(System.currentTimeMillis()));
    return super.handle(request, response, callback);
  }

  HttpField field(long millis) {
    long second = Math.floorDiv(millis, 1000);
    Stamp current = stamp;
    if (current.second() != second) {
      String text =
          DateTimeFormatter.RFC_1123_DATE_TIME.format(
              Instant.ofEpochSecond(second).atOffset(ZoneOffset.UTC));
      current = new Stamp(second, new PreEncodedHttpField(HttpHeader.DATE, text));
      stamp = current;
    }
    return current.field();
  }
}
