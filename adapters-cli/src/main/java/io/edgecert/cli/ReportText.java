package io.edgecert.cli;

import io.edgecert.domain.validation.CertificateReport;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.ValidationReport;
import io.edgecert.domain.validation.Verdict;
import java.util.Map;
import picocli.CommandLine.Help.Ansi;

/** Renders a validation report for a terminal: a line per finding, a summary and the verdict. */
final class ReportText {
  private static final Map<FindingStatus, String> LABELS =
      Map.of(
          FindingStatus.PASS, "@|green PASS   |@",
          FindingStatus.FAIL, "@|bold,red FAIL   |@",
          FindingStatus.WARN, "@|yellow WARN   |@",
          FindingStatus.NOT_APPLICABLE, "@|faint N/A    |@",
          FindingStatus.NOT_YET_EFFECTIVE, "@|faint LATER  |@");
  private static final String INDENT = " ".repeat(2 + 7 + 14);
  private final Ansi ansi;

  ReportText(Ansi ansi) {
    this.ansi = ansi;
  }

  String render(ValidationReport report) {
    StringBuilder out = new StringBuilder();
    report.certificates().forEach(certificate -> certificate(out, certificate));
    out.append("\nSummary: ").append(ReportValues.summary(report)).append('\n');
    out.append("Verdict: ").append(verdict(report.verdict())).append('\n');
    return out.toString();
  }

  private void certificate(StringBuilder out, CertificateReport c) {
    out.append(ansi.string("@|bold " + ReportValues.title(c) + "|@")).append('\n');
    out.append("  subject ").append(PlanValues.orNone(c.subjectName()))
        .append(", thumbprint ").append(PlanValues.orNone(c.thumbprint())).append('\n');
    c.findings().forEach(finding -> finding(out, finding));
    out.append("  verdict: ").append(verdict(c.verdict())).append("\n\n");
  }

  private void finding(StringBuilder out, Finding f) {
    out.append("  ").append(ansi.string(LABELS.get(f.status())))
        .append(String.format("%-14s", f.rule().id())).append(f.message()).append('\n');
    if (ReportValues.showsValues(f)) {
      out.append(INDENT).append("expected: ").append(PlanValues.orNone(f.expected())).append('\n');
      out.append(INDENT).append("actual:   ").append(PlanValues.orNone(f.actual())).append('\n');
    }
  }

  private String verdict(Verdict verdict) {
    return ansi.string(verdict == Verdict.PASS ? "@|bold,green PASS|@" : "@|bold,red FAIL|@");
  }
}
