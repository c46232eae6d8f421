package io.edgecert.domain.validation.rules;

import static io.edgecert.domain.validation.FindingStatus.FAIL;
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

@Tag("GEN-BC-001")
class NotCaCertificateTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments("end-entity", ContextBuilder.external(), PASS, "end-entity"),
        arguments(
            "CA certificate",
            ContextBuilder.internal().leaf(l -> l.certificateAuthority()),
            FAIL,
            "basicConstraints CA=true"),
        arguments(
            "request asking for CA",
            ContextBuilder.external().request().leaf(l -> l.certificateAuthority()),
            FAIL,
            "is a CA certificate"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenBasicConstraints_evaluate_refusesACaCertificate(
      String row, ContextBuilder context, FindingStatus status, String message) {
    assertFinding(new NotCaCertificate(), context, status, message);
  }
}
