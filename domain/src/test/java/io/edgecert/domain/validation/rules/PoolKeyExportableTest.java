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

@Tag("EXT-KEY-001")
class PoolKeyExportableTest {

  static ContextBuilder pool() {
    return ContextBuilder.external().topology(t -> t.pool());
  }

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments("pool PFX with its key", pool().matchingKey(), PASS, "key was exportable"),
        arguments(
            "pool A/V Authentication PFX",
            ContextBuilder.avAuthentication().topology(t -> t.pool()).matchingKey(),
            PASS,
            "key was exportable"),
        arguments(
            "pool certificate without key",
            pool(),
            NOT_APPLICABLE,
            "a certificate without its key cannot show whether the key is exportable; give the"
                + " PFX"),
        arguments(
            "pool PFX with another key",
            pool().key(false, KeyProvider.CSP, "Microsoft Enhanced Cryptographic Provider v1.0"),
            NOT_APPLICABLE,
            "GEN-KEY-004"),
        arguments("pool request", pool().request(), NOT_APPLICABLE, "cannot show whether the key"),
        arguments(
            "single Edge", ContextBuilder.external().matchingKey(), NOT_APPLICABLE, "EXT-KEY-002"),
        arguments(
            "pool internal",
            ContextBuilder.internal().topology(t -> t.pool()).matchingKey(),
            NOT_APPLICABLE,
            "not the internal one"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenPool_evaluate_passesOnlyWhenThePfxCarriesTheKey(
      String row, ContextBuilder context, FindingStatus status, String message) {
    assertFinding(new PoolKeyExportable(), context, status, message);
  }
}
