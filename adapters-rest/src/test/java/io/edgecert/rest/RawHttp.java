package io.edgecert.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A bare HTTP/1.1 client over a socket, for what real clients do and java.net.http will not: send
 * malformed requests, or send a whole body before reading anything (as python's urllib does). The
 * read timeout only guards against a hang.
 */
final class RawHttp {
  static final int HANG_GUARD_MILLIS = 60_000;

  private RawHttp() {}

  /** The server's answer to {@code head} then {@code body}, written in full before reading. */
  static Answer exchange(int port, String head, byte[] body) {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(HANG_GUARD_MILLIS);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      return Answer.parse(readAnswer(socket.getInputStream()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A POST of {@code body} with its Content-Length, written whole before the answer is read. */
  static Answer post(int port, String path, String contentType, byte[] body) {
    String head =
        "POST "
            + path
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
            + contentType
            + "\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    return exchange(port, head, body);
  }

  static Answer exchange(int port, String head) {
    return exchange(port, head, new byte[0]);
  }

  /** The first answer: its header block, then Content-Length bytes, or all until the end. */
  private static byte[] readAnswer(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int end = -1;
    while (end < 0) {
      int b = in.read();
      if (b < 0) {
        return bytes.toByteArray();
      }
      bytes.write(b);
      end = bytes.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n") ? bytes.size() : -1;
    }
    String length = Answer.headerIn(bytes.toString(StandardCharsets.ISO_8859_1), "Content-Length");
    if (length != null) {
      bytes.write(in.readNBytes(Integer.parseInt(length)));
    } else {
      bytes.write(in.readAllBytes());
    }
    return bytes.toByteArray();
  }

  /** Status, header block and body of the first answer. */
  record Answer(int status, String headers, byte[] body) {
    static Answer parse(byte[] raw) {
      String text = new String(raw, StandardCharsets.ISO_8859_1);
      int end = text.indexOf("\r\n\r\n");
      if (!text.startsWith("HTTP/1.1 ") || end < 0) {
        throw new IllegalStateException("not an HTTP answer: " + text);
      }
      int status = Integer.parseInt(text.substring(9, 12));
      byte[] body = new byte[raw.length - end - 4];
      System.arraycopy(raw, end + 4, body, 0, body.length);
      return new Answer(status, text.substring(0, end), body);
    }

    String header(String name) {
      return headerIn(headers, name);
    }

    static String headerIn(String headers, String name) {
      for (String line : headers.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
          return line.substring(colon + 1).trim();
        }
      }
      return null;
    }

    String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }

    boolean closes() {
      String connection = header("Connection");
      return connection != null && connection.toLowerCase(Locale.ROOT).contains("close");
    }
  }
}
