package io.edgecert.rest;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/**
 * A multipart/form-data body as a browser sends it: fields and files, each a part. Public for the
 * tests of bootstrap.
 */
public final class Multipart {
  private static final String BOUNDARY = "----edgecert-test-boundary-7MA4YWxkTrZu0gW";

  private final ByteArrayOutputStream body = new ByteArrayOutputStream();

  public Multipart field(String name, String value) {
    return part("form-data; name=\"" + name + "\"", null, value.getBytes(StandardCharsets.UTF_8));
  }

  public Multipart file(String name, String filename, String contentType, byte[] content) {
    String disposition = "form-data; name=\"" + name + "\"; filename=\"" + filename + "\"";
    return part(disposition, contentType, content);
  }

  public String contentType() {
    return "multipart/form-data; boundary=" + BOUNDARY;
  }

  public HttpRequest.BodyPublisher publisher() {
    byte[] end = ("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.writeBytes(body.toByteArray());
    all.writeBytes(end);
    return HttpRequest.BodyPublishers.ofByteArray(all.toByteArray());
  }

  private Multipart part(String disposition, String contentType, byte[] content) {
    StringBuilder head = new StringBuilder("--").append(BOUNDARY).append("\r\n");
    head.append("Content-Disposition: ").append(disposition).append("\r\n");
    if (contentType != null) {
      head.append("Content-Type: ").append(contentType).append("\r\n");
    }
    body.writeBytes(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    return this;
  }
}
