package io.edgecert.x509.testing;

/** Who signs a test certificate. */
public enum Issuer {
  /** The test root (RSA 2048) directly. */
  ROOT,
  /** The RSA 2048 intermediate under the test root (the default). */
  INTERMEDIATE,
  /** An EC P-384 intermediate under the test root, for ECDSA-signed leaves. */
  EC_INTERMEDIATE,
  /** A CA (EC P-256) with the intermediate's name but another key: chains through it fail. */
  IMPOSTER,
  /** An unrelated root (EC P-256) that no trust setting names. */
  UNRELATED,
  /** The leaf's own key. */
  SELF
}
