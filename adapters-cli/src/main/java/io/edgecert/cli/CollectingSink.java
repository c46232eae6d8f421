package io.edgecert.cli;

import io.edgecert.domain.validation.CertificateReport;
import io.edgecert.domain.validation.ValidationReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;

/**
 * The whole-document formats (text, markdown, json, junit): keeps every report in its input's place
 * and hands one validation report, in input order, to the renderer at the end.
 */
final class CollectingSink implements ReportSink {
  private final AtomicReferenceArray<CertificateReport> reports;
  private final Instant at;
  private final Consumer<ValidationReport> render;

  CollectingSink(int size, Instant at, Consumer<ValidationReport> render) {
    this.reports = new AtomicReferenceArray<>(size);
    this.at = at;
    this.render = render;
  }

  @Override
  public void accept(int index, CertificateReport report) {
    reports.set(index, report);
  }

  @Override
  public void flush() {}

  /** Renders the reports in input order; nothing when no input could be read. */
  @Override
  public void finish() {
    List<CertificateReport> ordered = new ArrayList<>();
    for (int i = 0; i < reports.length(); i++) {
      ordered.add(reports.get(i));
    }
    ordered.removeIf(Objects::isNull);
    if (!ordered.isEmpty()) {
      render.accept(new ValidationReport(at, ordered));
    }
  }
}
