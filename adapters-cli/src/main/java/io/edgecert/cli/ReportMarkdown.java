package io.edgecert.cli;

import io.edgecert.domain.rules.SourceReference;
import io.edgecert.domain.validation.CertificateReport;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.PoolRole;
import io.edgecert.domain.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;

/** Renders a validation report as Markdown: a findings table per certificate and the verdict. */
final class ReportMarkdown {
  private static final List<String> HEADER =
      List.of("Status", "Rule", "Severity", "Finding", "Expected", "Actual");
  private final ReportLabels labels;

  /** The Markdown of validate. */
  ReportMarkdown() {
    this(ReportLabels.VALIDATE);
  }

  /** Markdown whose headings are {@code labels}'. */
  ReportMarkdown(ReportLabels labels) {
    this.labels = labels;
  }

  String render(ValidationReport report) {
    Markdown md = new Markdown().heading(1, labels.heading());
    md.bullets(
        List.of("Evaluated at: " + report.at(), "Verdict: **" + report.verdict().code() + "**"));
    for (CertificateReport c : report.certificates()) {
      md.heading(2, labels.title(c));
      md.bullets(
          List.of(
              "Subject: " + Markdown.code(c.subjectName()),
              "Thumbprint: " + Markdown.code(c.thumbprint()),
              "Verdict: **" + c.verdict().code() + "**"));
      md.table(HEADER, c.findings().stream().map(ReportMarkdown::row).toList());
    }
    for (PoolRole role : report.pool()) {
      md.heading(2, ReportValues.poolTitle(role));
      List<String> lines = new ArrayList<>();
      role.copies().forEach(copy -> lines.add(Markdown.cell(ReportValues.copy(copy))));
      if (!role.missingMembers().isEmpty()) {
        lines.add("No copy given: " + String.join(", ", role.missingMembers()));
      }
      md.bullets(lines);
      md.table(HEADER, List.of(row(role.finding())));
    }
    List<SourceReference> sources = CitedSources.of(report);
    if (!sources.isEmpty()) {
      md.heading(2, "Sources of the failures and warnings");
      md.bullets(sources.stream().map(ReportMarkdown::source).toList());
    }
    return md.paragraph("Summary: " + ReportValues.summary(report)).toString();
  }

  private static String source(SourceReference s) {
    return "["
        + s.key()
        + ": "
        + Markdown.cell(s.title())
        + "]("
        + s.url()
        + "), "
        + s.dateKind()
        + " "
        + s.date();
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
