package io.edgecert.x509.bundle;

import io.edgecert.application.port.in.InputFile;
import io.edgecert.application.port.out.BundleMaterials;
import io.edgecert.application.port.out.GeneratedRequest;
import io.edgecert.x509.testing.KeyType;
import io.edgecert.x509.testing.LeafSpec;
import io.edgecert.x509.testing.TestKeys;
import io.edgecert.x509.testing.TestPki;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;

/**
 * A request for the external certificate (three SANs, server and client EKU) signed by the test CA,
 * with its key as encrypted PKCS#8 and the CA chain. The RSA 2048 key is the test PKI's default
 * leaf key (generated once per JVM, see TestKeys); the request, certificate and key file are made
 * here with BouncyCastle, not with the request factory under test, so that PIT's mutants of that
 * factory cannot change these inputs.
 */
final class Materials {
  static final char[] KEY_PASSPHRASE = "key passphrase".toCharArray();
  final TestCa ca = new TestCa();
  final GeneratedRequest request;
  final X509Certificate certificate;

  Materials() {
    LeafSpec external =
        LeafSpec.cn("sip.contoso.com")
            .dns("sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com")
            .eku(TestPki.SERVER_AUTH, TestPki.CLIENT_AUTH);
    String csr = new String(ca.csr(external).pem(), StandardCharsets.US_ASCII);
    request = new GeneratedRequest(csr, encrypted(TestKeys.pair(KeyType.RSA_2048, 0).getPrivate()));
    certificate = ca.sign(csr);
  }

  /** PKCS#8 encrypted with PBES2 (PBKDF2-HMAC-SHA256, 1000 iterations) and AES-256-CBC. */
  private static String encrypted(PrivateKey key) {
    try {
      StringWriter pem = new StringWriter();
      try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
        writer.writeObject(
            new JcaPKCS8Generator(
                key,
                new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC)
                    .setProvider(new BouncyCastleProvider())
                    .setPRF(PKCS8Generator.PRF_HMACSHA256)
                    .setIterationCount(1_000)
                    .setPassword(KEY_PASSPHRASE.clone())
                    .build()));
      }
      return pem.toString();
    } catch (Exception e) {
      throw new IllegalStateException("cannot encrypt the test key", e);
    }
  }

  InputFile key() {
    return file("edge.key", request.privateKeyPem());
  }

  InputFile certificateFile() {
    return file("issued.cer", TestCa.pem(certificate));
  }

  InputFile chainFile() {
    return file("chain.pem", ca.chainPem());
  }

  BundleMaterials all() {
    return new BundleMaterials(
        key(), KEY_PASSPHRASE.clone(), certificateFile(), List.of(chainFile()), false);
  }

  static InputFile file(String name, String text) {
    return new InputFile(name, text.getBytes(StandardCharsets.US_ASCII));
  }
}
