package io.edgecert.domain.topology;

/**
 * Choices about the certificates themselves: a decoupled A/V Authentication certificate (AV-004), a
 * request made off the Edge (EXT-KEY-003), and the key algorithm and size.
 */
public record CertificateOptions(
    boolean separateAvAuthentication,
    boolean requestedOffEdge,
    KeyAlgorithm keyAlgorithm,
    int keySize) {

  public static final int DEFAULT_RSA_KEY_SIZE = RsaKeySizes.RECOMMENDED;

  public CertificateOptions {
    keyAlgorithm = keyAlgorithm == null ? KeyAlgorithm.RSA : keyAlgorithm;
    if (keySize == 0) {
      keySize = keyAlgorithm.isElliptic() ? keyAlgorithm.curveBits() : DEFAULT_RSA_KEY_SIZE;
    }
  }

  public static CertificateOptions defaults() {
    return new CertificateOptions(false, false, KeyAlgorithm.RSA, DEFAULT_RSA_KEY_SIZE);
  }
}
