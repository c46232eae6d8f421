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

@Tag("INT-EKU-001")
class InternalServerAuthenticationEkuTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments("internal with server", ContextBuilder.internal(), PASS, "contains"),
        arguments(
            "internal with client only",
            ContextBuilder.internal().leaf(l -> l.eku(ServerAuthenticationEkuTest.CLIENT)),
            FAIL,
            "lacks Server Authentication"),
        arguments(
            "external certificate",
            ContextBuilder.external(),
            NOT_APPLICABLE,
            "internal certificate only"),
        arguments(
            "A/V Authentication certificate",
            ContextBuilder.avAuthentication(),
            NOT_APPLICABLE,
            "internal certificate only"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenInternalCertificate_evaluate_requiresServerAuthentication(
      String row, ContextBuilder context, FindingStatus status, String message) {
    assertFinding(new InternalServerAuthenticationEku(), context, status, message);
  }
}
