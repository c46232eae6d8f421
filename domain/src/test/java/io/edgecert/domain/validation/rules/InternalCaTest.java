package io.edgecert.domain.validation.rules;

import static io.edgecert.domain.validation.FindingStatus.NOT_APPLICABLE;
import static io.edgecert.domain.validation.FindingStatus.PASS;
import static io.edgecert.domain.validation.testing.RuleAssertions.assertFinding;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.edgecert.domain.certificate.ChainStatus;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.testing.ContextBuilder;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Tag("INT-CA-001")
class InternalCaTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments("private root", ContextBuilder.internal(), PASS, "internal CA"),
        arguments(
            "public root",
            ContextBuilder.internal().chain(ChainStatus.PUBLIC_ROOT),
            PASS,
            "public CA (root CN=public-root root)"),
        arguments(
            "incomplete",
            ContextBuilder.internal().chain(ChainStatus.INCOMPLETE),
            NOT_APPLICABLE,
            "GEN-CHAIN-001"),
        arguments(
            "self-signed",
            ContextBuilder.internal().chain(ChainStatus.SELF_SIGNED),
            NOT_APPLICABLE,
            "reaches no root"),
        arguments("request", ContextBuilder.internal().request(), NOT_APPLICABLE, "request"),
        arguments("external", ContextBuilder.external(), NOT_APPLICABLE, "internal certificate"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenInternalChain_evaluate_reportsWhichKindOfCa(
      String row, ContextBuilder context, FindingStatus status, String message) {
    assertFinding(new InternalCa(), context, status, message);
  }
}
