package io.edgecert.cli;

import io.edgecert.domain.certificate.CertificateFacts;
import io.edgecert.domain.probe.Member;
import io.edgecert.domain.probe.MemberReport;
import io.edgecert.domain.probe.Observation;
import io.edgecert.domain.probe.ProbeReport;
import io.edgecert.domain.probe.SrvReport;
import io.edgecert.domain.probe.TlsVersion;
import io.edgecert.domain.validation.CertificateReport;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Help.Ansi.Style;

/**
 * Renders a probe report for a terminal: the SRV records, then every probed address with the TLS it
 * spoke, the chain exactly as sent and its findings, then the summary and the verdict.
 */
final class ProbeText {
  private final Styles styles;
  private final ReportText findings;

  ProbeText(Styles styles) {
    this.styles = styles;
    this.findings = new ReportText(styles);
  }

  String render(ProbeReport report) {
    StringBuilder out = new StringBuilder();
    for (SrvReport srv : report.dns()) {
      out.append(styles.apply("DNS " + srv.lookup().name(), Style.bold)).append('\n');
      srv.findings().forEach(f -> findings.finding(out, f));
      out.append('\n');
    }
    report.members().forEach(member -> member(out, member));
    out.append("Summary: ").append(ReportValues.summary(report.asValidation())).append('\n');
    out.append("Verdict: ").append(findings.verdict(report.verdict())).append('\n');
    return out.toString();
  }

  private void member(StringBuilder out, MemberReport report) {
    Member member = report.member();
    CertificateReport certificate = report.report();
    String role = member.endpoint().role() == null ? "tcp only" : member.endpoint().role().code();
    out.append(styles.apply(member.label() + " (" + role + ")", Style.bold))
        .append(' ')
        .append(member.endpoint().purpose())
        .append('\n');
    if (member.speaksTls() && member.observation().connected()) {
      out.append("  tls ").append(tls(member.observation())).append('\n');
      out.append("  chain as sent: ").append(chain(member.presented())).append('\n');
    }
    if (certificate.thumbprint() != null) {
      out.append("  subject ")
          .append(PlanValues.orNone(certificate.subjectName()))
          .append(", thumbprint ")
          .append(certificate.thumbprint())
          .append('\n');
    }
    certificate.findings().forEach(f -> findings.finding(out, f));
    out.append("  verdict: ").append(findings.verdict(certificate.verdict())).append("\n\n");
  }

  static String tls(Observation seen) {
    String accepted =
        seen.accepted().stream()
            .sorted(Comparator.naturalOrder())
            .map(TlsVersion::label)
            .collect(Collectors.joining(", "));
    String negotiated =
        seen.negotiated() == null ? "no complete handshake" : seen.negotiated().label();
    return negotiated
        + (seen.cipherSuite() == null ? "" : " " + seen.cipherSuite())
        + "; accepts "
        + (accepted.isEmpty() ? "(none)" : accepted)
        + (seen.clientCertificateRequested() ? "; asks for a client certificate" : "");
  }

  static String chain(List<CertificateFacts> presented) {
    if (presented.isEmpty()) {
      return "(none)";
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < presented.size(); i++) {
      CertificateFacts facts = presented.get(i);
      text.append(i == 0 ? "" : ", ")
          .append(i + 1)
          .append(") ")
          .append(facts.subjectDn())
          .append(" issued by ")
          .append(facts.issuerDn());
    }
    return text.toString();
  }
}
