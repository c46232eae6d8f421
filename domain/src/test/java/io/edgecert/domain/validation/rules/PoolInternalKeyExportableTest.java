package io.edgecert.domain.validation.rules;

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

@Tag("INT-POOL-001")
class PoolInternalKeyExportableTest {

  static ContextBuilder pool() {
    return ContextBuilder.internal().topology(t -> t.pool());
  }

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments("pool internal PFX with its key", pool().matchingKey(), PASS, "was exportable"),
        arguments("pool internal certificate without key", pool(), NOT_APPLICABLE, "give the PFX"),
        arguments(
            "pool internal PFX with another key",
            pool().key(false, KeyProvider.CSP, "Microsoft Enhanced Cryptographic Provider v1.0"),
            NOT_APPLICABLE,
            "GEN-KEY-004"),
        arguments(
            "pool internal, plan without exportable key",
            pool().matchingKey().plan(p -> p.notExportable()),
            NOT_APPLICABLE,
            "does not require an exportable key"),
        arguments(
            "single Edge internal",
            ContextBuilder.internal().matchingKey(),
            NOT_APPLICABLE,
            "INT-KEY-001"),
        arguments(
            "pool external",
            ContextBuilder.external().topology(t -> t.pool()).matchingKey(),
            NOT_APPLICABLE,
            "internal certificate only"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenPoolInternalCertificate_evaluate_reportsIntPool001(
      String row, ContextBuilder context, FindingStatus status, String message) {
    assertFinding(new PoolInternalKeyExportable(), context, status, message);
  }
}
