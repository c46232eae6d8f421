package io.edgecert.x509.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edgecert.application.port.in.InputFile;
import io.edgecert.domain.InvalidInputException;
import io.edgecert.x509.testing.IssuedCertificate;
import io.edgecert.x509.testing.Issuer;
import io.edgecert.x509.testing.LeafSpec;
import io.edgecert.x509.testing.Pkcs12Spec;
import io.edgecert.x509.testing.ServingCertificates;
import io.edgecert.x509.testing.TestPki;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.junit.jupiter.api.Test;

class ServingIdentityReaderTest {
  static final TestPki PKI = TestPki.create();
  static final Instant NOW = TestPki.NOW;
  static final IssuedCertificate SERVER = ServingCertificates.localhost(PKI, "edgecert.test", 0);
  final ServingIdentityReader reader = new ServingIdentityReader(List::of);

  static InputFile file(String name, String text) {
    return new InputFile(name, text.getBytes(StandardCharsets.US_ASCII));
  }

  static InputFile key(IssuedCertificate leaf) {
    return file("server.key", ServingCertificates.keyPem(leaf));
  }

  KeyStore.PrivateKeyEntry readPem(String certificates, InputFile key) {
    return reader.readPem(file("server.pem", certificates), key, null, NOW);
  }

  @Test
  void givenLeafChainAndItsKey_readPem_givesTheChainInOrderToTheRoot() {
    String shuffled = PKI.root().pem() + SERVER.pem() + PKI.intermediate().pem();

    KeyStore.PrivateKeyEntry entry = readPem(shuffled, key(SERVER));

    assertThat(entry.getCertificateChain())
        .extracting(c -> ((X509Certificate) c).getSubjectX500Principal().getName())
        .containsExactly("CN=edgecert.test", TestPki.INTERMEDIATE_DN, TestPki.ROOT_DN);
    assertThat(entry.getPrivateKey().getEncoded())
        .isEqualTo(SERVER.keyPair().getPrivate().getEncoded());
  }

