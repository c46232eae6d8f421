package io.edgecert.cli;

import io.edgecert.application.port.in.ProbeProgress;
import io.edgecert.domain.probe.Member;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/** A progress line on standard error, rewritten in place: {@code probed 3/12 ...}. */
final class ProgressLine implements ProbeProgress {
  private final PrintWriter err;
  private final AtomicInteger done = new AtomicInteger();
  private volatile int total;

  ProgressLine(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void started(int count) {
    total = count;
    show("probing " + count + " addresses");
  }

  @Override
  public synchronized void probed(Member member) {
    int now = done.incrementAndGet();
    show("probed " + now + "/" + total + " " + member.label());
    if (now == total) {
      err.print("\r\033[K");
      err.flush();
    }
  }

  private synchronized void show(String text) {
    err.print("\r\033[K" + text);
    err.flush();
  }
}
