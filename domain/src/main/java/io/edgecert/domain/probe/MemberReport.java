package io.edgecert.domain.probe;

import io.edgecert.domain.validation.CertificateReport;
import java.util.Objects;

/**
 * One probed address and its findings: the probe rules' and, when a certificate was presented, the
 * full validation of it against the plan role of the endpoint, as one certificate report named
 * after the member.
 */
public record MemberReport(Member member, CertificateReport report) {

  public MemberReport {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(report, "report");
  }
}
