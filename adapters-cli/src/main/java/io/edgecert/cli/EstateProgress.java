package io.edgecert.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * The progress line of an estate run on a terminal's standard error: files done of all, rate,
 * failures and unreadable files so far, and the time left; rewritten in place, and replaced at the
 * end by a summary line.
 */
final class EstateProgress {
  private static final String CLEAR_LINE = "\r\u001b[K";
  private final PrintWriter err;
  private final int total;
  private final long started = System.nanoTime();

  EstateProgress(PrintWriter err, int total) {
    this.err = err;
    this.total = total;
  }

  void update(EstateCounts counts) {
    int done = counts.done();
    double rate = rate(done);
    String eta = rate > 0 ? duration((total - done) / rate) : "-";
    print(
        CLEAR_LINE
            + String.format(
                Locale.ROOT,
                "validate: %,d of %,d files, %,.0f/s, %,d failed, %,d unreadable, %s left",
                done,
                total,
                rate,
                counts.failed(),
                counts.unreadable(),
                eta));
  }

  void finish(EstateCounts counts) {
    int done = counts.done();
    print(
        CLEAR_LINE
            + String.format(
                Locale.ROOT,
                "validate: %,d files in %s (%,.0f/s), %,d failed, %,d unreadable%n",
                done,
                duration(seconds()),
                rate(done),
                counts.failed(),
                counts.unreadable()));
  }

  /** A line printed while the progress line shows: the progress line is cleared first. */
  String above(String line) {
    return CLEAR_LINE + line;
  }

  private void print(String text) {
    synchronized (err) {
      err.print(text);
      err.flush();
    }
  }

  private double seconds() {
    return (System.nanoTime() - started) / 1e9;
  }

  private double rate(int done) {
    double seconds = seconds();
    return seconds > 0 ? done / seconds : 0;
  }

  static String duration(double seconds) {
    long whole = Math.round(seconds);
    if (seconds < 10) {
      return String.format(Locale.ROOT, "%.1f s", seconds);
    }
    return String.format(Locale.ROOT, "%d:%02d", whole / 60, whole % 60);
  }
}
