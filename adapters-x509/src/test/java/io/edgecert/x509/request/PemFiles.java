package io.edgecert.x509.request;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.security.PrivateKey;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;

/** Reads back what the request factory wrote, for assertions. */
public final class PemFiles {

  private PemFiles() {}

  public static Object read(String pem) {
    try (PEMParser parser = new PEMParser(new StringReader(pem))) {
      return parser.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static PKCS10CertificationRequest csr(String pem) {
    return (PKCS10CertificationRequest) read(pem);
  }

  /** The key of a PEM PKCS#8 file, decrypted with {@code passphrase} when it is encrypted. */
  public static PrivateKey key(String pem, char[] passphrase)
      throws PKCSException, OperatorCreationException, IOException {
    Object object = read(pem);
    PrivateKeyInfo info =
        object instanceof PKCS8EncryptedPrivateKeyInfo
            ? ((PKCS8EncryptedPrivateKeyInfo) object)
                .decryptPrivateKeyInfo(
                    new JceOpenSSLPKCS8DecryptorProviderBuilder()
                        .setProvider(JcaProvider.bouncyCastle())
                        .build(passphrase))
            : (PrivateKeyInfo) object;
    return new JcaPEMKeyConverter().getPrivateKey(info);
  }
}
