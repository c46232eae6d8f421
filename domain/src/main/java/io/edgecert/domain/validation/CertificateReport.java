package io.edgecert.domain.validation;

import io.edgecert.domain.plan.CertificateRole;
import java.util.List;

/** The findings for one certificate judged against the planned certificate of its role. */
public record CertificateReport(
    CertificateRole role,
    String file,
    String subjectName,
    String thumbprint,
    List<Finding> findings) {

  public CertificateReport {
    findings = List.copyOf(findings);
  }

  public Verdict verdict() {
    return findings.stream().anyMatch(Finding::breaksVerdict) ? Verdict.FAIL : Verdict.PASS;
  }
}
