package io.edgecert.domain.validation.rules;

import static io.edgecert.domain.validation.FindingStatus.FAIL;
import static io.edgecert.domain.validation.FindingStatus.NOT_APPLICABLE;
import static io.edgecert.domain.validation.FindingStatus.PASS;
import static io.edgecert.domain.validation.testing.RuleAssertions.assertFinding;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.testing.ContextBuilder;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CommonNameInSanTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments("CN first in SAN", ContextBuilder.external(), PASS, "contains the subject CN"),
        arguments(
            "CN last in SAN, other case, trailing dot",
            ContextBuilder.external()
                .leaf(
                    l ->
                        l.commonName("Sip.Contoso.com")
                            .dnsNames("webcon.contoso.com", "SIP.CONTOSO.COM.")),
            PASS,
            "contains the subject CN"),
        arguments(
            "CN access.contoso.com not in SAN",
            ContextBuilder.external().leaf(l -> l.commonName("access.contoso.com")),
            FAIL,
            "missing access.contoso.com"),
        arguments(
            "CN Access.Contoso.com not in SAN: named as the certificate spells it",
            ContextBuilder.external().leaf(l -> l.commonName("Access.Contoso.com")),
            FAIL,
            "missing Access.Contoso.com"),
        arguments(
            "no SAN at all",
            ContextBuilder.external().leaf(l -> l.dnsNames()),
            FAIL,
            "missing sip.contoso.com"),
        arguments(
            "no CN",
            ContextBuilder.external().leaf(l -> l.commonName(null)),
            NOT_APPLICABLE,
            "no CN"),
        arguments(
            "A/V Authentication", ContextBuilder.avAuthentication(), NOT_APPLICABLE, "AV-003"),
        arguments("request", ContextBuilder.external().request(), PASS, "contains"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenSubjectAndSan_evaluate_requiresTheCnInTheSan(
      String row, ContextBuilder context, FindingStatus status, String message) {
    assertFinding(new CommonNameInSan(), context, status, message);
  }
}
