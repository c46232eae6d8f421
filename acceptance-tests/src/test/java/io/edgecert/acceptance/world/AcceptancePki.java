package io.edgecert.acceptance.world;

import io.edgecert.x509.testing.TestPki;

/**
 * The one test PKI of the test JVM, made on first use: its keys take seconds to generate, so every
 * scenario and every suite shares them. Its root stands in for a public CA's root; its unrelated
 * root (EC P-256) is the root of the organisation's internal CA.
 */
public final class AcceptancePki {
  private static TestPki pki;

  private AcceptancePki() {}

  public static synchronized TestPki get() {
    if (pki == null) {
      pki = TestPki.create();
    }
    return pki;
  }

  /** The root the public CA of the scenarios chains to, as PEM. */
  public static String publicRootPem() {
    return get().root().pem();
  }

  /** The root of the organisation's internal CA, as PEM. */
  public static String internalRootPem() {
    return get().unrelatedRoot().pem();
  }
}
