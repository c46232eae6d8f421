package io.edgecert.cli;

import io.edgecert.domain.probe.Member;
import io.edgecert.domain.probe.MemberReport;
import io.edgecert.domain.probe.ProbeReport;
import io.edgecert.domain.probe.SrvReport;
import io.edgecert.domain.validation.CertificateReport;
import io.edgecert.domain.validation.ValidationReport;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The labels of a probe report's entries in Markdown and JUnit: an SRV record is named with what it
 * is for ({@code DNS SRV _sip._tls.contoso.com: external client sign-in}), an address with its
 * endpoint's purpose and the certificate it is judged as, or, for the A/V Edge, as the TCP check it
 * is.
 */
final class ProbeLabels implements ReportLabels {
  private final Map<CertificateReport, Label> labels = new IdentityHashMap<>();

  private record Label(String title, String classname) {}

  /**
   * The labels of {@code validation}, which must be {@code report.asValidation()}: its entries are
   * the SRV records in order, then the members in order.
   */
  ProbeLabels(ProbeReport report, ValidationReport validation) {
    List<CertificateReport> entries = validation.certificates();
    int i = 0;
    for (SrvReport srv : report.dns()) {
      String title = "DNS SRV " + srv.lookup().name() + ": " + srv.lookup().service().purpose();
      labels.put(entries.get(i++), new Label(title, "edgecert.dns"));
    }
    for (MemberReport member : report.members()) {
      labels.put(entries.get(i++), member(member.member()));
    }
  }

  private static Label member(Member member) {
    String purpose = member.label() + ": " + member.endpoint().purpose();
    if (member.endpoint().role() == null) {
      return new Label(purpose + ", TCP reachability (no certificate)", "edgecert.tcp");
    }
    String role = member.endpoint().role().code();
    return new Label(purpose + ", judged as the " + role + " certificate", "edgecert." + role);
  }

  @Override
  public String heading() {
    return "Live Edge probe";
  }

  @Override
  public String suiteName() {
    return "edgecert probe";
  }

  @Override
  public String title(CertificateReport entry) {
    Label label = labels.get(entry);
    return label != null ? label.title() : ReportValues.title(entry);
  }

  @Override
  public String classname(CertificateReport entry) {
    Label label = labels.get(entry);
    return label != null ? label.classname() : VALIDATE.classname(entry);
  }
}
