package io.edgecert.domain.validation.rules;

import static io.edgecert.domain.validation.FindingStatus.FAIL;
import static io.edgecert.domain.validation.FindingStatus.NOT_APPLICABLE;
import static io.edgecert.domain.validation.FindingStatus.PASS;
import static io.edgecert.domain.validation.testing.RuleAssertions.assertFinding;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.edgecert.domain.certificate.KeyProvider;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.testing.ContextBuilder;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Tag("GEN-KEY-004")
class PrivateKeyMatchesTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments("matching key", ContextBuilder.external().matchingKey(), PASS, "matches"),
        arguments(
            "another key",
            ContextBuilder.internal().key(false, KeyProvider.UNKNOWN, null),
            FAIL,
            "does not match"),
        arguments("no key", ContextBuilder.external(), NOT_APPLICABLE, "no private key"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenPkcs12Key_evaluate_requiresItToMatchTheCertificate(
      String row, ContextBuilder context, FindingStatus status, String message) {
    assertFinding(new PrivateKeyMatches(), context, status, message);
  }
}
