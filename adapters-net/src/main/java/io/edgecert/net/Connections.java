package io.edgecert.net;

import io.edgecert.domain.probe.Endpoint;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/** Opens TCP connections to one address of an endpoint and words what went wrong for a report. */
final class Connections {

  private Connections() {}

  /** A connected socket whose reads time out after {@code readTimeout}. */
  static Socket open(String address, int port, Duration connectTimeout, Duration readTimeout)
      throws IOException {
    Socket socket = new Socket();
    try {
      socket.connect(
          new InetSocketAddress(InetAddress.getByName(address), port),
          Math.toIntExact(connectTimeout.toMillis()));
      socket.setSoTimeout(Math.toIntExact(readTimeout.toMillis()));
      socket.setTcpNoDelay(true);
      return socket;
    } catch (IOException | RuntimeException e) {
      Deadline.quietlyClose(socket);
      throw e;
    }
  }

  /** A short account of a connection failure: refused, timed out, no route, or the message. */
  static String describe(Exception e, Endpoint endpoint, Duration connectTimeout) {
    if (e instanceof ConnectException) {
      return "connection refused on port " + endpoint.port();
    }
    if (e instanceof SocketTimeoutException) {
      return "no answer within " + connectTimeout.toMillis() + " ms";
    }
    if (e instanceof NoRouteToHostException) {
      return "no route to host";
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
