package io.edgecert.domain.certificate;

import io.edgecert.domain.Coded;

/** The Windows key store a PKCS#12 key is marked for: legacy CryptoAPI (CSP) or CNG/KSP. */
public enum KeyProvider implements Coded {
  CSP("csp"),
  CNG("cng"),
  UNKNOWN("unknown");

  private final String code;

  KeyProvider(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
