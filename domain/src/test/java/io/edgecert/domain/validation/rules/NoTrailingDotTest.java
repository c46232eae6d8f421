package io.edgecert.domain.validation.rules;

import static io.edgecert.domain.validation.FindingStatus.NOT_APPLICABLE;
import static io.edgecert.domain.validation.FindingStatus.PASS;
import static io.edgecert.domain.validation.FindingStatus.WARN;
import static io.edgecert.domain.validation.testing.RuleAssertions.assertFinding;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.testing.ContextBuilder;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Tag("FQDN-006")
class NoTrailingDotTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments("no dot", ContextBuilder.external(), PASS, "no name ends with a dot"),
        arguments(
            "dotted CN",
            ContextBuilder.external().leaf(l -> l.commonName("sip.contoso.com.")),
            WARN,
            "sip.contoso.com. end with a dot"),
        arguments(
            "dotted SAN",
            ContextBuilder.external()
                .leaf(
                    l -> l.dnsNames("sip.contoso.com", "webcon.contoso.com.", "sip.fabrikam.com")),
            WARN,
            "webcon.contoso.com."),
        arguments(
            "dotted internal CN",
            ContextBuilder.internal().leaf(l -> l.commonName("lsedge.contoso.net.")),
            WARN,
            "compares them without it"),
        arguments(
            "no names",
            ContextBuilder.internal().leaf(l -> l.commonName(null)),
            NOT_APPLICABLE,
            "no host name"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenCertificateNames_evaluate_warnsOnATrailingDot(
      String row, ContextBuilder context, FindingStatus status, String message) {
    assertFinding(new NoTrailingDot(), context, status, message);
  }
}
