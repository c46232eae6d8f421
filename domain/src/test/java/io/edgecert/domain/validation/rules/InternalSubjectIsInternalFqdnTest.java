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

@Tag("INT-SUBJECT-001")
class InternalSubjectIsInternalFqdnTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments("CN is the internal FQDN", ContextBuilder.internal(), PASS, "internal FQDN"),
        arguments(
            "CN differs in case and trailing dot",
            ContextBuilder.internal().leaf(l -> l.commonName("LSEdge.Contoso.NET.")),
            PASS,
            "internal FQDN"),
        arguments(
            "CN lsedge.contoso.com (S13)",
            ContextBuilder.internal().leaf(l -> l.commonName("lsedge.contoso.com")),
            WARN,
            "lsedge.contoso.com is not the Edge internal FQDN lsedge.contoso.net"),
        arguments("no CN", ContextBuilder.internal().leaf(l -> l.commonName(null)), WARN, "no CN"),
        arguments("external", ContextBuilder.external(), NOT_APPLICABLE, "internal certificate"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenInternalSubject_evaluate_expectsTheInternalFqdn(
      String row, ContextBuilder context, FindingStatus status, String message) {
    assertFinding(new InternalSubjectIsInternalFqdn(), context, status, message);
  }
}
