package io.edgecert.domain.plan;

import io.edgecert.domain.Coded;

/**
 * Which planned certificate: the external one, a decoupled A/V Authentication one, or the internal
 * one.
 */
public enum CertificateRole implements Coded {
  EXTERNAL("external", "External Edge Certificate"),
  AV_AUTHENTICATION("av-authentication", "A/V Authentication Certificate"),
  INTERNAL("internal", "Edge Internal Certificate");

  private final String code;
  private final String friendlyName;

  CertificateRole(String code, String friendlyName) {
    this.code = code;
    this.friendlyName = friendlyName;
  }

  @Override
  public String code() {
    return code;
  }

  /** The friendly name a certificate of this role is requested and imported under. */
  public String friendlyName() {
    return friendlyName;
  }
}
