package io.edgecert.cli;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.rules.SourceReference;
import io.edgecert.domain.validation.CertificateReport;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.PoolRole;
import io.edgecert.domain.validation.ValidationReport;
import io.edgecert.domain.validation.Verdict;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Help.Ansi.Style;

/** Renders a validation report for a terminal: a line per finding, a summary and the verdict. */
final class ReportText {
  private static final Map<FindingStatus, String> LABELS =
      Map.of(
          FindingStatus.PASS, "PASS",
          FindingStatus.FAIL, "FAIL",
          FindingStatus.WARN, "WARN",
          FindingStatus.NOT_APPLICABLE, "N/A",
          FindingStatus.NOT_YET_EFFECTIVE, "LATER");
  private static final Map<FindingStatus, Style[]> COLOURS =
      Map.of(
          FindingStatus.PASS, new Style[] {Style.fg_green},
          FindingStatus.FAIL, new Style[] {Style.bold, Style.fg_red},
          FindingStatus.WARN, new Style[] {Style.fg_yellow},
          FindingStatus.NOT_APPLICABLE, new Style[] {Style.faint},
          FindingStatus.NOT_YET_EFFECTIVE, new Style[] {Style.faint});

  /** Wide enough for the longest rule id (EXT-SUBJECT-001) and a space. */
  private static final int ID_WIDTH =
      Arrays.stream(RuleId.values()).mapToInt(r -> r.id().length()).max().orElse(0) + 1;

  private static final String INDENT = " ".repeat(2 + 7 + ID_WIDTH);
  private final Styles styles;

  ReportText(Styles styles) {
    this.styles = styles;
  }

  String render(ValidationReport report) {
    StringBuilder out = new StringBuilder();
    report.certificates().forEach(certificate -> certificate(out, certificate));
    report.pool().forEach(role -> pool(out, role));
    List<SourceReference> sources = CitedSources.of(report);
    if (!sources.isEmpty()) {
      out.append("Sources of the failures and warnings:\n");
      sources.forEach(source -> out.append(CitedSources.lines(source, "  ")));
      out.append('\n');
    }
    out.append("Summary: ").append(ReportValues.summary(report)).append('\n');
    out.append("Verdict: ").append(verdict(report.verdict())).append('\n');
    return out.toString();
  }

  private void certificate(StringBuilder out, CertificateReport c) {
    out.append(styles.apply(ReportValues.title(c), Style.bold)).append('\n');
    out.append("  subject ")
        .append(PlanValues.orNone(c.subjectName()))
        .append(", thumbprint ")
        .append(PlanValues.orNone(c.thumbprint()))
        .append('\n');
    c.findings().forEach(finding -> finding(out, finding));
    out.append("  verdict: ").append(verdict(c.verdict())).append("\n\n");
  }

  private void pool(StringBuilder out, PoolRole role) {
    out.append(styles.apply(ReportValues.poolTitle(role), Style.bold)).append('\n');
    role.copies().forEach(copy -> out.append("  ").append(ReportValues.copy(copy)).append('\n'));
    if (!role.missingMembers().isEmpty()) {
      out.append("  no copy given: ").append(String.join(", ", role.missingMembers())).append('\n');
    }
    finding(out, role.finding());
    out.append('\n');
  }

  void finding(StringBuilder out, Finding f) {
    out.append("  ")
        .append(styles.apply(TextTable.pad(LABELS.get(f.status()), 7), COLOURS.get(f.status())))
        .append(TextTable.pad(f.rule().id(), ID_WIDTH))
        .append(f.message())
        .append('\n');
    if (ReportValues.showsValues(f)) {
      out.append(INDENT).append("expected: ").append(PlanValues.orNone(f.expected())).append('\n');
      out.append(INDENT).append("actual:   ").append(PlanValues.orNone(f.actual())).append('\n');
    }
  }

  String verdict(Verdict verdict) {
    boolean pass = verdict == Verdict.PASS;
    return styles.apply(pass ? "PASS" : "FAIL", Style.bold, pass ? Style.fg_green : Style.fg_red);
  }
}
