package io.edgecert.domain.validation.rules;

import static io.edgecert.domain.validation.FindingStatus.FAIL;
import static io.edgecert.domain.validation.FindingStatus.NOT_APPLICABLE;
import static io.edgecert.domain.validation.FindingStatus.PASS;
import static io.edgecert.domain.validation.testing.RuleAssertions.assertFinding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.testing.ContextBuilder;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Tag("FQDN-001")
class CertificateNameSyntaxTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments("the planned names", ContextBuilder.external(), PASS, "letters, digits"),
        arguments(
            "underscore in a SAN",
            ContextBuilder.external()
                .leaf(l -> l.dnsNames("sip.contoso.com", "web_con.contoso.com")),
            FAIL,
            "web_con.contoso.com"),
        arguments(
            "underscore in the CN",
            ContextBuilder.internal().leaf(l -> l.commonName("ls_edge.contoso.net")),
            FAIL,
            "ls_edge.contoso.net"),
        arguments(
            "Unicode label",
            ContextBuilder.external().leaf(l -> l.dnsNames("sip.contoso.com", "sip.bücher.de")),
            FAIL,
            "sip.bücher.de"),
        arguments(
            "empty label",
            ContextBuilder.external().leaf(l -> l.dnsNames("sip..contoso.com")),
            FAIL,
            "sip..contoso.com"),
        arguments(
            "wildcard left to WILD rules",
            ContextBuilder.external().leaf(l -> l.dnsNames("sip.contoso.com", "*.contoso.com")),
            PASS,
            "hyphens only"),
        arguments(
            "a star inside a label",
            ContextBuilder.external().leaf(l -> l.dnsNames("sip*.contoso.com")),
            FAIL,
            "sip*.contoso.com"),
        arguments(
            "trailing dot left to FQDN-006",
            ContextBuilder.external().leaf(l -> l.commonName("sip.contoso.com.")),
            PASS,
            "hyphens only"),
        arguments(
            "A/V Authentication with an underscore",
            ContextBuilder.avAuthentication().leaf(l -> l.commonName("av_auth.contoso.com")),
            FAIL,
            "av_auth"),
        arguments(
            "no names at all",
            ContextBuilder.internal().leaf(l -> l.commonName(null)),
            NOT_APPLICABLE,
            "no host name"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenCertificateNames_evaluate_allowsLettersDigitsAndHyphensOnly(
      String row, ContextBuilder context, FindingStatus status, String message) {
    assertFinding(new CertificateNameSyntax(), context, status, message);
  }

  @Test
  void givenBadNames_evaluate_listsEachOnce_andALoneStarIsNoWildcard() {
    Finding finding =
        assertFinding(
            new CertificateNameSyntax(),
            ContextBuilder.external()
                .leaf(
                    l ->
                        l.commonName("web_con.contoso.com")
                            .dnsNames("web_con.contoso.com", "sip.contoso.com", "*")),
            FAIL,
            "have labels with characters other than");
    assertThat(finding.expected()).isEqualTo("labels of A-Z, a-z, 0-9 and hyphen only");
    assertThat(finding.actual()).isEqualTo("web_con.contoso.com, sip.contoso.com, *");
    assertThat(finding.message())
        .isEqualTo(
            "the names web_con.contoso.com, * have labels with characters other than A-Z, a-z, 0-9"
                + " and hyphen (an underscore, a space, Unicode ...); public CAs do not issue such"
                + " names");
  }
}
