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

@Tag("EXT-SUBJECT-001")
class ExternalSubjectIsAccessEdgeTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments("CN is the Access Edge", ContextBuilder.external(), PASS, "is the Access Edge"),
        arguments(
            "CN in upper case with a trailing dot",
            ContextBuilder.external().leaf(l -> l.commonName("SIP.Contoso.COM.")),
            PASS,
            "is the Access Edge"),
        arguments(
            "CN access.contoso.com (S13)",
            ContextBuilder.external().leaf(l -> l.commonName("access.contoso.com")),
            WARN,
            "access.contoso.com is not the Access Edge external FQDN sip.contoso.com"),
        arguments(
            "no CN", ContextBuilder.external().leaf(l -> l.commonName(null)), WARN, "has no CN"),
        arguments(
            "A/V Authentication certificate",
            ContextBuilder.avAuthentication(),
            NOT_APPLICABLE,
            "AV-003"),
        arguments("internal", ContextBuilder.internal(), NOT_APPLICABLE, "external certificate"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenSubject_evaluate_recommendsTheAccessEdgeFqdn(
      String row, ContextBuilder context, FindingStatus status, String message) {
    assertFinding(new ExternalSubjectIsAccessEdge(), context, status, message);
  }
}