  @Test
  void givenAnotherCertificatesKey_readPem_refusesNamingBothFiles() {
    IssuedCertificate other = ServingCertificates.localhost(PKI, "other.test", 7);

    assertThatThrownBy(() -> readPem(ServingCertificates.chainPem(SERVER), key(other)))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.source()).isEqualTo("server.key"))
        .hasMessage(
            "server.key: the private key in server.key does not belong to any of the 3"
                + " certificates in server.pem (the first is \"CN=edgecert.test\"); give the key"
                + " the certificate was issued for");
  }

  @Test
  void givenExpiredOrNotYetValidLeaf_readPem_refusesWithTheDate() {
    IssuedCertificate expired =
        PKI.leaf(
            LeafSpec.cn("old.test").validity(NOW.minus(Duration.ofDays(90)), NOW.minusSeconds(1)));
    IssuedCertificate future =
        PKI.leaf(
            LeafSpec.cn("new.test").validity(NOW.plusSeconds(60), NOW.plus(Duration.ofDays(90))));

    assertThatThrownBy(() -> readPem(ServingCertificates.chainPem(expired), key(expired)))
        .hasMessage(
            "server.pem: the certificate \"CN=old.test\" expired on 2025-12-31T23:59:59Z; renew it"
                + " before serving with it");
    assertThatThrownBy(() -> readPem(ServingCertificates.chainPem(future), key(future)))
        .hasMessage(
            "server.pem: the certificate \"CN=new.test\" is not valid before"
                + " 2026-01-01T00:01:00Z");
  }

  @Test
  void givenLeafWithoutItsIntermediate_readPem_refusesNamingTheMissingIssuer() {
    assertThatThrownBy(() -> readPem(SERVER.pem(), key(SERVER)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("the chain is incomplete")
        .hasMessageContaining("append the certificate of \"" + TestPki.INTERMEDIATE_DN + "\"");
  }

  @Test
  void givenChainEndingBelowARootClientsHave_readPem_acceptsItWithoutTheRoot() {
    X509Certificate root = jdk(PKI.root());
    ServingIdentityReader trusting = new ServingIdentityReader(() -> List.of(root));

    KeyStore.PrivateKeyEntry entry =
        trusting.readPem(
            file("server.pem", SERVER.pem() + PKI.intermediate().pem()), key(SERVER), null, NOW);

    assertThat(entry.getCertificateChain()).hasSize(2);
  }

  @Test
  void
      givenATrustedRootOfTheSameNameButAnotherKey_readPem_looksFurtherAndRefusesWithoutTheRealOne() {
    X509Certificate namesake =
        jdk(
            PKI.leaf(
                LeafSpec.cn("edgecert Test Root")
                    .organization("edgecert tests", "US")
                    .ca()
                    .keySlot(3)
                    .issuedBy(Issuer.SELF)));
    InputFile chain = file("server.pem", SERVER.pem() + PKI.intermediate().pem());

    KeyStore.PrivateKeyEntry entry =
        new ServingIdentityReader(() -> List.of(namesake, jdk(PKI.root())))
            .readPem(chain, key(SERVER), null, NOW);

    assertThat(entry.getCertificateChain())
        .extracting(c -> ((X509Certificate) c).getSubjectX500Principal().getName())
        .containsExactly("CN=edgecert.test", TestPki.INTERMEDIATE_DN);
    assertThatThrownBy(
            () ->
                new ServingIdentityReader(() -> List.of(namesake))
                    .readPem(chain, key(SERVER), null, NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "server.pem: the chain is incomplete: no certificate in the file issued \""
                + TestPki.INTERMEDIATE_DN
                + "\", and it is no root this JVM trusts; append the certificate of \""
                + TestPki.ROOT_DN
                + "\" (and of every CA above it up to the root) to server.pem");
  }

  @Test
  void givenALeafForAnyPurpose_readPem_acceptsItForServing() {
    IssuedCertificate any =
        PKI.leaf(LeafSpec.cn("any.test").eku(ServingChecks.ANY_EKU, TestPki.CLIENT_AUTH));

    assertThat(readPem(ServingCertificates.chainPem(any), key(any)).getCertificateChain())
        .hasSize(3);
  }

  @Test
  void givenSelfSignedLeaf_readPem_acceptsIt() {
    IssuedCertificate self = PKI.leaf(LeafSpec.cn("self.test").issuedBy(Issuer.SELF));

    assertThat(readPem(self.pem(), key(self)).getCertificateChain()).hasSize(1);
  }

  @Test
  void givenClientOnlyEku_readPem_refusesIt() {
    IssuedCertificate client = PKI.leaf(LeafSpec.cn("client.test").eku(TestPki.CLIENT_AUTH));

    assertThatThrownBy(() -> readPem(ServingCertificates.chainPem(client), key(client)))
        .hasMessage(
            "server.pem: the certificate \"CN=client.test\" is not for servers: its extended key"
                + " usage lacks serverAuth (1.3.6.1.5.5.7.3.1)");
  }

  @Test
  void givenPkcs12AndItsPassword_readPkcs12_givesKeyAndChain() {
    byte[] pfx = SERVER.pkcs12(Pkcs12Spec.password("pfx secret"));

    KeyStore.PrivateKeyEntry entry =
        reader.readPkcs12(new InputFile("server.p12", pfx), "pfx secret".toCharArray(), NOW);

    assertThat(entry.getCertificateChain()).hasSize(3);
  }

  @Test
  void givenPkcs12WithWrongOrNoPassword_readPkcs12_refusesWithoutEchoingIt() {
    InputFile pfx = new InputFile("server.p12", SERVER.pkcs12(Pkcs12Spec.password("pfx secret")));

    assertThatThrownBy(() -> reader.readPkcs12(pfx, "wrong guess".toCharArray(), NOW))
        .hasMessageContaining("server.p12")
        .hasMessageContaining("the password does not open the PKCS#12 file")
        .hasMessageNotContaining("wrong guess");
    assertThatThrownBy(() -> reader.readPkcs12(pfx, null, NOW))
        .hasMessageContaining("needs its password");
  }

  static X509Certificate jdk(IssuedCertificate certificate) {
    try {
      return new JcaX509CertificateConverter().getCertificate(certificate.holder());
    } catch (java.security.cert.CertificateException e) {
      throw new IllegalStateException(e);
    }
  }
}
