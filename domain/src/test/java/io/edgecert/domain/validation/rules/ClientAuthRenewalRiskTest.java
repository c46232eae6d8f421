package io.edgecert.domain.validation.rules;

import static io.edgecert.domain.validation.FindingStatus.NOT_APPLICABLE;
import static io.edgecert.domain.validation.FindingStatus.WARN;
import static io.edgecert.domain.validation.testing.RuleAssertions.assertFinding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.edgecert.domain.certificate.ChainStatus;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.testing.ContextBuilder;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Tag("EXT-EKU-004")
class ClientAuthRenewalRiskTest {

  static ContextBuilder aol(String issuer, String at) {
    return ContextBuilder.external()
        .plan(p -> p.clientAuth())
        .leaf(l -> l.issuer(issuer))
        .at(Instant.parse(at));
  }

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments(
            "Let's Encrypt the day before its cut-off",
            aol("CN=R10, O=Let's Encrypt, C=US", "2026-05-12T23:59:59Z"),
            WARN,
            "Let's Encrypt from 2026-05-13"),
        arguments(
            "Let's Encrypt on its cut-off",
            aol("CN=R10, O=Let's Encrypt, C=US", "2026-05-13T00:00:00Z"),
            WARN,
            "Let's Encrypt since 2026-05-13"),
        arguments(
            "Sectigo after its cut-off",
            aol(
                "CN=Sectigo RSA Domain Validation Secure Server CA, O=Sectigo Limited",
                "2026-06-01T00:00:00Z"),
            WARN,
            "Sectigo since 2026-05-15"),
        arguments(
            "DigiCert before its cut-off",
            aol(
                "CN=DigiCert Global G2 TLS RSA SHA256 2020 CA1, O=DigiCert Inc",
                "2026-06-01T00:00:00Z"),
            WARN,
            "DigiCert from 2027-03-01"),
        arguments(
            "unknown public CA lists every cut-off",
            aol("CN=Example Public TLS CA", "2025-06-01T00:00:00Z"),
            WARN,
            "Let's Encrypt from 2026-05-13, Sectigo from 2026-05-15, DigiCert from 2027-03-01"),
        arguments(
            "Chrome date named",
            aol("CN=Example Public TLS CA", "2025-06-01T00:00:00Z"),
            WARN,
            "serverAuth-only leaves issued from 2027-03-15"),
        arguments("no clientAuth planned", ContextBuilder.external(), NOT_APPLICABLE, "no Client"),
        arguments(
            "private CA",
            ContextBuilder.external().plan(p -> p.clientAuth()).chain(ChainStatus.PRIVATE_ROOT),
            NOT_APPLICABLE,
            "does not come from a public CA"),
        arguments(
            "request",
            ContextBuilder.external().plan(p -> p.clientAuth()).request(),
            NOT_APPLICABLE,
            "a certificate request has no issuer chain"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenClientAuthFromAPublicCa_evaluate_warnsThatARenewalMayLackIt(
      String row, ContextBuilder context, FindingStatus status, String message) {
    assertFinding(new ClientAuthRenewalRisk(), context, status, message);
  }

  @Test
  void givenTheIssuerNamesItsCa_evaluate_givesThatCasCutOffOnly() {
    String issuer = "CN=Sectigo RSA Domain Validation Secure Server CA, O=Sectigo Limited";
    Finding finding =
        assertFinding(
            new ClientAuthRenewalRisk(),
            aol(issuer, "2026-05-14T23:59:59Z"),
            WARN,
            "Sectigo from 2026-05-15");
    assertThat(finding.expected()).isEqualTo("a renewal path that keeps Client Authentication");
    assertThat(finding.actual()).isEqualTo(issuer);
    assertThat(finding.message())
        .isEqualTo(
            "public CAs are removing Client Authentication from TLS certificates (Sectigo from"
                + " 2026-05-15; Chrome wants serverAuth-only leaves issued from 2027-03-15), so a"
                + " renewal may lack it; only AOL public IM connectivity (ended 2014-06-30) needs it");
  }
}
