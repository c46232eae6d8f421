package io.edgecert.x509;

import io.edgecert.domain.certificate.KeyProvider;
import java.util.Locale;

/**
 * Tells CNG key storage providers from legacy CryptoAPI CSPs by the provider name Windows writes
 * into a PKCS#12 key bag (attribute 1.3.6.1.4.1.311.17.1).
 */
final class KeyProviders {

  private KeyProviders() {}

  static KeyProvider classify(String providerName) {
    if (providerName == null) {
      return KeyProvider.UNKNOWN;
    }
    String name = providerName.toLowerCase(Locale.ROOT);
    if (name.contains("key storage provider") || name.equals("microsoft platform crypto provider")) {
      return KeyProvider.CNG;
    }
    if (name.contains("cryptographic provider") || name.contains("crypto provider")) {
      return KeyProvider.CSP;
    }
    return KeyProvider.UNKNOWN;
  }
}
