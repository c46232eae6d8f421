package io.edgecert.acceptance.driver;

import java.util.Objects;

/**
 * A certificate handed to edgecert: a file name, its bytes, how it is encoded, its PKCS#12 password
 * (null when none) and the role it is meant for (a role code such as {@code external}).
 */
public record CertificateInput(
    String fileName, byte[] content, Format format, String password, String role) {

  /** The encodings the scenarios hand in. */
  public enum Format {
    /** PEM certificates, the leaf first. */
    PEM,
    /** A PKCS#12 file with the private key. */
    PKCS12,
    /** A PEM PKCS#10 certificate request. */
    CSR
  }

  public CertificateInput {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(role, "role");
  }
}
