package io.edgecert.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.rules.Severity;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The run's verdict: a failed must-rule of any certificate, or of the pool section, fails it. */
class ValidationReportTest {
  private static final Instant AT = Instant.parse("2025-06-01T12:00:00Z");

  private static final Finding PASSED =
      new Finding(
          RuleId.GEN_EKU_001,
          FindingStatus.PASS,
          Severity.MUST,
          "serverAuth present",
          "serverAuth",
          "serverAuth",
          List.of());
  private static final Finding MUST_FAILED =
      new Finding(
          RuleId.GEN_EKU_001,
          FindingStatus.FAIL,
          Severity.MUST,
          "serverAuth missing",
          "serverAuth",
          "clientAuth",
          List.of());
  private static final Finding SHOULD_WARNED =
      new Finding(
          RuleId.GEN_KEY_002,
          FindingStatus.WARN,
          Severity.SHOULD,
          "a 2048-bit key is the minimum",
          "2048 bits or more",
          "1024 bits",
          List.of());
  private static final Finding POOL_FAILED =
      new Finding(
          RuleId.EXT_POOL_001,
          FindingStatus.FAIL,
          Severity.MUST,
          "edge2 holds another certificate",
          "one certificate",
          "2 certificates",
          List.of());

  @Test
  void givenEveryMustRulePassed_andOnlyWarnings_theVerdictIsPass() {
    ValidationReport report =
        new ValidationReport(
            AT,
            List.of(certificate(CertificateRole.EXTERNAL, PASSED, SHOULD_WARNED)),
            List.of(pool(PASSED)));

    assertThat(report.verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void givenOneCertificatesMustRuleFailed_theVerdictIsFail() {
    ValidationReport report =
        new ValidationReport(
            AT,
            List.of(
                certificate(CertificateRole.EXTERNAL, PASSED),
                certificate(CertificateRole.INTERNAL, MUST_FAILED)));

    assertThat(report.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(report.pool()).isEmpty();
  }

  @Test
  void givenThePoolSectionFailed_theVerdictIsFail_evenThoughEveryCertificatePassed() {
    ValidationReport report =
        new ValidationReport(
            AT, List.of(certificate(CertificateRole.EXTERNAL, PASSED)), List.of(pool(POOL_FAILED)));

    assertThat(report.verdict()).isEqualTo(Verdict.FAIL);
  }

  @Test
  void allFindings_listsEachCertificatesFindingsInOrder_thenThePoolSections() {
    ValidationReport report =
        new ValidationReport(
            AT,
            List.of(
                certificate(CertificateRole.EXTERNAL, PASSED, SHOULD_WARNED),
                certificate(CertificateRole.INTERNAL, MUST_FAILED)),
            null);

    assertThat(report.pool()).isEmpty();
    assertThat(report.allFindings()).containsExactly(PASSED, SHOULD_WARNED, MUST_FAILED);
    assertThat(
            new ValidationReport(
                    AT,
                    List.of(certificate(CertificateRole.EXTERNAL, PASSED)),
                    List.of(pool(POOL_FAILED)))
                .allFindings())
        .containsExactly(PASSED, POOL_FAILED);
  }

  private static CertificateReport certificate(CertificateRole role, Finding... findings) {
    return new CertificateReport(role, "edge.pem", "CN=edge", "AB12", List.of(findings));
  }

  private static PoolRole pool(Finding finding) {
    return new PoolRole(CertificateRole.EXTERNAL, List.of(), List.of("edge3"), finding);
  }
}
