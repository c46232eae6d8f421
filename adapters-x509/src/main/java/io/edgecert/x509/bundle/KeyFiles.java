package io.edgecert.x509.bundle;

import io.edgecert.application.port.in.InputFile;
import io.edgecert.domain.InvalidInputException;
import io.edgecert.x509.request.JcaProvider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMException;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;

/**
 * Reads a PEM private key: PKCS#8 (encrypted or plain) or traditional RSA/EC (encrypted or plain).
 */
final class KeyFiles {
  private static final String EXPECTED =
      "expected a PEM private key (BEGIN PRIVATE KEY, BEGIN "
          + "ENCRYPTED PRIVATE KEY, BEGIN RSA PRIVATE KEY or BEGIN EC PRIVATE KEY)";

  private KeyFiles() {}

  static PrivateKey read(InputFile file, char[] passphrase) {
    Object object = firstObject(file);
    try {
      return new JcaPEMKeyConverter().getPrivateKey(info(file, object, passphrase));
    } catch (PEMException e) {
      throw invalid(file, "the private key cannot be used: " + e.getMessage());
    }
  }

  /** Whether the file's first private key is encrypted; false when it holds none readable. */
  static boolean encrypted(InputFile file) {
    try {
      Object object = firstObject(file);
      return object instanceof PKCS8EncryptedPrivateKeyInfo
          || object instanceof PEMEncryptedKeyPair;
    } catch (InvalidInputException unreadable) {
      return false;
    }
  }

  private static Object firstObject(InputFile file) {
    try (PEMParser parser =
        new PEMParser(
            new InputStreamReader(
                new ByteArrayInputStream(file.content()), StandardCharsets.US_ASCII))) {
      Object object = parser.readObject();
      while (object != null && !isKey(object)) {
        object = parser.readObject();
      }
      if (object == null) {
        throw malformed(file, "no private key found; " + EXPECTED);
      }
      return object;
    } catch (IOException | IllegalArgumentException e) {
      throw malformed(file, "not a readable PEM private key; " + EXPECTED);
    }
  }

  private static boolean isKey(Object object) {
    return object instanceof PrivateKeyInfo
        || object instanceof PKCS8EncryptedPrivateKeyInfo
        || object instanceof PEMKeyPair
        || object instanceof PEMEncryptedKeyPair;
  }

  private static PrivateKeyInfo info(InputFile file, Object object, char[] passphrase) {
    if (object instanceof PrivateKeyInfo) {
      return (PrivateKeyInfo) object;
    }
    if (object instanceof PEMKeyPair) {
      return ((PEMKeyPair) object).getPrivateKeyInfo();
    }
    if (passphrase == null) {
      throw invalid(file, "the private key is encrypted and no passphrase was given");
    }
    return decrypt(file, object, passphrase);
  }

  private static PrivateKeyInfo decrypt(InputFile file, Object object, char[] passphrase) {
    try {
      if (object instanceof PKCS8EncryptedPrivateKeyInfo) {
        return ((PKCS8EncryptedPrivateKeyInfo) object)
            .decryptPrivateKeyInfo(
                new JceOpenSSLPKCS8DecryptorProviderBuilder()
                    .setProvider(JcaProvider.bouncyCastle())
                    .build(passphrase));
      }
      return ((PEMEncryptedKeyPair) object)
          .decryptKeyPair(
              new JcePEMDecryptorProviderBuilder()
                  .setProvider(JcaProvider.bouncyCastle())
                  .build(passphrase))
          .getPrivateKeyInfo();
    } catch (OperatorCreationException e) {
      throw invalid(file, "the private key is encrypted with an algorithm edgecert cannot decrypt");
    } catch (PKCSException | IOException | IllegalArgumentException e) {
      throw invalid(file, "the passphrase does not open the private key (or the file is damaged)");
    }
  }

  private static InvalidInputException malformed(InputFile file, String message) {
    return new InvalidInputException(file.name(), InvalidInputException.Kind.MALFORMED, message);
  }

  private static InvalidInputException invalid(InputFile file, String message) {
    return new InvalidInputException(file.name(), InvalidInputException.Kind.INVALID, message);
  }
}
