package io.edgecert.domain.validation.rules;

import static io.edgecert.domain.validation.FindingStatus.FAIL;
import static io.edgecert.domain.validation.FindingStatus.NOT_APPLICABLE;
import static io.edgecert.domain.validation.FindingStatus.PASS;
import static io.edgecert.domain.validation.rules.ServerAuthenticationEkuTest.CLIENT;
import static io.edgecert.domain.validation.rules.ServerAuthenticationEkuTest.SERVER;
import static io.edgecert.domain.validation.testing.RuleAssertions.assertFinding;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.testing.ContextBuilder;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Tag("EXT-EKU-002")
@Tag("PIC-002")
class AccessEdgeClientAuthenticationEkuTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments(
            "AOL plan, server and client",
            ContextBuilder.external().plan(p -> p.clientAuth()).leaf(l -> l.eku(SERVER, CLIENT)),
            PASS,
            "contains Client Authentication"),
        arguments(
            "AOL plan, server only",
            ContextBuilder.external().plan(p -> p.clientAuth()),
            FAIL,
            "lacks Client Authentication"),
        arguments(
            "AOL plan, decoupled: A/V certificate",
            ContextBuilder.avAuthentication().plan(p -> p.clientAuth()),
            NOT_APPLICABLE,
            "does not carry the Access Edge usage"),
        arguments("no AOL", ContextBuilder.external(), NOT_APPLICABLE, "calls for no Client"),
        arguments(
            "AOL plan, request without EKU",
            ContextBuilder.external().plan(p -> p.clientAuth()).request().leaf(l -> l.noEku()),
            NOT_APPLICABLE,
            "CA template decides"),
        arguments("internal", ContextBuilder.internal(), NOT_APPLICABLE, "not the internal one"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenAolPlan_evaluate_requiresClientAuthenticationOnTheAccessEdgeCertificate(
      String row, ContextBuilder context, FindingStatus status, String message) {
    assertFinding(new AccessEdgeClientAuthenticationEku(), context, status, message);
  }
}
