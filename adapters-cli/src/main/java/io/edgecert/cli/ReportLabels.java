package io.edgecert.cli;

import io.edgecert.domain.validation.CertificateReport;

/**
 * How the Markdown and JUnit renderings name a report and its entries: validate names each entry by
 * its file and role; probe by what was checked (an SRV record, an address of an endpoint).
 */
interface ReportLabels {

  /** The labels of validate: the file and the role it was judged as. */
  ReportLabels VALIDATE =
      new ReportLabels() {
        @Override
        public String heading() {
          return "Edge certificate validation";
        }

        @Override
        public String suiteName() {
          return "edgecert validate";
        }

        @Override
        public String title(CertificateReport entry) {
          return ReportValues.title(entry);
        }

        @Override
        public String classname(CertificateReport entry) {
          return "edgecert." + (entry.role() == null ? "unmatched" : entry.role().code());
        }
      };

  /** The first heading of a Markdown report. */
  String heading();

  /** The name of the JUnit {@code testsuites} element. */
  String suiteName();

  /** The heading of one entry, and the name of its JUnit testsuite. */
  String title(CertificateReport entry);

  /** The JUnit class name of the test cases of one entry. */
  String classname(CertificateReport entry);
}
