package io.edgecert.x509.request;

import java.security.SecureRandom;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.crypto.util.PBKDF2Config;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEOutputEncryptorBuilder;

/** PBES2 password encryption: PBKDF2-HMAC-SHA256 with a 16-byte salt, then AES-256-CBC. */
public final class Pbes2 {
  private static final int SALT_BYTES = 16;
  private final SecureRandom random;
  private final int iterations;

  public Pbes2(SecureRandom random, int iterations) {
    this.random = random;
    this.iterations = iterations;
  }

  /** A new encryptor (fresh salt and IV) for {@code password}. */
  public OutputEncryptor encryptor(char[] password) {
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
          .build(password);
    } catch (OperatorCreationException e) {
      throw new IllegalStateException("cannot encrypt with PBES2 and AES-256", e);
    }
  }
}
