package io.edgecert.cli;

import io.edgecert.domain.validation.CertificateReport;

/** Where an estate run puts each certificate's report; called from many threads at once. */
interface ReportSink {

  /** The report of the input at {@code index} (its place in the list of names). */
  void accept(int index, CertificateReport report);

  /** Writes whatever is buffered; called now and then while the run goes on. */
  void flush();

  /** Called once, after the last report. */
  void finish();
}
