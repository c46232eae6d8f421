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

@Tag("EXT-SUBJECT-002")
class ExternalSubjectNotWildcardTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments("explicit CN", ContextBuilder.external(), PASS, "explicit name"),
        arguments(
            "wildcard CN",
            ContextBuilder.external().leaf(l -> l.commonName("*.contoso.com")),
            FAIL,
            "*.contoso.com is a wildcard"),
        arguments(
            "no CN",
            ContextBuilder.external().leaf(l -> l.commonName(null)),
            NOT_APPLICABLE,
            "no CN"),
        arguments(
            "wildcard CN on A/V Authentication",
            ContextBuilder.avAuthentication(),
            NOT_APPLICABLE,
            "AV-003"),
        arguments(
            "wildcard CN on internal",
            ContextBuilder.internal().leaf(l -> l.commonName("*.contoso.net")),
            NOT_APPLICABLE,
            "external certificate"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenExternalSubject_evaluate_refusesAWildcardCn(
      String row, ContextBuilder context, FindingStatus status, String message) {
    assertFinding(new ExternalSubjectNotWildcard(), context, status, message);
  }
}
