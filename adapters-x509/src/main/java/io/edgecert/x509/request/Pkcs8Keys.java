package io.edgecert.x509.request;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import org.bouncycastle.pkcs.jcajce.JcaPKCS8EncryptedPrivateKeyInfoBuilder;

/**
 * A private key as PKCS#8 PEM: plain, or encrypted with PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC).
 */
final class Pkcs8Keys {
  private final Pbes2 pbes2;

  Pkcs8Keys(SecureRandom random, int iterations) {
    this.pbes2 = new Pbes2(random, iterations);
  }

  String pem(PrivateKey key, char[] passphrase) {
    if (passphrase == null) {
      return PemText.of("PRIVATE KEY", key.getEncoded());
    }
    try {
      byte[] encrypted =
          new JcaPKCS8EncryptedPrivateKeyInfoBuilder(key)
              .build(pbes2.encryptor(passphrase))
              .getEncoded();
      return PemText.of("ENCRYPTED PRIVATE KEY", encrypted);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
