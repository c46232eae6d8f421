package io.edgecert.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.InputProblem;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.Finding;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BundleRefusedExceptionTest {
  private static final Instant NOT_BEFORE = Instant.parse("2025-01-01T00:00:00Z");
  private static final Instant NOT_AFTER = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void givenAFailedFinding_describe_givesItsTextWithExpectedAndFound() {
    Finding finding =
        Finding.broken(RuleId.EXT_SAN_004, "sip.fabrikam.com is missing", "a SAN", "none");

    assertThat(BundleRefusedException.describe(finding))
        .isEqualTo("sip.fabrikam.com is missing (expected: a SAN; found: none)");
  }

  @Test
  void givenAFindingWithoutActual_describe_givesTheExpectedOnly() {
    Finding finding = Finding.broken(RuleId.EXT_SAN_004, "missing", "a SAN", null);

    assertThat(BundleRefusedException.describe(finding)).isEqualTo("missing (expected: a SAN)");
  }

  @Test
  void givenAFindingWithoutExpected_describe_givesItsTextOnly() {
    Finding finding = Finding.broken(RuleId.EXT_SAN_004, "missing", null, "none");

    assertThat(BundleRefusedException.describe(finding)).isEqualTo("missing");
  }

  @Test
  void givenAPlanNotSatisfied_exception_listsTheRefusalThenEachFailedRuleByItsId() {
    BundleRefusal refusal =
        new BundleRefusal.PlanNotSatisfied(
            "edge.yaml",
            CertificateRole.AV_AUTHENTICATION,
            List.of(Finding.broken(RuleId.EXT_SAN_004, "missing", "a SAN", "none")));

    BundleRefusedException e = new BundleRefusedException("av.cer", refusal);

    assertThat(e.refusal()).isSameAs(refusal);
    assertThat(e.source()).isEqualTo("av.cer");
    assertThat(e.problems())
        .containsExactly(
            InputProblem.of(
                "the certificate does not satisfy the plan of edge.yaml for the av-authentication"
                    + " certificate; nothing was bundled"),
            InputProblem.at("EXT-SAN-004", "missing (expected: a SAN; found: none)"));
  }

  @Test
  void givenACertificateNotYetValid_exception_givesItsStartAndTheInstantChecked() {
    Instant at = NOT_BEFORE.minusSeconds(1);
    BundleRefusal.NotValidAt refusal = new BundleRefusal.NotValidAt(at, NOT_BEFORE, NOT_AFTER);

    BundleRefusedException e = new BundleRefusedException("edge.cer", refusal);

    assertThat(refusal.expired()).isFalse();
    assertThat(e.getMessage())
        .isEqualTo(
            "edge.cer: the certificate is not valid before 2025-01-01T00:00:00Z (checked at"
                + " 2024-12-31T23:59:59Z); nothing was bundled");
  }

  @Test
  void givenTheLastSecondOfValidity_notValidAt_isNotExpiredYet() {
    assertThat(new BundleRefusal.NotValidAt(NOT_AFTER, NOT_BEFORE, NOT_AFTER).expired()).isFalse();
    assertThat(
            new BundleRefusal.NotValidAt(NOT_AFTER.plusSeconds(1), NOT_BEFORE, NOT_AFTER).expired())
        .isTrue();
  }
}
