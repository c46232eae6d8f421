package io.edgecert.domain.plan;

import io.edgecert.domain.Coded;

/** Which kind of CA may issue a planned certificate (EXT-CA-001, INT-CA-001). */
public enum CertificateAuthorityKind implements Coded {
  PUBLIC("public"),
  PUBLIC_OR_PRIVATE("public-or-private");

  private final String code;

  CertificateAuthorityKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
