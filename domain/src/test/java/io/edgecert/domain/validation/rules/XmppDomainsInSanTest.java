package io.edgecert.domain.validation.rules;

import static io.edgecert.domain.validation.FindingStatus.FAIL;
import static io.edgecert.domain.validation.FindingStatus.NOT_APPLICABLE;
import static io.edgecert.domain.validation.FindingStatus.PASS;
import static io.edgecert.domain.validation.testing.RuleAssertions.assertFinding;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.XmppSanStyle;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.testing.ContextBuilder;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Tag("XMPP-001")
@Tag("XMPP-002")
@Tag("XMPP-004")
class XmppDomainsInSanTest {

  static ContextBuilder xmpp(XmppSanStyle style, String[] planned, String... present) {
    return ContextBuilder.external()
        .topology(t -> t.xmpp(style, "contoso.com", "fabrikam.com"))
        .plan(p -> p.addExternalSans(RuleId.XMPP_001, planned))
        .leaf(l -> l.dnsNames(present));
  }

  static Stream<Arguments> rows() {
    String[] bare = {"contoso.com", "fabrikam.com"};
    String[] hostAndWildcard = {"xmpp.contoso.com", "*.contoso.com"};
    return Stream.of(
        arguments(
            "bare domains present (S01)",
            xmpp(XmppSanStyle.DOMAIN, bare, "sip.contoso.com", "contoso.com", "fabrikam.com"),
            PASS,
            "the SAN contains the planned XMPP domain names"),
        arguments(
            "fabrikam.com missing",
            xmpp(XmppSanStyle.DOMAIN, bare, "sip.contoso.com", "contoso.com"),
            FAIL,
            "the SAN lacks 1 of the 2 planned XMPP domain names: missing fabrikam.com"),
        arguments(
            "host and wildcard present (S02)",
            xmpp(
                XmppSanStyle.HOST_AND_WILDCARD,
                hostAndWildcard,
                "xmpp.contoso.com",
                "*.contoso.com"),
            PASS,
            "the SAN contains the planned XMPP domain names"),
        arguments(
            "wildcard missing",
            xmpp(XmppSanStyle.HOST_AND_WILDCARD, hostAndWildcard, "xmpp.contoso.com"),
            FAIL,
            "the SAN lacks 1 of the 2 planned XMPP domain names: missing *.contoso.com"),
        arguments("no XMPP in the plan", ContextBuilder.external(), NOT_APPLICABLE, "no XMPP SAN"),
        arguments(
            "the names come from the plan, not from the topology",
            ContextBuilder.external()
                .plan(p -> p.addExternalSans(RuleId.XMPP_001, "gtalk.contoso.com")),
            FAIL,
            "missing gtalk.contoso.com"),
        arguments(
            "A/V Authentication", ContextBuilder.avAuthentication(), NOT_APPLICABLE, "AV-003"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenPlannedXmppSans_evaluate_requiresEachOne(
      String row, ContextBuilder context, FindingStatus status, String message) {
    assertFinding(new XmppDomainsInSan(), context, status, message);
  }
}
