package io.edgecert.domain.certificate;

/**
 * The subject public key: algorithm ("RSA", "EC", or another JCA name), size in bits (RSA modulus or
 * curve field size), for EC keys the named curve's OID and name (null otherwise), and the SHA-256 of
 * the SubjectPublicKeyInfo in upper-case hex, which tells two keys apart (null when not computed).
 */
public record PublicKeyFacts(
    String algorithm, int bits, String curveOid, String curveName, String sha256) {

  /** Facts without the key's fingerprint. */
  public PublicKeyFacts(String algorithm, int bits, String curveOid, String curveName) {
    this(algorithm, bits, curveOid, curveName, null);
  }

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
