package io.edgecert.cli;

import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.CertificateReport;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.MemberCopy;
import io.edgecert.domain.validation.PoolRole;
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

  /** A pool run whose two members hold different external certificates. */
  static ValidationReport pool() {
    MemberCopy one =
        new MemberCopy(
            "edge1.contoso.net",
            "edge1.pfx",
            "1111111111111111111111111111111111111111",
            "RSA 2048 bits",
            "A".repeat(64),
            "CN=Issuing CA",
            "01",
            Instant.parse("2026-12-31T00:00:00Z"));
    MemberCopy two =
        new MemberCopy(
            "edge2.contoso.net",
            "edge2.pfx",
            "2222222222222222222222222222222222222222",
            "RSA 2048 bits",
            "B".repeat(64),
            "CN=Issuing CA",
            "02",
            Instant.parse("2026-12-31T00:00:00Z"));
    Finding differ =
        Finding.of(
            RuleId.EXT_POOL_001,
            FindingStatus.FAIL,
            "the members hold different certificates: they differ in thumbprint, public key",
            "one certificate and key on every member",
            "edge1.contoso.net has 1111, edge2.contoso.net has 2222");
    PoolRole role =
        new PoolRole(
            CertificateRole.EXTERNAL, List.of(one, two), List.of("edge3.contoso.net"), differ);
    return new ValidationReport(AT, List.of(external(List.of(pass()))), List.of(role));
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
    return Finding.of(
        RuleId.GEN_EKU_001, FindingStatus.PASS, "Server Authentication present", null, null);
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
        RuleId.EXT_EKU_004,
        FindingStatus.WARN,
        "clientAuth may vanish at renewal <soon> & \"then\"",
        "serverAuth",
        "serverAuth, clientAuth");
  }

  static Finding notApplicable() {
    return Finding.of(RuleId.EXT_SAN_001, FindingStatus.NOT_APPLICABLE, "no pool", null, null);
  }
}
