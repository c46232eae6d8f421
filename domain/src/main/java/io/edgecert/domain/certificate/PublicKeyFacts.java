package io.edgecert.domain.certificate;

import java.math.BigInteger;

/**
 * The subject public key: algorithm ("RSA", "EC", or another JCA name), size in bits (RSA modulus
 * or curve field size), for EC keys the named curve's OID and name (null otherwise), and the
 * SHA-256 of the SubjectPublicKeyInfo in upper-case hex, which tells two keys apart (null when not
 * computed).
 *
 * @param rsaExponent the RSA public exponent; null for another algorithm or when not read
 * @param rsaModulusEven whether the RSA modulus is even (a product of two odd primes never is)
 */
public record PublicKeyFacts(
    String algorithm,
    int bits,
    String curveOid,
    String curveName,
    String sha256,
    BigInteger rsaExponent,
    boolean rsaModulusEven) {

  /** Facts without the key's fingerprint, the RSA key's exponent and its modulus parity. */
  public PublicKeyFacts(String algorithm, int bits, String curveOid, String curveName) {
    this(algorithm, bits, curveOid, curveName, null, null, false);
  }

  /** These facts with the RSA key's public exponent and whether its modulus is even. */
  public PublicKeyFacts withRsa(BigInteger exponent, boolean modulusEven) {
    return new PublicKeyFacts(algorithm, bits, curveOid, curveName, sha256, exponent, modulusEven);
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
