package io.edgecert.rest;

import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The request threads: a few per core rather than Javalin's 250. Every request is CPU work of well
 * under a millisecond, so more threads than cores only add switching and lock convoys; with 64
 * concurrent clients on 2 cores, 250 threads served plans at a fifth of the rate of 8 clients.
 */
final class ServerThreads {
  static final int PER_CORE = 4;
  static final int MINIMUM = 8;
  private static final int IDLE_TIMEOUT_MILLIS = 60_000;

  private ServerThreads() {}

  static QueuedThreadPool pool() {
    int max = Math.max(MINIMUM, PER_CORE * Runtime.getRuntime().availableProcessors()) + 4;
    QueuedThreadPool pool = new QueuedThreadPool(max, Math.min(MINIMUM, max), IDLE_TIMEOUT_MILLIS);
    pool.setName("edgecert-http");
    return pool;
  }
}
