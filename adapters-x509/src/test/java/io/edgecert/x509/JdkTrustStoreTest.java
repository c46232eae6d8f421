package io.edgecert.x509;

import static io.edgecert.x509.Fixtures.PKI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edgecert.domain.certificate.ChainFacts;
import io.edgecert.domain.certificate.ChainStatus;
import io.edgecert.x509.testing.IssuedCertificate;
import io.edgecert.x509.testing.LeafSpec;
import io.edgecert.x509.testing.TestPki;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JDK's roots read without the JDK's parser, and indexed by subject without parsing them. */
class JdkTrustStoreTest {
  private static final IssuedCertificate LEAF = PKI.leaf(LeafSpec.cn("sip.contoso.com"));
  @TempDir Path dir;

  @Test
  void givenTheRunningJdk_certificates_areExactlyTheRootsItsTrustManagerAccepts() throws Exception {
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init((KeyStore) null);
    List<String> expected = new ArrayList<>();
    for (X509Certificate root :
        ((X509TrustManager) factory.getTrustManagers()[0]).getAcceptedIssuers()) {
      expected.add(Base64.getEncoder().encodeToString(root.getEncoded()));
    }

    List<String> read = encoded(JdkTrustStore.certificates());

    assertThat(read).isNotEmpty().containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void givenJksStore_read_takesTrustedCertificatesAndTheFirstOfEachKeyChain() throws Exception {
    Path store = store("JKS");

    assertThat(encoded(JdkTrustStore.read(store, null, null)))
        .containsExactlyInAnyOrderElementsOf(encoded(List.of(PKI.root().der(), LEAF.der())));
  }

  @Test
  void givenJksStore_read_readsItDirectlyWithoutTheKeyStoreApisPasswordCheck() throws Exception {
    Path store = store("JKS");
    char[] wrong = "not-the-password".toCharArray();

    assertThatThrownBy(() -> KeyStore.getInstance("JKS").load(Files.newInputStream(store), wrong))
        .as("the KeyStore API checks the password")
        .isInstanceOf(IOException.class);
    assertThat(encoded(JdkTrustStore.read(store, "JKS", wrong)))
        .as("the JKS magic FEEDFEED is recognised and the entries read directly")
        .containsExactlyInAnyOrderElementsOf(encoded(List.of(PKI.root().der(), LEAF.der())));
  }

  @Test
  void givenPkcs12Store_read_goesThroughTheKeyStoreApiWithTheSameResult() throws Exception {
    Path store = store("PKCS12");

    assertThat(encoded(JdkTrustStore.read(store, "PKCS12", "changeit".toCharArray())))
        .containsExactlyInAnyOrderElementsOf(encoded(List.of(PKI.root().der(), LEAF.der())));
  }

  @Test
  void givenCertificate_subject_isTheDerOfItsSubjectName() throws Exception {
    assertThat(RootIndex.subject(LEAF.der())).isEqualTo(LEAF.holder().getSubject().getEncoded());
    assertThat(RootIndex.subject(PKI.root().der()))
        .isEqualTo(PKI.root().holder().getSubject().getEncoded());
    assertThat(RootIndex.subject(new byte[] {0x30, 0x03, 0x02, 0x01, 0x01})).isNull();
    assertThat(RootIndex.subject(new byte[] {0x04, 0x00})).isNull();
  }

  @Test
  void givenACertificateCutShort_subject_slicesTheSubjectOnlyWhenAllOfItIsThere() throws Exception {
    byte[] der = LEAF.der();
    byte[] subject = LEAF.holder().getSubject().getEncoded();
    int end = indexOf(der, subject) + subject.length;

    assertThat(RootIndex.subject(Arrays.copyOf(der, end)))
        .as("cut after the subject")
        .isEqualTo(subject);
    assertThat(RootIndex.subject(Arrays.copyOf(der, end - 1)))
        .as("cut inside the subject")
        .isNull();
    assertThat(RootIndex.lazy(List.of(Arrays.copyOf(der, end - 1))).size())
        .as("a damaged store entry is left out")
        .isZero();
  }

  private static int indexOf(byte[] data, byte[] part) {
    for (int i = 0; i + part.length <= data.length; i++) {
      if (Arrays.equals(data, i, i + part.length, part, 0, part.length)) {
        return i;
      }
    }
    throw new AssertionError("not found");
  }

  @Test
  void givenLazyIndex_named_parsesOnlyTheRootsOfThatSubjectAndSkipsBadOnes() {
    byte[] broken = PKI.unrelatedRoot().der().clone();
    broken[broken.length - 40] ^= 0x55; // in the signature: the subject still reads
    RootIndex index = RootIndex.lazy(List.of(PKI.root().der(), new byte[] {0x30, 0x00}, broken));

    List<ParsedCertificate> named = index.named(parsed(PKI.root()).subject().key());

    assertThat(index.size()).isEqualTo(2);
    assertThat(named).hasSize(1);
    assertThat(named.get(0).sha256()).isEqualTo(PKI.root().sha256());
    assertThat(index.named("cn=nobody")).isEmpty();
  }

  @Test
  void givenRootAsPublicDer_chain_endsInAPublicRoot() {
    TrustAnchors anchors = new TrustAnchors(RootIndex.lazy(List.of(PKI.root().der())), List.of());

    ChainFacts chain =
        new ChainBuilder(new SignatureVerifier())
            .build(
                parsed(LEAF),
                List.of(parsed(PKI.intermediate())),
                anchors,
                TestPki.NOW,
                new WorkMeter("chain.pem", WorkLimits.DEFAULT));

    assertThat(chain.status()).isEqualTo(ChainStatus.PUBLIC_ROOT);
    assertThat(chain.path()).hasSize(3);
  }

  private Path store(String type) throws Exception {
    JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
    KeyStore keyStore = KeyStore.getInstance(type);
    keyStore.load(null, null);
    keyStore.setCertificateEntry("root", converter.getCertificate(PKI.root().holder()));
    Certificate[] chain = {
      converter.getCertificate(LEAF.holder()), converter.getCertificate(PKI.intermediate().holder())
    };
    char[] password = "changeit".toCharArray();
    keyStore.setKeyEntry("edge", LEAF.keyPair().getPrivate(), password, chain);
    Path file = dir.resolve("store." + type.toLowerCase());
    try (OutputStream out = Files.newOutputStream(file)) {
      keyStore.store(out, password);
    }
    return file;
  }

  private static ParsedCertificate parsed(IssuedCertificate certificate) {
    try {
      return ParsedCertificate.parse(certificate.der());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> encoded(List<byte[]> certificates) {
    return certificates.stream().map(Base64.getEncoder()::encodeToString).toList();
  }
}
