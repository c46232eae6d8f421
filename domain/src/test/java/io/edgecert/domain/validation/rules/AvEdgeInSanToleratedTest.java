package io.edgecert.domain.validation.rules;

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

@Tag("EXT-SAN-005")
class AvEdgeInSanToleratedTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments("A/V Edge absent", ContextBuilder.external(), PASS, "not needed"),
        arguments(
            "A/V Edge present",
            ContextBuilder.external()
                .leaf(l -> l.dnsNames("sip.contoso.com", "webcon.contoso.com", "AV.contoso.com")),
            PASS,
            "contains the A/V Edge FQDN av.contoso.com"),
        arguments(
            "topology without A/V Edge FQDN",
            ContextBuilder.external().topology(t -> t.avEdge(null)),
            NOT_APPLICABLE,
            "no A/V Edge FQDN"),
        arguments(
            "A/V Authentication", ContextBuilder.avAuthentication(), NOT_APPLICABLE, "AV-003"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenAvEdgeFqdn_evaluate_toleratesItWithANote(
      String row, ContextBuilder context, FindingStatus status, String message) {
    assertFinding(new AvEdgeInSanTolerated(), context, status, message);
  }
}
