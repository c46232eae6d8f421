package io.edgecert.x509.testing;

/** Who signs a test certificate. */
public enum Issuer {
  /** The test root (RSA 2048) directly. */
  ROOT,
  /** The RSA 2048 intermediate under the test root (the default). */
  INTERMEDIATE,
  /** An EC P-384 intermediate under the test root, for ECDSA-signed leaves. */
  EC_INTERMEDIATE,
  /** A CA that shares the intermediate's name but has another key (its signatures must fail). */
  IMPOSTER,
  /** An unrelated root that no trust setting names. */
  UNRELATED,
  /** The leaf's own key. */
  SELF
}
