package io.edgecert.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.rules.CertificateRules;
import io.edgecert.domain.validation.testing.ContextBuilder;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CertificateValidatorTest {
  private final CertificateValidator validator = new CertificateValidator(CertificateRules.ALL);

  @Test
  void givenExternalCertificate_validate_reportsEveryRuleInOrderWithItsIdentity() {
    CertificateReport report = validator.validate(ContextBuilder.external().build());

    assertThat(report.role()).isEqualTo(CertificateRole.EXTERNAL);
    assertThat(report.file()).isEqualTo("edge.pem");
    assertThat(report.subjectName()).isEqualTo("sip.contoso.com");
    assertThat(report.thumbprint()).isEqualTo("0123456789ABCDEF0123456789ABCDEF01234567");
    assertThat(report.findings())
        .extracting(Finding::rule)
        .containsExactlyElementsOf(CertificateRules.ALL.stream().map(r -> r.id()).toList());
    assertThat(report.verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void givenNoCommonName_validate_namesTheCertificateByItsSubjectDn() {
    CertificateReport report =
        validator.validate(ContextBuilder.external().leaf(l -> l.commonName(null)).build());

    assertThat(report.subjectName()).isEqualTo("O=Contoso");
  }

  @Test
  void givenExpiredCertificate_validate_failsTheVerdict() {
    CertificateReport report =
        validator.validate(
            ContextBuilder.internal().at(java.time.Instant.parse("2027-01-01T00:00:00Z")).build());

    assertThat(report.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(report.findings())
        .filteredOn(Finding::breaksVerdict)
        .extracting(Finding::rule)
        .containsExactly(RuleId.GEN_VALID_002);
  }

  @Test
  void givenRequest_validate_hasNoThumbprintAndSkipsTheValidityRules() {
    CertificateReport report = validator.validate(ContextBuilder.external().request().build());

    assertThat(report.thumbprint()).isNull();
    assertThat(report.findings())
        .filteredOn(f -> f.rule() == RuleId.GEN_VALID_001)
        .extracting(Finding::status)
        .containsExactly(FindingStatus.NOT_APPLICABLE);
  }

  @Test
  void givenRequestForACaCertificate_validate_saysTheRequestBreaksTheRule() {
    CertificateReport report =
        validator.validate(
            ContextBuilder.external().request().leaf(l -> l.certificateAuthority()).build());

    assertThat(message(report, RuleId.GEN_BC_001)).startsWith("the request is a CA certificate");
  }

  @Test
  void givenRequestMissingASan_validate_placesTheFindingInTheRequest() {
    CertificateReport report =
        validator.validate(
            ContextBuilder.external()
                .request()
                .leaf(l -> l.dnsNames("webcon.contoso.com"))
                .build());

    assertThat(message(report, RuleId.EXT_SAN_002)).startsWith("in the request, the SAN lacks");
  }

  @Test
  void givenCertificateForACa_validate_keepsSayingCertificate() {
    CertificateReport report =
        validator.validate(ContextBuilder.external().leaf(l -> l.certificateAuthority()).build());

    assertThat(message(report, RuleId.GEN_BC_001)).startsWith("the certificate is a CA");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenCertificates")
  void givenOneDefect_validate_reportsItUnderOneIdOnly(String defect, ContextBuilder context) {
    CertificateReport report = validator.validate(context.build());

    List<Finding> broken =
        report.findings().stream()
            .filter(
                f -> f.status() != FindingStatus.PASS && f.status() != FindingStatus.NOT_APPLICABLE)
            .toList();
    assertThat(broken).as(defect).isNotEmpty();
    assertThat(broken.stream().map(Finding::message).distinct().count())
        .as("%s: the failures and warnings %s", defect, broken)
        .isEqualTo(broken.size());
  }

  @Test
  void givenAWildcardCn_validate_failsItOnceUnderTheRolesRule() {
    for (ContextBuilder context :
        List.of(
            ContextBuilder.external().leaf(l -> l.commonName("*.contoso.com")),
            ContextBuilder.internal().leaf(l -> l.commonName("*.contoso.net")),
            ContextBuilder.avAuthentication())) {
      CertificateReport report = validator.validate(context.build());

      assertThat(report.findings())
          .filteredOn(f -> f.message().contains("is a wildcard; no Edge role accepts"))
          .extracting(Finding::rule)
          .containsExactly(
              switch (report.role()) {
                case EXTERNAL -> RuleId.EXT_SUBJECT_002;
                case INTERNAL -> RuleId.INT_SUBJECT_002;
                case AV_AUTHENTICATION -> RuleId.WILD_001;
              });
    }
  }

  static Stream<Arguments> brokenCertificates() {
    return Stream.of(
        arguments(
            "external wildcard CN",
            ContextBuilder.external().leaf(l -> l.commonName("*.contoso.com"))),
        arguments(
            "internal wildcard CN",
            ContextBuilder.internal().leaf(l -> l.commonName("*.contoso.net"))),
        arguments("A/V Authentication wildcard CN", ContextBuilder.avAuthentication()),
        arguments(
            "external without the Access Edge name",
            ContextBuilder.external().leaf(l -> l.dnsNames("webcon.contoso.com"))),
        arguments(
            "expired internal",
            ContextBuilder.internal().at(java.time.Instant.parse("2027-01-01T00:00:00Z"))));
  }

  private static String message(CertificateReport report, RuleId rule) {
    return report.findings().stream()
        .filter(f -> f.rule() == rule)
        .findFirst()
        .orElseThrow()
        .message();
  }
}
