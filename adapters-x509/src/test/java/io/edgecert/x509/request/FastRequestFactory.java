package io.edgecert.x509.request;

import java.security.SecureRandom;

/** A request factory with few PBKDF2 iterations, so that tests that open the key stay fast. */
public final class FastRequestFactory {

  private FastRequestFactory() {}

  public static BouncyCastleRequestFactory create() {
    return new BouncyCastleRequestFactory(new SecureRandom(), 1_000);
  }
}
