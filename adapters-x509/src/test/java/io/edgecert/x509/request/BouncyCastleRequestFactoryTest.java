package io.edgecert.x509.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edgecert.application.port.in.SubjectFields;
import io.edgecert.application.port.out.GeneratedRequest;
import io.edgecert.domain.topology.KeyAlgorithm;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BouncyCastleRequestFactoryTest {
  private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();
  private static final BouncyCastleRequestFactory FACTORY =
      new BouncyCastleRequestFactory(new SecureRandom(), 1_000);
  private static GeneratedRequest rsa;

  @BeforeAll
  static void requestOneRsaKey() {
    rsa =
        FACTORY.create(
            Planned.external(KeyAlgorithm.RSA, 2048),
            SubjectFields.parse("O=Contoso\\, Ltd,OU=IT,L=Redmond,ST=WA,C=US"),
            PASSPHRASE.clone());
  }

  private static Extensions extensions(PKCS10CertificationRequest csr) {
    return Extensions.getInstance(
        csr.getAttributes(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest)[0]
            .getAttrValues()
            .getObjectAt(0));
  }

  private static PublicKey publicKey(PKCS10CertificationRequest csr) throws Exception {
    return new JcaPKCS10CertificationRequest(csr).getPublicKey();
  }

  @Test
  void givenThePlannedExternalCertificate_create_putsTheCnFirstAndTheSubjectFieldsAfterIt()
      throws Exception {
    byte[] subject = PemFiles.csr(rsa.csrPem()).getSubject().getEncoded();

    assertThat(new X500Principal(subject).getName())
        .isEqualTo("CN=sip.contoso.com,OU=IT,O=Contoso\\, Ltd,L=Redmond,ST=WA,C=US");
  }

  @Test
  void givenThePlannedExternalCertificate_create_requestsTheSansInPlanOrder() {
    GeneralNames names =
        GeneralNames.fromExtensions(
            extensions(PemFiles.csr(rsa.csrPem())), Extension.subjectAlternativeName);

    assertThat(Arrays.stream(names.getNames()))
        .allMatch(name -> name.getTagNo() == GeneralName.dNSName)
        .extracting(name -> name.getName().toString())
        .containsExactly("sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com");
  }

  @Test
  void givenServerAndClientEku_create_requestsBothAndCriticalKeyUsageForRsa() {
    Extensions extensions = extensions(PemFiles.csr(rsa.csrPem()));

    assertThat(ExtendedKeyUsage.fromExtensions(extensions).getUsages())
        .containsExactly(KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth);
    assertThat(extensions.getExtension(Extension.keyUsage).isCritical()).isTrue();
    assertThat(KeyUsage.fromExtensions(extensions))
        .isEqualTo(new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
  }

  @Test
  void givenAnRsaKey_create_signsSha256WithRsaNotPss() throws Exception {
    PKCS10CertificationRequest csr = PemFiles.csr(rsa.csrPem());

    assertThat(csr.getSignatureAlgorithm().getAlgorithm())
        .isEqualTo(PKCSObjectIdentifiers.sha256WithRSAEncryption);
    assertThat(
            csr.isSignatureValid(
                new JcaContentVerifierProviderBuilder().build(csr.getSubjectPublicKeyInfo())))
        .isTrue();
    assertThat(((RSAPublicKey) publicKey(csr)).getModulus().bitLength()).isEqualTo(2048);
  }

  @Test
  void givenAPassphrase_create_writesAnEncryptedKeyThatOnlyThePassphraseOpens() throws Exception {
    assertThat(rsa.privateKeyPem()).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");
    Signature signature = Signature.getInstance("SHA256withRSA");
    signature.initSign(PemFiles.key(rsa.privateKeyPem(), PASSPHRASE));
    signature.update(new byte[] {1, 2, 3});
    byte[] signed = signature.sign();
    signature.initVerify(publicKey(PemFiles.csr(rsa.csrPem())));
    signature.update(new byte[] {1, 2, 3});

    assertThat(signature.verify(signed)).isTrue();
    assertThatThrownBy(() -> PemFiles.key(rsa.privateKeyPem(), "wrong".toCharArray()))
        .isInstanceOf(PKCSException.class);
  }

  @Test
  void givenAnEllipticKeyAndNoPassphrase_create_signsWithEcdsaAndWritesAPlainKey()
      throws Exception {
    GeneratedRequest request =
        FACTORY.create(Planned.external(KeyAlgorithm.ECDH_P384, 384), SubjectFields.none(), null);
    PKCS10CertificationRequest csr = PemFiles.csr(request.csrPem());

    assertThat(csr.getSignatureAlgorithm().getAlgorithm().getId()).isEqualTo("1.2.840.10045.4.3.2");
    assertThat(((ECPublicKey) publicKey(csr)).getParams().getCurve().getField().getFieldSize())
        .isEqualTo(384);
    assertThat(KeyUsage.fromExtensions(extensions(csr)))
        .isEqualTo(new KeyUsage(KeyUsage.digitalSignature));
    assertThat(request.privateKeyPem()).startsWith("-----BEGIN PRIVATE KEY-----");
    assertThat(PemFiles.key(request.privateKeyPem(), null).getAlgorithm()).isEqualTo("EC");
  }

  @Test
  void givenAPlanWithoutSans_create_requestsNoSanExtension() {
    GeneratedRequest request =
        FACTORY.create(Planned.internal(KeyAlgorithm.ECDH_P256, 256), SubjectFields.none(), null);
    Extensions extensions = extensions(PemFiles.csr(request.csrPem()));

    assertThat(extensions.getExtension(Extension.subjectAlternativeName)).isNull();
    assertThat(ExtendedKeyUsage.fromExtensions(extensions).getUsages())
        .containsExactly(KeyPurposeId.id_kp_serverAuth);
  }
}
