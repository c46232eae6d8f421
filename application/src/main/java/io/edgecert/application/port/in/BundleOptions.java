package io.edgecert.application.port.in;

import java.util.Objects;

/**
 * How the PFX is made: its file name (for the Import-CsCertificate line), the friendly name (null:
 * from the plan or the certificate), legacy 3DES/SHA-1 protection for older Windows Server, and
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
    return new BundleOptions(DEFAULT_FILE_NAME, null, false, false, false);
  }
}
