package io.edgecert.domain.validation.rules;

import static io.edgecert.domain.validation.FindingStatus.NOT_APPLICABLE;
import static io.edgecert.domain.validation.FindingStatus.PASS;
import static io.edgecert.domain.validation.FindingStatus.WARN;
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

@Tag("GEN-CDP-002")
class HttpCrlDistributionPointTest {

  private static final String LDAP = "ldap:///CN=Contoso%20CA,CN=CDP,DC=contoso,DC=net";

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments("http CDP", ContextBuilder.external(), PASS, "reachable over HTTP"),
        arguments(
            "LDAP then HTTP",
            ContextBuilder.external()
                .leaf(l -> l.crlDistributionPoints(LDAP, "HTTP://crl.x/a.crl")),
            PASS,
            "over HTTP"),
        arguments(
            "LDAP only",
            ContextBuilder.external().leaf(l -> l.crlDistributionPoints(LDAP)),
            WARN,
            "no CRL distribution point is an http URI"),
        arguments(
            "https only",
            ContextBuilder.external().leaf(l -> l.crlDistributionPoints("https://crl.x/a.crl")),
            WARN,
            "outbound HTTP only"),
        arguments(
            "A/V Authentication, LDAP only",
            ContextBuilder.avAuthentication().leaf(l -> l.crlDistributionPoints(LDAP)),
            WARN,
            "LDAP"),
        arguments(
            "internal, LDAP only",
            ContextBuilder.internal().leaf(l -> l.crlDistributionPoints(LDAP)),
            NOT_APPLICABLE,
            "not the internal one"),
        arguments(
            "no CDP",
            ContextBuilder.external().leaf(l -> l.crlDistributionPoints()),
            NOT_APPLICABLE,
            "GEN-CDP-001"),
        arguments(
            "only a blank CDP",
            ContextBuilder.external().leaf(l -> l.crlDistributionPoints(" ")),
            NOT_APPLICABLE,
            "the certificate has no CRL distribution point (GEN-CDP-001)"),
        arguments("request", ContextBuilder.external().request(), NOT_APPLICABLE, "request"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenExternalCdps_evaluate_wantsAnHttpUri(
      String row, ContextBuilder context, FindingStatus status, String message) {
    assertFinding(new HttpCrlDistributionPoint(), context, status, message);
  }

  @Test
  void givenABlankCdpBesideAnLdapOne_evaluate_showsOnlyTheLdapOne() {
    Finding finding =
        assertFinding(
            new HttpCrlDistributionPoint(),
            ContextBuilder.external().leaf(l -> l.crlDistributionPoints("", LDAP)),
            WARN,
            "no CRL distribution point is an http URI");
    assertThat(finding.expected()).isEqualTo("an http:// CRL distribution point");
    assertThat(finding.actual()).isEqualTo(LDAP);
    assertThat(finding.message())
        .isEqualTo(
            "no CRL distribution point is an http URI: the Edge fetches CRLs over outbound HTTP only,"
                + " and federated partners cannot reach an internal LDAP or file CDP");
  }
}
