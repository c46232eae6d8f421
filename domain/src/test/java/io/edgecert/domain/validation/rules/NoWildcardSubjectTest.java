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

@Tag("WILD-001")
class NoWildcardSubjectTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments("external explicit", ContextBuilder.external(), PASS, "explicit"),
        arguments("internal explicit", ContextBuilder.internal(), PASS, "explicit"),
        arguments(
            "external wildcard",
            ContextBuilder.external().leaf(l -> l.commonName("*.contoso.com")),
            FAIL,
            "is a wildcard"),
        arguments(
            "internal wildcard",
            ContextBuilder.internal().leaf(l -> l.commonName("*.contoso.net")),
            FAIL,
            "is a wildcard"),
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
            ContextBuilder.external().leaf(l -> l.commonName(null)),
            NOT_APPLICABLE,
            "no CN"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenAnyNamedRole_evaluate_refusesAWildcardCn(
      String row, ContextBuilder context, FindingStatus status, String message) {
    assertFinding(new NoWildcardSubject(), context, status, message);
  }
}
