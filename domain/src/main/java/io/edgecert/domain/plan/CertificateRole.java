package io.edgecert.domain.plan;

import io.edgecert.domain.Coded;

/** Which planned certificate: the external one, a decoupled A/V Authentication one, or the internal one. */
public enum CertificateRole implements Coded {
  EXTERNAL("external"),
  AV_AUTHENTICATION("av-authentication"),
  INTERNAL("internal");

  private final String code;

  CertificateRole(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
