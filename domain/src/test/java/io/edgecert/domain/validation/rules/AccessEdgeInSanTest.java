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

@Tag("EXT-SAN-002")
class AccessEdgeInSanTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments("Access Edge present", ContextBuilder.external(), PASS, "contains the Access"),
        arguments(
            "webcon-first order (S02)",
            ContextBuilder.external()
                .leaf(l -> l.dnsNames("webcon.contoso.com", "sip.contoso.com", "sip.fabrikam.com")),
            PASS,
            "contains the Access"),
        arguments(
            "Access Edge missing",
            ContextBuilder.external().leaf(l -> l.dnsNames("webcon.contoso.com")),
            FAIL,
            "missing sip.contoso.com"),
        arguments(
            "A/V Authentication", ContextBuilder.avAuthentication(), NOT_APPLICABLE, "AV-003"),
        arguments("internal", ContextBuilder.internal(), NOT_APPLICABLE, "external certificate"),
        arguments(
            "no Access Edge FQDN planned",
            ContextBuilder.external().plan(p -> p.externalSans("sip.fabrikam.com")),
            NOT_APPLICABLE,
            "the plan puts no Access Edge FQDN in the SAN"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenSan_evaluate_requiresTheAccessEdgeFqdn(
      String row, ContextBuilder context, FindingStatus status, String message) {
    assertFinding(new AccessEdgeInSan(), context, status, message);
  }
}
