package io.edgecert.domain.certificate;

/**
 * The subject public key: algorithm ("RSA", "EC", or another JCA name), size in bits (RSA modulus or
 * curve field size), and for EC keys the named curve's OID and name (null otherwise).
 */
public record PublicKeyFacts(String algorithm, int bits, String curveOid, String curveName) {

  public static final String SECP256R1 = "1.2.840.10045.3.1.7";
  public static final String SECP384R1 = "1.3.132.0.34";
  public static final String SECP521R1 = "1.3.132.0.35";

  public boolean isRsa() {
    return "RSA".equalsIgnoreCase(algorithm);
  }

  public boolean isElliptic() {
    return "EC".equalsIgnoreCase(algorithm);
  }
}
