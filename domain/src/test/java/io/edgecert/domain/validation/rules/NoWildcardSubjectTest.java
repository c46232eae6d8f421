package io.edgecert.domain.validation.rules;

import static io.edgecert.domain.validation.FindingStatus.FAIL;
import static io.edgecert.domain.validation.FindingStatus.NOT_APPLICABLE;
import static io.edgecert.domain.validation.FindingStatus.PASS;
import static io.edgecert.domain.validation.testing.RuleAssertions.assertFinding;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.testing.ContextBuilder;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NoWildcardSubjectTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments(
            "external explicit", ContextBuilder.external(), NOT_APPLICABLE, "EXT-SUBJECT-002"),
        arguments(
            "internal explicit", ContextBuilder.internal(), NOT_APPLICABLE, "INT-SUBJECT-002"),
        arguments(
            "external wildcard: EXT-SUBJECT-002 fails it, once",
            ContextBuilder.external().leaf(l -> l.commonName("*.contoso.com")),
            NOT_APPLICABLE,
            "judged by EXT-SUBJECT-002"),
        arguments(
            "internal wildcard: INT-SUBJECT-002 fails it, once",
            ContextBuilder.internal().leaf(l -> l.commonName("*.contoso.net")),
            NOT_APPLICABLE,
            "judged by INT-SUBJECT-002"),
        arguments(
            "A/V Authentication wildcard",
            ContextBuilder.avAuthentication(),
            FAIL,
            "is a wildcard"),
        arguments(
            "A/V Authentication explicit",
            ContextBuilder.avAuthentication().leaf(l -> l.commonName("avauth.contoso.com")),
            PASS,
            "explicit"),
        arguments(
            "no CN",
            ContextBuilder.avAuthentication().leaf(l -> l.commonName(null)),
            NOT_APPLICABLE,
            "no CN"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenTheAvCertificate_evaluate_refusesAWildcardCnThatNoRoleRuleJudges(
      String row, ContextBuilder context, FindingStatus status, String message) {
    assertFinding(new NoWildcardSubject(), context, status, message);
  }
}
