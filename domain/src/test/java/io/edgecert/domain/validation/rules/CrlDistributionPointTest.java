package io.edgecert.domain.validation.rules;

import static io.edgecert.domain.validation.FindingStatus.FAIL;
import static io.edgecert.domain.validation.FindingStatus.NOT_APPLICABLE;
import static io.edgecert.domain.validation.FindingStatus.PASS;
import static io.edgecert.domain.validation.testing.RuleAssertions.assertFinding;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.testing.ContextBuilder;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Tag("GEN-CDP-001")
class CrlDistributionPointTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments("one http CDP", ContextBuilder.external(), PASS, "names a CRL"),
        arguments(
            "ldap and http CDPs",
            ContextBuilder.internal()
                .leaf(l -> l.crlDistributionPoints("ldap:///CN=ca,CN=cdp", "http://ca/c.crl")),
            PASS,
            "names a CRL"),
        arguments(
            "no CDP",
            ContextBuilder.external().leaf(l -> l.crlDistributionPoints()),
            FAIL,
            "no CRL distribution point"),
        arguments(
            "blank CDP only",
            ContextBuilder.internal().leaf(l -> l.crlDistributionPoints(" ")),
            FAIL,
            "no CRL distribution point"),
        arguments(
            "certificate request",
            ContextBuilder.external().request(),
            NOT_APPLICABLE,
            "a certificate request has no CRL distribution point"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenCdpExtension_evaluate_requiresADistributionPoint(
      String row, ContextBuilder context, FindingStatus status, String message) {
    assertFinding(new CrlDistributionPoint(), context, status, message);
  }
}
