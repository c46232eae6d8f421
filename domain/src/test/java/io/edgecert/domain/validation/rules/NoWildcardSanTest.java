package io.edgecert.domain.validation.rules;

import static io.edgecert.domain.validation.FindingStatus.FAIL;
import static io.edgecert.domain.validation.FindingStatus.NOT_APPLICABLE;
import static io.edgecert.domain.validation.FindingStatus.PASS;
import static io.edgecert.domain.validation.FindingStatus.WARN;
import static io.edgecert.domain.validation.testing.RuleAssertions.assertFinding;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.edgecert.domain.topology.XmppSanStyle;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.testing.ContextBuilder;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Tag("WILD-002")
class NoWildcardSanTest {

  static ContextBuilder withSans(XmppSanStyle style, String... names) {
    ContextBuilder builder = ContextBuilder.external().leaf(l -> l.dnsNames(names));
    return style == null ? builder : builder.topology(t -> t.xmpp(style, "contoso.com"));
  }

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments("no wildcard", ContextBuilder.external(), PASS, "no wildcard"),
        arguments(
            "wildcard without XMPP",
            withSans(null, "sip.contoso.com", "*.contoso.com"),
            FAIL,
            "relies on wildcard SANs: *.contoso.com"),
        arguments(
            "XMPP wildcard with the domain style",
            withSans(XmppSanStyle.DOMAIN, "sip.contoso.com", "*.contoso.com"),
            FAIL,
            "*.contoso.com"),
        arguments(
            "XMPP wildcard with host-and-wildcard",
            withSans(XmppSanStyle.HOST_AND_WILDCARD, "sip.contoso.com", "*.Contoso.com."),
            WARN,
            "tolerated because the topology chose host-and-wildcard"),
        arguments(
            "other wildcard with host-and-wildcard",
            withSans(XmppSanStyle.HOST_AND_WILDCARD, "*.contoso.com", "*.fabrikam.com"),
            FAIL,
            "relies on wildcard SANs: *.fabrikam.com"),
        arguments(
            "A/V Authentication wildcard",
            ContextBuilder.avAuthentication(),
            NOT_APPLICABLE,
            "AV-003"),
        arguments(
            "internal wildcard SAN",
            ContextBuilder.internal().leaf(l -> l.dnsNames("*.contoso.net")),
            NOT_APPLICABLE,
            "external certificate"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenWildcardSan_evaluate_failsUnlessTheHostAndWildcardXmppStyleTolerates(
      String row, ContextBuilder context, FindingStatus status, String message) {
    assertFinding(new NoWildcardSan(), context, status, message);
  }
}
