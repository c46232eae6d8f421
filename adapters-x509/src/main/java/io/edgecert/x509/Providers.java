package io.edgecert.x509;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The BouncyCastle JCA provider, made on first use and never registered with {@code Security}: only
 * PKCS#12 decryption and algorithms the JDK lacks need it, so start-up stays cheap.
 */
final class Providers {
  private static final Lazy<Provider> BOUNCY_CASTLE = new Lazy<>(BouncyCastleProvider::new);

  private Providers() {}

  static Provider bouncyCastle() {
    return BOUNCY_CASTLE.get();
  }
}
