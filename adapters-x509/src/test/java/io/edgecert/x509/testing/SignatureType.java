package io.edgecert.x509.testing;

/** Signature algorithms the test PKI can sign with, with the OID a reader should report. */
public enum SignatureType {
  SHA1_RSA("SHA1withRSA", "1.2.840.113549.1.1.5", true),
  SHA224_RSA("SHA224withRSA", "1.2.840.113549.1.1.14", true),
  SHA256_RSA("SHA256withRSA", "1.2.840.113549.1.1.11", true),
  SHA384_RSA("SHA384withRSA", "1.2.840.113549.1.1.12", true),
  SHA512_RSA("SHA512withRSA", "1.2.840.113549.1.1.13", true),
  RSASSA_PSS("SHA256withRSAandMGF1", "1.2.840.113549.1.1.10", true),
  ECDSA_SHA1("SHA1withECDSA", "1.2.840.10045.4.1", false),
  ECDSA_SHA224("SHA224withECDSA", "1.2.840.10045.4.3.1", false),
  ECDSA_SHA256("SHA256withECDSA", "1.2.840.10045.4.3.2", false),
  ECDSA_SHA384("SHA384withECDSA", "1.2.840.10045.4.3.3", false),
  ECDSA_SHA512("SHA512withECDSA", "1.2.840.10045.4.3.4", false);

  private final String jcaName;
  private final String oid;
  private final boolean rsa;

  SignatureType(String jcaName, String oid, boolean rsa) {
    this.jcaName = jcaName;
    this.oid = oid;
    this.rsa = rsa;
  }

  /** The BouncyCastle JCA name used to sign. */
  public String jcaName() {
    return jcaName;
  }

  public String oid() {
    return oid;
  }

  /** Whether the signing key must be RSA (else EC). */
  public boolean needsRsaKey() {
    return rsa;
  }
}
