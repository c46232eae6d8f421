package io.edgecert.cli;

import io.edgecert.application.port.in.ExportUseCase;
import io.edgecert.domain.validation.CertificateReport;
import io.edgecert.domain.validation.ValidationReport;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;

/**
 * {@code --format jsonl}: one report per line, each a validation report of one certificate in the
 * JSON wire contract, written as soon as that certificate is judged (in the order they finish) and
 * then forgotten, so that memory stays flat however many files a run has.
 */
final class JsonLinesSink implements ReportSink {
  private static final long FLUSH_NANOS = 100_000_000L;
  private final ExportUseCase export;
  private final PrintWriter out;
  private final Instant at;
  private long flushed = System.nanoTime();

  JsonLinesSink(ExportUseCase export, PrintWriter out, Instant at) {
    this.export = export;
    this.out = out;
    this.at = at;
  }

  @Override
  public void accept(int index, CertificateReport report) {
    String line = export.reportLine(new ValidationReport(at, List.of(report)));
    synchronized (out) {
      out.print(line);
      out.print('\n');
      if (System.nanoTime() - flushed > FLUSH_NANOS) {
        flushNow();
      }
    }
  }

  @Override
  public void flush() {
    synchronized (out) {
      flushNow();
    }
  }

  @Override
  public void finish() {
    flush();
  }

  private void flushNow() {
    out.flush();
    flushed = System.nanoTime();
  }
}
