package io.edgecert.rest;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers (a request it could not parse, headers or a URI too large, a method it
 * does not serve) as problem+json in UTF-8 instead of HTML or an empty body, for every method, with
 * the connection closed: after a protocol error the rest of the stream cannot be trusted.
 */
final class ProblemErrorHandler extends ErrorHandler {
  private static final int MAX_DETAIL = 200;
  private static final HttpField CLOSE =
      new HttpField(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE);
  private static final HttpField TYPE =
      new HttpField(HttpHeader.CONTENT_TYPE, ProblemWriter.PROBLEM_JSON_UTF8);

  private final ProblemWriter writer;

  ProblemErrorHandler(ProblemWriter writer) {
    this.writer = writer;
    setShowStacks(false);
    setShowCauses(false);
  }

  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    HttpFields.Mutable headers = response.getHeaders();
    headers.put(TYPE);
    if (code >= 400 && code < 500) {
      headers.put(CLOSE);
    }
    ByteBuffer body = body(code, message);
    headers.put(HttpHeader.CONTENT_LENGTH, body.remaining());
    response.write(true, body, callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(TYPE);
    fields.put(CLOSE);
    return body(status, reason);
  }

  private ByteBuffer body(int status, String message) {
    Problem problem = Problems.ofStatus(status, detail(status, message));
    return ByteBuffer.wrap(writer.toJson(problem).toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Jetty's reason when it is short and plain (it never holds request content), else a generic one.
   */
  static String detail(int status, String message) {
    if (message == null
        || message.isBlank()
        || message.length() > MAX_DETAIL
        || !message.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
      return "The server could not process the request (HTTP " + status + ").";
    }
    return message;
  }
}
