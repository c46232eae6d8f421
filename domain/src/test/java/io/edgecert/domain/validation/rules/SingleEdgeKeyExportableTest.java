package io.edgecert.domain.validation.rules;

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

@Tag("EXT-KEY-002")
class SingleEdgeKeyExportableTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments(
            "single PFX with its key",
            ContextBuilder.external().matchingKey(),
            PASS,
            "carries the certificate's private key"),
        arguments(
            "single PEM without key", ContextBuilder.external(), NOT_APPLICABLE, "give the PFX"),
        arguments(
            "plan does not require exportable (SfB single)",
            ContextBuilder.external().plan(p -> p.notExportable()).matchingKey(),
            NOT_APPLICABLE,
            "AMB-04"),
        arguments(
            "pool",
            ContextBuilder.external().topology(t -> t.pool()).matchingKey(),
            NOT_APPLICABLE,
            "EXT-KEY-001"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenSingleEdge_evaluate_passesOnlyWhenThePfxCarriesTheKey(
      String row, ContextBuilder context, FindingStatus status, String message) {
    assertFinding(new SingleEdgeKeyExportable(), context, status, message);
  }
}
