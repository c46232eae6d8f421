package io.edgecert.acceptance.driver;

import java.util.Objects;

/**
 * A certificate handed to edgecert: a file name, its bytes, how it is encoded, its PKCS#12 password
 * (null when none), the role it is meant for (a role code such as {@code external}) and the Edge
 * pool member it came from (an FQDN of {@code edge.servers}; null when not said).
 */
public record CertificateInput(
    String fileName, byte[] content, Format format, String password, String role, String member) {

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

  /** An input that does not say which pool member it came from. */
  public CertificateInput(
      String fileName, byte[] content, Format format, String password, String role) {
    this(fileName, content, format, password, role, null);
  }

  /** This file as {@code memberName}'s copy, named {@code <member>-<file name>}. */
  public CertificateInput fromMember(String memberName) {
    return new CertificateInput(
        memberName + "-" + fileName, content, format, password, role, memberName);
  }
}
