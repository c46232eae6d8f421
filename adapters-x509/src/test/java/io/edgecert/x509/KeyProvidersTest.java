package io.edgecert.x509;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.certificate.KeyProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyProvidersTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "Microsoft Software Key Storage Provider, CNG",
    "Microsoft Platform Crypto Provider, CNG",
    "Microsoft Smart Card Key Storage Provider, CNG",
    "SafeNet Key Storage Provider, CNG",
    "Microsoft Enhanced RSA and AES Cryptographic Provider, CSP",
    "Microsoft Strong Cryptographic Provider, CSP",
    "Microsoft RSA SChannel Cryptographic Provider, CSP",
    "Microsoft Base Smart Card Crypto Provider, CSP",
    "Some Vendor Token, UNKNOWN"
  })
  void givenProviderName_classify_tellsCngFromCsp(String name, KeyProvider expected) {
    assertThat(KeyProviders.classify(name)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void givenNoProviderAttribute_classify_isUnknown() {
    assertThat(KeyProviders.classify(null)).isEqualTo(KeyProvider.UNKNOWN);
  }
}
