package io.edgecert.x509.testing;

/** Key types the test PKI can make; each key is generated once per slot and kept (see TestKeys). */
public enum KeyType {
  RSA_1024("RSA", 1024, null),
  RSA_2048("RSA", 2048, null),
  RSA_3072("RSA", 3072, null),
  RSA_4096("RSA", 4096, null),
  EC_P256("EC", 256, "secp256r1"),
  EC_P384("EC", 384, "secp384r1"),
  EC_P521("EC", 521, "secp521r1");

  private final String algorithm;
  private final int bits;
  private final String curve;

  KeyType(String algorithm, int bits, String curve) {
    this.algorithm = algorithm;
    this.bits = bits;
    this.curve = curve;
  }

  public String algorithm() {
    return algorithm;
  }

  public int bits() {
    return bits;
  }

  /** The SEC curve name for EC keys, null for RSA. */
  public String curve() {
    return curve;
  }

  public boolean isRsa() {
    return curve == null;
  }

  /** The signature a CA with this key makes unless a spec says otherwise. */
  public SignatureType defaultSignature() {
    return isRsa() ? SignatureType.SHA256_RSA
        : bits > 256 ? SignatureType.ECDSA_SHA384 : SignatureType.ECDSA_SHA256;
  }
}
