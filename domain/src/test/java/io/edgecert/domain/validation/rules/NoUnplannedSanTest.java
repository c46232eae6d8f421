package io.edgecert.domain.validation.rules;

import static io.edgecert.domain.validation.FindingStatus.NOT_APPLICABLE;
import static io.edgecert.domain.validation.FindingStatus.PASS;
import static io.edgecert.domain.validation.FindingStatus.WARN;
import static io.edgecert.domain.validation.testing.RuleAssertions.assertFinding;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.XmppSanStyle;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.testing.ContextBuilder;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NoUnplannedSanTest {

  static ContextBuilder sans(String... names) {
    return ContextBuilder.external().leaf(l -> l.dnsNames(names));
  }

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments("exactly the plan", ContextBuilder.external(), PASS, "every SAN"),
        arguments(
            "plan in another order and case",
            sans("SIP.FABRIKAM.COM.", "webcon.contoso.com", "sip.contoso.com"),
            PASS,
            "every SAN"),
        arguments(
            "a removed SIP domain",
            sans("sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com", "sip.tailspin.com"),
            WARN,
            "does not call for: sip.tailspin.com"),
        arguments(
            "a removed SIP domain, named as the certificate spells it",
            sans("SIP.Contoso.com", "webcon.contoso.com", "sip.fabrikam.com", "SIP.Tailspin.com"),
            WARN,
            "does not call for: SIP.Tailspin.com (often"),
        arguments(
            "A/V Edge FQDN tolerated",
            sans("sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com", "av.contoso.com"),
            PASS,
            "every SAN"),
        arguments(
            "XMPP wildcard with host-and-wildcard tolerated",
            sans("sip.contoso.com", "webcon.contoso.com", "*.contoso.com")
                .topology(t -> t.xmpp(XmppSanStyle.HOST_AND_WILDCARD, "contoso.com"))
                .plan(p -> p.addExternalSans(RuleId.XMPP_004, "*.contoso.com")),
            PASS,
            "every SAN"),
        arguments(
            "XMPP wildcard with the domain style",
            sans("sip.contoso.com", "webcon.contoso.com", "*.contoso.com")
                .topology(t -> t.xmpp(XmppSanStyle.DOMAIN, "contoso.com")),
            WARN,
            "*.contoso.com"),
        arguments(
            "CN not the Access Edge FQDN: its own SAN entry is planned (EXT-SAN-001)",
            sans("webcon.contoso.com", "sip.contoso.com", "sip.fabrikam.com", "edge.contoso.com")
                .leaf(l -> l.commonName("edge.contoso.com")),
            PASS,
            "every SAN"),
        arguments(
            "A/V Authentication", ContextBuilder.avAuthentication(), NOT_APPLICABLE, "AV-003"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenSans_evaluate_warnsOnNamesThePlanDoesNotCallFor(
      String row, ContextBuilder context, FindingStatus status, String message) {
    assertFinding(new NoUnplannedSan(), context, status, message);
  }
}
