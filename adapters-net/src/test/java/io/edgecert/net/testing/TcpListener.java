package io.edgecert.net.testing;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** A TCP listener on a loopback address and an ephemeral port that accepts and hangs up. */
public final class TcpListener implements Closeable {
  private final ServerSocket socket;

  private TcpListener(ServerSocket socket) {
    this.socket = socket;
    Thread acceptor =
        new Thread(
            () -> {
              while (!socket.isClosed()) {
                try (Socket client = socket.accept()) {
                  client.getOutputStream().flush();
                } catch (IOException e) {
                  return;
                }
              }
            },
            "tcp-listener");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public static TcpListener start(String address) {
    try {
      return new TcpListener(new ServerSocket(0, 50, InetAddress.getByName(address)));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public int port() {
    return socket.getLocalPort();
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
  }
}
