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

@Tag("INT-SUBJECT-002")
class InternalSubjectNotWildcardTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments("explicit CN", ContextBuilder.internal(), PASS, "explicit name"),
        arguments(
            "wildcard CN",
            ContextBuilder.internal().leaf(l -> l.commonName("*.contoso.net")),
            FAIL,
            "no Edge role accepts a wildcard CN"),
        arguments(
            "no CN",
            ContextBuilder.internal().leaf(l -> l.commonName(null)),
            NOT_APPLICABLE,
            "no CN"),
        arguments(
            "external certificate",
            ContextBuilder.external().leaf(l -> l.commonName("*.contoso.com")),
            NOT_APPLICABLE,
            "internal certificate only"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenInternalSubject_evaluate_refusesAWildcardCn(
      String row, ContextBuilder context, FindingStatus status, String message) {
    assertFinding(new InternalSubjectNotWildcard(), context, status, message);
  }
}
