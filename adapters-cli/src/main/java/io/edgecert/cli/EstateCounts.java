package io.edgecert.cli;

import java.util.concurrent.atomic.AtomicInteger;

/** What an estate run has done so far: inputs judged or refused, failed verdicts, unreadable ones. */
final class EstateCounts {
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private final AtomicInteger unreadable = new AtomicInteger();

  void judged(boolean passed) {
    if (!passed) {
      failed.incrementAndGet();
    }
    done.incrementAndGet();
  }

  void refused() {
    unreadable.incrementAndGet();
    done.incrementAndGet();
  }

  int done() {
    return done.get();
  }

  int failed() {
    return failed.get();
  }

  int unreadable() {
    return unreadable.get();
  }
}
