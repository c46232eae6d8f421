package io.edgecert.x509.request;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.crypto.util.PBKDF2Config;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.pkcs.jcajce.JcaPKCS8EncryptedPrivateKeyInfoBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEOutputEncryptorBuilder;

/**
 * A private key as PKCS#8 PEM: plain, or encrypted with PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC).
 */
final class Pkcs8Keys {
  private static final int SALT_BYTES = 16;
  private final SecureRandom random;
  private final int iterations;

  Pkcs8Keys(SecureRandom random, int iterations) {
    this.random = random;
    this.iterations = iterations;
  }

  String pem(PrivateKey key, char[] passphrase) {
    if (passphrase == null) {
      return PemText.of("PRIVATE KEY", key.getEncoded());
    }
    try {
      byte[] encrypted =
          new JcaPKCS8EncryptedPrivateKeyInfoBuilder(key).build(encryptor(passphrase)).getEncoded();
      return PemText.of("ENCRYPTED PRIVATE KEY", encrypted);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private OutputEncryptor encryptor(char[] passphrase) {
    PBKDF2Config pbkdf2 =
        new PBKDF2Config.Builder()
            .withPRF(PBKDF2Config.PRF_SHA256)
            .withIterationCount(iterations)
            .withSaltLength(SALT_BYTES)
            .build();
    try {
      return new JcePKCSPBEOutputEncryptorBuilder(pbkdf2, NISTObjectIdentifiers.id_aes256_CBC)
          .setProvider(JcaProvider.bouncyCastle())
          .setRandom(random)
          .build(passphrase);
    } catch (OperatorCreationException e) {
      throw new IllegalStateException("the JDK cannot encrypt with AES-256", e);
    }
  }
}
