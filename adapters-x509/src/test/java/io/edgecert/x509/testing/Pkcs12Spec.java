package io.edgecert.x509.testing;

/**
 * How {@link IssuedCertificate#pkcs12} packs a certificate and its key. Defaults: no password
 * (bags unencrypted, MAC keyed by the empty password), AES-256/PBKDF2-SHA256 encryption when a
 * password is set, SHA-256 MAC, 2048 iterations, chain included, no friendly name and no Microsoft
 * provider attribute.
 */
public final class Pkcs12Spec {
  /** A CryptoAPI provider name (CSP), as Windows writes it. */
  public static final String CSP = "Microsoft Enhanced RSA and AES Cryptographic Provider";
  /** The CNG software key storage provider name (KSP). */
  public static final String CNG = "Microsoft Software Key Storage Provider";

  char[] password;
  String friendlyName;
  String providerName;
  boolean mismatchedKey;
  boolean legacyEncryption;
  boolean emptyPasswordAsTwoZeroBytes;
  boolean withoutMac;
  boolean withChain = true;
  int iterations = 2048;
  int claimedIterations;

  public static Pkcs12Spec noPassword() {
    return new Pkcs12Spec();
  }

  public static Pkcs12Spec password(String password) {
    Pkcs12Spec spec = new Pkcs12Spec();
    spec.password = password.toCharArray();
    return spec;
  }

  public Pkcs12Spec friendlyName(String name) {
    this.friendlyName = name;
    return this;
  }

  /** Adds the key bag attribute 1.3.6.1.4.1.311.17.1 with this provider name. */
  public Pkcs12Spec provider(String name) {
    this.providerName = name;
    return this;
  }

  /** Packs another key of the same type, still tied to the certificate by local key id. */
  public Pkcs12Spec mismatchedKey() {
    this.mismatchedKey = true;
    return this;
  }

  /** pbeWithSHAAnd3-KeyTripleDES for the key, 40-bit RC2 for certificates, SHA-1 MAC. */
  public Pkcs12Spec legacyEncryption() {
    this.legacyEncryption = true;
    return this;
  }

  /**
   * With {@link #noPassword()}: a MAC keyed by the two zero bytes of an empty BMPString, as
   * OpenSSL writes a file exported with an empty password.
   */
  public Pkcs12Spec emptyPasswordAsTwoZeroBytes() {
    this.emptyPasswordAsTwoZeroBytes = true;
    return this;
  }

  public Pkcs12Spec withoutMac() {
    this.withoutMac = true;
    return this;
  }

  public Pkcs12Spec withoutChain() {
    this.withChain = false;
    return this;
  }

  /** The real iteration count for the MAC and the encryption. */
  public Pkcs12Spec iterations(int count) {
    this.iterations = count;
    return this;
  }

  /**
   * Writes {@code count} into the MAC's iteration field after the file was made (the MAC no longer
   * verifies): the cheap way to test that absurd counts are refused before any derivation.
   */
  public Pkcs12Spec claimedIterations(int count) {
    this.claimedIterations = count;
    return this;
  }
}
