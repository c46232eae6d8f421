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

@Tag("EXT-SAN-003")
class WebConferencingEdgeInSanTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments("webcon present", ContextBuilder.external(), PASS, "Web Conferencing"),
        arguments(
            "webcon in upper case",
            ContextBuilder.external()
                .leaf(l -> l.dnsNames("sip.contoso.com", "WEBCON.contoso.com")),
            PASS,
            "contains"),
        arguments(
            "webcon missing",
            ContextBuilder.external().leaf(l -> l.dnsNames("sip.contoso.com", "sip.fabrikam.com")),
            FAIL,
            "missing webcon.contoso.com"),
        arguments(
            "A/V Authentication", ContextBuilder.avAuthentication(), NOT_APPLICABLE, "AV-003"),
        arguments(
            "no Web Conferencing Edge FQDN planned",
            ContextBuilder.external().plan(p -> p.externalSans("sip.fabrikam.com")),
            NOT_APPLICABLE,
            "the plan puts no Web Conferencing Edge FQDN in the SAN"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenSan_evaluate_requiresTheWebConferencingEdgeFqdn(
      String row, ContextBuilder context, FindingStatus status, String message) {
    assertFinding(new WebConferencingEdgeInSan(), context, status, message);
  }
}
