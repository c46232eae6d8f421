package io.edgecert.cli;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What an estate run has done so far: inputs judged or refused, failed verdicts, warning findings,
 * unreadable inputs.
 */
final class EstateCounts {
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private final AtomicInteger unreadable = new AtomicInteger();
  private final AtomicLong warnings = new AtomicLong();

  void judged(boolean passed, long warningFindings) {
    if (!passed) {
      failed.incrementAndGet();
    }
    warnings.addAndGet(warningFindings);
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

  long warnings() {
    return warnings.get();
  }
}
