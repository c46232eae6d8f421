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

@Tag("EXT-EKU-001")
class ExternalServerAuthenticationEkuTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments("external with server", ContextBuilder.external(), PASS, "contains"),
        arguments("A/V Authentication with server", ContextBuilder.avAuthentication(), PASS, ""),
        arguments(
            "external with client only",
            ContextBuilder.external().leaf(l -> l.eku(ServerAuthenticationEkuTest.CLIENT)),
            FAIL,
            "lacks Server Authentication"),
        arguments(
            "A/V Authentication without EKU",
            ContextBuilder.avAuthentication().leaf(l -> l.noEku()),
            FAIL,
            "no EKU extension"),
        arguments(
            "internal certificate",
            ContextBuilder.internal(),
            NOT_APPLICABLE,
            "not the internal one"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenExternalCertificate_evaluate_requiresServerAuthentication(
      String row, ContextBuilder context, FindingStatus status, String message) {
    assertFinding(new ExternalServerAuthenticationEku(), context, status, message);
  }
}
