package io.edgecert.cli;

import io.edgecert.domain.validation.CertificateReport;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.ValidationReport;
import java.util.List;

/** Renders a validation report as Markdown: a findings table per certificate and the verdict. */
final class ReportMarkdown {
  private static final List<String> HEADER =
      List.of("Status", "Rule", "Severity", "Finding", "Expected", "Actual");

  String render(ValidationReport report) {
    Markdown md = new Markdown().heading(1, "Edge certificate validation");
    md.paragraph("Evaluated at " + report.at() + " · Verdict: **" + verdict(report) + "**");
    for (CertificateReport c : report.certificates()) {
      md.heading(2, ReportValues.title(c));
      md.paragraph("Subject: " + Markdown.code(c.subjectName()) + " · Thumbprint: "
          + Markdown.code(c.thumbprint()) + " · Verdict: **" + c.verdict().code() + "**");
      md.table(HEADER, c.findings().stream().map(ReportMarkdown::row).toList());
    }
    return md.paragraph("Summary: " + ReportValues.summary(report)).toString();
  }

  private static String verdict(ValidationReport report) {
    return report.verdict().code();
  }

  private static List<String> row(Finding f) {
    boolean values = ReportValues.showsValues(f);
    return List.of(
        f.status().code(),
        f.rule().id(),
        f.severity().code(),
        Markdown.cell(f.message()),
        values ? Markdown.code(f.expected()) : "",
        values ? Markdown.code(f.actual()) : "");
  }
}
