package io.edgecert.x509.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edgecert.application.port.in.InputFile;
import io.edgecert.application.port.out.BundleMaterials;
import io.edgecert.application.port.out.Pkcs12Draft;
import io.edgecert.domain.InvalidInputException;
import io.edgecert.x509.request.PemFiles;
import io.edgecert.x509.testing.IssuedCertificate;
import io.edgecert.x509.testing.Issuer;
import io.edgecert.x509.testing.LeafSpec;
import io.edgecert.x509.testing.Pem;
import io.edgecert.x509.testing.TestPki;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.util.List;
import org.bouncycastle.openssl.jcajce.JcaMiscPEMGenerator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BouncyCastlePkcs12BuilderTest {
  private static Materials materials;
  private final BouncyCastlePkcs12Builder builder =
      new BouncyCastlePkcs12Builder(new Pkcs12Writer(new SecureRandom(), 1_000));

  @BeforeAll
  static void requestAndSignOnce() {
    materials = new Materials();
  }

  private static BundleMaterials with(
      InputFile key, char[] passphrase, List<InputFile> chain, boolean allowIncomplete) {
    return new BundleMaterials(
        key, passphrase, materials.certificateFile(), chain, allowIncomplete);
  }

  /** The encrypted key with its passphrase, the issued certificate and these chain files. */
  private static BundleMaterials withChain(InputFile... chain) {
    return with(materials.key(), Materials.KEY_PASSPHRASE.clone(), List.of(chain), false);
  }

  @Test
  void givenAShuffledChain_prepare_ordersItFromTheLeafToTheRoot() {
    InputFile shuffled =
        Materials.file("chain.pem", materials.ca.root().pem() + materials.ca.intermediate().pem());
    Pkcs12Draft draft = builder.prepare(withChain(shuffled));

    assertThat(draft.chain())
        .containsExactly("CN=sip.contoso.com", TestPki.INTERMEDIATE_DN, TestPki.ROOT_DN);
    assertThat(draft.missingIssuer()).isNull();
    assertThat(draft.thumbprint()).matches("[0-9A-F]{40}");
    assertThat(new String(draft.certificatesPem()))
        .startsWith(TestCa.pem(materials.certificate).strip())
        .contains(materials.ca.root().pem().strip());
  }

  @Test
  void givenTheIssuedCertificateAsDerAndTheChainAsPkcs7_prepare_readsBoth() throws Exception {
    CertificateFactory x509 = CertificateFactory.getInstance("X.509");
    byte[] pkcs7 =
        x509.generateCertPath(
                List.of(
                    x509.generateCertificate(
                        new ByteArrayInputStream(materials.ca.intermediate().der())),
                    x509.generateCertificate(new ByteArrayInputStream(materials.ca.root().der()))))
            .getEncoded("PKCS7");
    BundleMaterials der =
        new BundleMaterials(
            materials.key(),
            Materials.KEY_PASSPHRASE.clone(),
            new InputFile("issued.der", materials.certificate.getEncoded()),
            List.of(new InputFile("chain.p7b", pkcs7)),
            false);

    assertThat(builder.prepare(der).chain()).hasSize(3);
  }

  @Test
  void givenATraditionalRsaPemKey_prepare_acceptsIt() throws Exception {
    PrivateKey key = PemFiles.key(materials.request.privateKeyPem(), Materials.KEY_PASSPHRASE);
    StringWriter pem = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
      writer.writeObject(new JcaMiscPEMGenerator(key));
    }
    assertThat(pem.toString()).startsWith("-----BEGIN RSA PRIVATE KEY-----");

    Pkcs12Draft draft =
        builder.prepare(
            with(
                Materials.file("rsa.key", pem.toString()),
                null,
                List.of(materials.chainFile()),
                false));
    assertThat(draft.chain()).hasSize(3);
  }

  @Test
  void givenAnotherKey_prepare_refusesNamingTheKeyAndTheCertificate() {
    String otherKey =
        Pem.block("PRIVATE KEY", materials.ca.intermediate().keyPair().getPrivate().getEncoded());

    assertThatThrownBy(
            () ->
                builder.prepare(
                    with(
                        Materials.file("other.key", otherKey),
                        null,
                        List.of(materials.chainFile()),
                        false)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.source()).isEqualTo("other.key");
              assertThat(e.getMessage())
                  .contains(
                      "the private key in other.key does not belong to "
                          + "the certificate in issued.cer (CN=sip.contoso.com)");
            });
  }

  @Test
  void givenAWrongPassphrase_prepare_saysThePassphraseDoesNotOpenTheKey() {
    assertThatThrownBy(
            () ->
                builder.prepare(
                    with(
                        materials.key(),
                        "wrong".toCharArray(),
                        List.of(materials.chainFile()),
                        false)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "edge.key: the passphrase does not open the private key (or the file is " + "damaged)");
  }

  @Test
  void givenNoPassphraseForAnEncryptedKey_prepare_saysSo() {
    assertThatThrownBy(
            () ->
                builder.prepare(with(materials.key(), null, List.of(materials.chainFile()), false)))
        .hasMessage("edge.key: the private key is encrypted and no passphrase was given");
  }

  @Test
  void givenAMissingIntermediate_prepare_namesTheMissingIssuer() {
    InputFile rootOnly = Materials.file("root.pem", materials.ca.root().pem());

    assertThatThrownBy(() -> builder.prepare(withChain(rootOnly)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "issued.cer: the chain is incomplete: the issuer of CN=sip.contoso.com is missing (it is "
                + TestPki.INTERMEDIATE_DN
                + "); chain found: CN=sip.contoso.com. Add that CA's certificate with --chain FILE,"
                + " or pass --allow-incomplete-chain to bundle without it");
  }

  @Test
  void givenACaOfTheIssuersNameButAnotherKey_prepare_doesNotTakeItForTheIssuer() {
    // The imposter bears the intermediate's name and is issued by the root, but its key (EC P-256)
    // did not sign the leaf: only the signature tells it from the real intermediate.
    IssuedCertificate imposter =
        TestPki.create().leaf(LeafSpec.cn("x").issuedBy(Issuer.IMPOSTER)).issuers().get(0);
    InputFile chain = Materials.file("chain.pem", imposter.pem() + materials.ca.root().pem());

    assertThatThrownBy(() -> builder.prepare(withChain(chain)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "issued.cer: the chain is incomplete: the issuer of CN=sip.contoso.com is missing (it is "
                + TestPki.INTERMEDIATE_DN
                + "); chain found: CN=sip.contoso.com. Add that CA's certificate with --chain FILE,"
                + " or pass --allow-incomplete-chain to bundle without it");
  }

  @Test
  void givenAMissingIntermediateThatIsAllowed_prepare_keepsTheLeafAndNamesTheIssuer() {
    Pkcs12Draft draft =
        builder.prepare(with(materials.key(), Materials.KEY_PASSPHRASE.clone(), List.of(), true));

    assertThat(draft.chain()).containsExactly("CN=sip.contoso.com");
    assertThat(draft.missingIssuer()).isEqualTo(TestPki.INTERMEDIATE_DN);
  }

  @Test
  void givenAKeyFileThatHoldsNoKey_prepare_saysWhatWasExpected() {
    assertThatThrownBy(
            () -> builder.prepare(with(materials.certificateFile(), null, List.of(), true)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(InvalidInputException.Kind.MALFORMED);
              assertThat(e.getMessage())
                  .startsWith("issued.cer: no private key found; expected a PEM private key");
            });
  }

  @Test
  void givenAChainFileThatHoldsNoCertificate_prepare_namesIt() {
    assertThatThrownBy(() -> builder.prepare(withChain(Materials.file("notes.txt", "hello"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("notes.txt: not a readable certificate");
  }

  @Test
  void givenKeyFiles_encrypted_tellsAnEncryptedKeyFromAnyOtherFile() throws Exception {
    PrivateKey key = PemFiles.key(materials.request.privateKeyPem(), Materials.KEY_PASSPHRASE);
    StringWriter plain = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(plain)) {
      writer.writeObject(new JcaMiscPEMGenerator(key));
    }
    StringWriter traditional = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(traditional)) {
      writer.writeObject(
          new JcaMiscPEMGenerator(
              key,
              new org.bouncycastle.openssl.jcajce.JcePEMEncryptorBuilder("AES-256-CBC")
                  .setProvider(io.edgecert.x509.request.JcaProvider.bouncyCastle())
                  .build(Materials.KEY_PASSPHRASE)));
    }

    assertThat(builder.encrypted(materials.key())).as("encrypted PKCS#8").isTrue();
    assertThat(builder.encrypted(Materials.file("t.key", traditional.toString())))
        .as("traditional PEM with Proc-Type 4,ENCRYPTED")
        .isTrue();
    assertThat(builder.encrypted(Materials.file("rsa.key", plain.toString())))
        .as("unencrypted traditional PEM")
        .isFalse();
    assertThat(
            builder.encrypted(Materials.file("noted.key", "# not ENCRYPTED, as it says\n" + plain)))
        .as("an unencrypted key whose file mentions the word")
        .isFalse();
    assertThat(builder.encrypted(Materials.file("notes.txt", "ENCRYPTED PRIVATE KEY")))
        .as("no key at all: prepare reports it")
        .isFalse();
  }

  @Test
  void givenTheIssuedCertificate_prepare_tellsItsValidity() {
    Pkcs12Draft draft = builder.prepare(withChain(materials.chainFile()));

    assertThat(draft.notBefore()).isEqualTo(materials.certificate.getNotBefore().toInstant());
    assertThat(draft.notAfter()).isEqualTo(materials.certificate.getNotAfter().toInstant());
  }
}
