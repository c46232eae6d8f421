package io.edgecert.domain.validation.rules;

import static io.edgecert.domain.validation.FindingStatus.NOT_APPLICABLE;
import static io.edgecert.domain.validation.FindingStatus.PASS;
import static io.edgecert.domain.validation.FindingStatus.WARN;
import static io.edgecert.domain.validation.testing.RuleAssertions.assertFinding;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.edgecert.domain.topology.Product;
import io.edgecert.domain.topology.XmppSanStyle;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.testing.ContextBuilder;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Tag("XMPP-009")
class NoXmppOnSfb2019Test {

  static ContextBuilder sfb2019(String... names) {
    return ContextBuilder.external()
        .topology(t -> t.product(Product.SFB_2019))
        .leaf(l -> l.dnsNames(names));
  }

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments(
            "2019 without XMPP SANs",
            sfb2019("sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com"),
            PASS,
            "no XMPP SAN"),
        arguments(
            "2019 with bare SIP domain",
            sfb2019("sip.contoso.com", "webcon.contoso.com", "contoso.com"),
            WARN,
            "carries XMPP SANs (contoso.com)"),
        arguments(
            "2019 with xmpp host and wildcard",
            sfb2019("sip.contoso.com", "xmpp.contoso.com", "*.contoso.com"),
            WARN,
            "xmpp.contoso.com, *.contoso.com"),
        arguments(
            "2019 with XMPP child domain from the topology",
            sfb2019("sip.contoso.com", "corp.contoso.com")
                .topology(t -> t.xmpp(XmppSanStyle.DOMAIN, "corp.contoso.com")),
            WARN,
            "no XMPP proxy"),
        arguments(
            "2015 with XMPP SANs",
            ContextBuilder.external()
                .topology(t -> t.product(Product.SFB_2015))
                .leaf(l -> l.dnsNames("sip.contoso.com", "contoso.com")),
            NOT_APPLICABLE,
            "Server 2019 only"),
        arguments(
            "2019 A/V Authentication",
            ContextBuilder.avAuthentication().topology(t -> t.product(Product.SFB_2019)),
            NOT_APPLICABLE,
            "AV-003"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenSfb2019_evaluate_warnsOnXmppSans(
      String row, ContextBuilder context, FindingStatus status, String message) {
    assertFinding(new NoXmppOnSfb2019(), context, status, message);
  }
}
