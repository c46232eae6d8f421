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

@Tag("GEN-EKU-001")
class ServerAuthenticationEkuTest {
  static final String SERVER = "1.3.6.1.5.5.7.3.1";
  static final String CLIENT = "1.3.6.1.5.5.7.3.2";

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments("external with server", ContextBuilder.external(), PASS, "contains"),
        arguments("internal with server", ContextBuilder.internal(), PASS, "contains"),
        arguments(
            "server and client",
            ContextBuilder.external().leaf(l -> l.eku(SERVER, CLIENT)),
            PASS,
            "contains"),
        arguments("client only", ContextBuilder.external().leaf(l -> l.eku(CLIENT)), FAIL, "lacks"),
        arguments(
            "anyExtendedKeyUsage alone (ADR 0028)",
            ContextBuilder.internal().leaf(l -> l.eku("2.5.29.37.0")),
            FAIL,
            "anyExtendedKeyUsage does not stand in for it"),
        arguments(
            "no EKU extension",
            ContextBuilder.internal().leaf(l -> l.noEku()),
            FAIL,
            "no EKU extension"),
        arguments(
            "request without EKU",
            ContextBuilder.external().request().leaf(l -> l.noEku()),
            NOT_APPLICABLE,
            "the CA template decides"),
        arguments(
            "request asking for client only",
            ContextBuilder.external().request().leaf(l -> l.eku(CLIENT)),
            FAIL,
            "lacks"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenEku_evaluate_requiresServerAuthenticationOnEveryRole(
      String row, ContextBuilder context, FindingStatus status, String message) {
    assertFinding(new ServerAuthenticationEku(), context, status, message);
  }
}
