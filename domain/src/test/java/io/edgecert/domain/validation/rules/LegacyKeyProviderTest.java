package io.edgecert.domain.validation.rules;

import static io.edgecert.domain.validation.testing.RuleAssertions.assertFinding;

import io.edgecert.domain.certificate.KeyProvider;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.testing.ContextBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("GEN-KEY-005")
class LegacyKeyProviderTest {

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(
      nullValues = "null",
      value = {
        "CSP,     Microsoft RSA SChannel Cryptographic Provider, PASS, CryptoAPI (CSP)",
        "CSP,     Microsoft Enhanced Cryptographic Provider v1.0, PASS, CryptoAPI (CSP)",
        "CNG,     Microsoft Software Key Storage Provider, WARN, Microsoft Software Key Storage",
        "CNG,     Microsoft Platform Crypto Provider, WARN, certutil -csp",
        "UNKNOWN, null, NOT_APPLICABLE, names no known provider",
        "UNKNOWN, Acme HSM Provider, NOT_APPLICABLE, names no known provider"
      })
  void givenKeyProvider_evaluate_warnsOnCng(
      KeyProvider provider, String name, FindingStatus status, String message) {
    assertFinding(
        new LegacyKeyProvider(),
        ContextBuilder.external().key(true, provider, name),
        status,
        message);
  }

  @Test
  void givenNoKey_evaluate_isNotApplicable() {
    assertFinding(
        new LegacyKeyProvider(),
        ContextBuilder.external(),
        FindingStatus.NOT_APPLICABLE,
        "no private key");
  }
}
