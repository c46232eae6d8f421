package io.edgecert.domain.validation.rules;

import static io.edgecert.domain.validation.FindingStatus.FAIL;
import static io.edgecert.domain.validation.FindingStatus.NOT_APPLICABLE;
import static io.edgecert.domain.validation.FindingStatus.PASS;
import static io.edgecert.domain.validation.testing.RuleAssertions.assertFinding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.testing.ContextBuilder;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Tag("EXT-SAN-004")
@Tag("SIPDOM-001")
class SipDomainsInSanTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments(
            "both sip names",
            ContextBuilder.external(),
            PASS,
            "the SAN contains the planned sip.<domain> names"),
        arguments(
            "sip.fabrikam.com missing",
            ContextBuilder.external()
                .leaf(l -> l.dnsNames("sip.contoso.com", "webcon.contoso.com")),
            FAIL,
            "the SAN lacks 1 of the 2 planned sip.<domain> names: missing sip.fabrikam.com"),
        arguments(
            "three domains, two missing",
            ContextBuilder.external()
                .topology(t -> t.sipDomains("contoso.com", "fabrikam.com", "tailspin.com"))
                .plan(p -> p.addExternalSans("sip.tailspin.com"))
                .leaf(l -> l.dnsNames("sip.contoso.com", "webcon.contoso.com")),
            FAIL,
            "the SAN lacks 2 of the 3 planned sip.<domain> names: missing sip.fabrikam.com,"
                + " sip.tailspin.com"),
        arguments(
            "plan leaves a domain out",
            ContextBuilder.external()
                .plan(p -> p.externalSans("sip.contoso.com", "webcon.contoso.com"))
                .leaf(l -> l.dnsNames("sip.contoso.com", "webcon.contoso.com")),
            PASS,
            "the SAN contains the planned sip.<domain> names"),
        arguments(
            "plan lists no sip name",
            ContextBuilder.external()
                .topology(t -> t.sipDomains("litwareinc.com"))
                .plan(
                    p ->
                        p.externalSans()
                            .addExternalSans(RuleId.EXT_SAN_002, "sip.contoso.com")
                            .addExternalSans(RuleId.EXT_SAN_003, "webcon.contoso.com")),
            NOT_APPLICABLE,
            "lists no sip.<domain>"),
        arguments(
            "A/V Authentication", ContextBuilder.avAuthentication(), NOT_APPLICABLE, "AV-003"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenSipDomains_evaluate_requiresEveryPlannedSipName(
      String row, ContextBuilder context, FindingStatus status, String message) {
    assertFinding(new SipDomainsInSan(), context, status, message);
  }

  @Test
  void givenNamesInAnotherCase_evaluate_comparesWithoutCaseAndShowsTheCertificatesSpelling() {
    Finding finding =
        assertFinding(
            new SipDomainsInSan(),
            ContextBuilder.external()
                .leaf(l -> l.dnsNames("SIP.Contoso.com", "WebCon.contoso.com")),
            FAIL,
            "the SAN lacks 1 of the 2 planned sip.<domain> names: missing sip.fabrikam.com");

    assertThat(finding.actual()).isEqualTo("SIP.Contoso.com, WebCon.contoso.com");
  }
}
