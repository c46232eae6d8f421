package io.edgecert.net;

import java.io.Closeable;
import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Closes a socket when its time is up, so that a peer that drips one byte just inside every read
 * timeout cannot hold a probe forever. Closing makes the blocked read fail; {@link #expired()} then
 * says why.
 */
final class Deadline implements Closeable {
  private static final ScheduledExecutorService TIMER =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "edgecert-probe-deadline");
            thread.setDaemon(true);
            return thread;
          });

  private final AtomicBoolean expired = new AtomicBoolean();
  private final ScheduledFuture<?> task;

  private Deadline(Socket socket, Duration limit) {
    this.task =
        TIMER.schedule(
            () -> {
              expired.set(true);
              quietlyClose(socket);
            },
            limit.toMillis(),
            TimeUnit.MILLISECONDS);
  }

  /** Starts the clock for {@code socket}. */
  static Deadline of(Socket socket, Duration limit) {
    return new Deadline(socket, limit);
  }

  /** Whether the time ran out and the socket was closed for it. */
  boolean expired() {
    return expired.get();
  }

  @Override
  public void close() {
    task.cancel(false);
  }

  static void quietlyClose(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // closing a broken socket tells nothing more
    }
  }
}
