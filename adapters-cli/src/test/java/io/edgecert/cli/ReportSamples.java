package io.edgecert.cli;

import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.CertificateReport;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.ValidationReport;
import java.time.Instant;
import java.util.List;

/** Hand-built validation reports: one that passes with a warning, one that fails. */
final class ReportSamples {
  static final Instant AT = Instant.parse("2025-06-01T00:00:00Z");

  private ReportSamples() {}

  static ValidationReport passing() {
    return new ValidationReport(AT, List.of(external(List.of(pass(), warn(), notApplicable()))));
  }

  static ValidationReport failing() {
    return new ValidationReport(
        AT, List.of(external(List.of(pass(), fail(), warn())), internal(List.of(pass()))));
  }

  static CertificateReport external(List<Finding> findings) {
    return new CertificateReport(
        CertificateRole.EXTERNAL, "edge.pfx", "CN=sip.contoso.com", "AB12CD", findings);
  }

  static CertificateReport internal(List<Finding> findings) {
    return new CertificateReport(
        CertificateRole.INTERNAL, "internal.cer", "CN=lsedge.contoso.net", "EF34", findings);
  }

  static Finding pass() {
    return Finding.of(RuleId.GEN_EKU_001, FindingStatus.PASS, "Server Authentication present", null, null);
  }

  static Finding fail() {
    return Finding.of(
        RuleId.EXT_SAN_004,
        FindingStatus.FAIL,
        "sip.fabrikam.com is missing from the SAN",
        "sip.fabrikam.com",
        "sip.contoso.com, webcon.contoso.com");
  }

  static Finding warn() {
    return Finding.of(
        RuleId.EXT_EKU_004, FindingStatus.WARN, "clientAuth may vanish at renewal <soon> & \"then\"", "serverAuth", "serverAuth, clientAuth");
  }

  static Finding notApplicable() {
    return Finding.of(RuleId.EXT_SAN_001, FindingStatus.NOT_APPLICABLE, "no pool", null, null);
  }
}
