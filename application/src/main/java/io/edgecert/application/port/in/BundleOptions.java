package io.edgecert.application.port.in;

import java.util.Objects;

/**
 * How the PFX is made: its file name (for the import line), the friendly name (null: from the plan
 * or the certificate), legacy 3DES/SHA-1 protection (the default: every Windows Server that runs
 * Lync 2013 or Skype for Business imports it; AES-256 needs Windows Server 2019 or later), and
 * whether a failed validation or an incomplete chain may be overridden.
 */
public record BundleOptions(
    String pfxFileName,
    String friendlyName,
    boolean legacy,
    boolean force,
    boolean allowIncompleteChain) {

  public static final String DEFAULT_FILE_NAME = "edge.pfx";

  public BundleOptions {
    Objects.requireNonNull(pfxFileName, "pfxFileName");
  }

  public static BundleOptions defaults() {
    return new BundleOptions(DEFAULT_FILE_NAME, null, true, false, false);
  }
}
