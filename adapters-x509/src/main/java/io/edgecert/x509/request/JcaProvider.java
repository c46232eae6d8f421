package io.edgecert.x509.request;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The BouncyCastle JCA provider for password-based encryption the JDK cannot do by OID (PBES2 with
 * AES in PKCS#8 and PKCS#12), made on first use and never registered with {@code Security}.
 */
public final class JcaProvider {

  private JcaProvider() {}

  /** The one provider instance of this adapter. */
  public static Provider bouncyCastle() {
    return Holder.PROVIDER;
  }

  private static final class Holder {
    static final Provider PROVIDER = new BouncyCastleProvider();
  }
}
