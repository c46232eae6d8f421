package io.edgecert.x509.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edgecert.application.port.out.Pkcs12Draft;
import io.edgecert.application.port.out.Pkcs12Protection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.Attribute;
import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.pkcs.EncryptedData;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagFactory;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class Pkcs12WriterTest {
  private static final char[] PASSWORD = "pfx password".toCharArray();
  private static Materials materials;
  private static Pkcs12Draft draft;

  @BeforeAll
  static void prepareOnce() {
    materials = new Materials();
    draft =
        new BouncyCastlePkcs12Builder(new Pkcs12Writer(new SecureRandom(), 1_000))
            .prepare(materials.all());
  }

  private static KeyStore open(byte[] pfx, char[] password) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(new ByteArrayInputStream(pfx), password);
    return store;
  }

  private static boolean matches(PrivateKey key, Certificate certificate) throws Exception {
    Signature signature = Signature.getInstance("SHA256withRSA");
    signature.initSign(key);
    signature.update(new byte[] {4, 2});
    byte[] signed = signature.sign();
    signature.initVerify(certificate.getPublicKey());
    signature.update(new byte[] {4, 2});
    return signature.verify(signed);
  }

  private static void assertOpensWithKeyChainAndName(byte[] pfx) throws Exception {
    KeyStore store = open(pfx, PASSWORD);
    assertThat(Collections.list(store.aliases())).containsExactly("contoso edge");
    Certificate[] chain = store.getCertificateChain("contoso edge");
    assertThat(chain).hasSize(3);
    assertThat(((X509Certificate) chain[0]).getSubjectX500Principal().getName())
        .isEqualTo("CN=sip.contoso.com");
    assertThat(Arrays.asList(chain).subList(1, 3))
        .extracting(c -> c.getEncoded())
        .containsExactly(materials.ca.intermediate().der(), materials.ca.root().der());
    assertThat(matches((PrivateKey) store.getKey("contoso edge", PASSWORD), chain[0])).isTrue();
  }

  private static PKCS12SafeBag keyBag(PKCS12PfxPdu pdu) {
    return new PKCS12SafeBagFactory(pdu.getContentInfos()[1]).getSafeBags()[0];
  }

  private static ASN1Encodable attribute(PKCS12SafeBag bag, ASN1ObjectIdentifier type) {
    return Arrays.stream(bag.getAttributes())
        .filter(a -> a.getAttrType().equals(type))
        .map(Attribute::getAttributeValues)
        .map(values -> values[0])
        .findFirst()
        .orElse(null);
  }

  @Test
  void givenTheDefaultProtection_pkcs12_opensWithTheJdkWithKeyChainAndFriendlyName()
      throws Exception {
    assertOpensWithKeyChainAndName(
        draft.pkcs12(PASSWORD, "Contoso Edge", Pkcs12Protection.AES_256_SHA_256));
  }

  @Test
  void givenTheLegacyProtection_pkcs12_opensWithTheJdkWithKeyChainAndFriendlyName()
      throws Exception {
    assertOpensWithKeyChainAndName(
        draft.pkcs12(PASSWORD, "Contoso Edge", Pkcs12Protection.TRIPLE_DES_SHA_1));
  }

  @Test
  void givenAWrongPassword_pkcs12_doesNotOpen() {
    byte[] pfx = draft.pkcs12(PASSWORD, "Contoso Edge", Pkcs12Protection.AES_256_SHA_256);

    assertThatThrownBy(() -> open(pfx, "wrong".toCharArray())).isInstanceOf(IOException.class);
  }

  @Test
  void givenTheDefaultProtection_pkcs12_usesPbes2Aes256AndAnHmacSha256Mac() throws Exception {
    byte[] pfx =
        new BouncyCastlePkcs12Builder(new SecureRandom())
            .prepare(materials.all())
            .pkcs12(PASSWORD, "Contoso Edge", Pkcs12Protection.AES_256_SHA_256);
    PKCS12PfxPdu pdu = new PKCS12PfxPdu(pfx);

    assertThat(pdu.getMacAlgorithmID().getAlgorithm()).isEqualTo(NISTObjectIdentifiers.id_sha256);
    assertThat(pdu.toASN1Structure().getMacData().getIterationCount().intValue())
        .isEqualTo(Pkcs12Writer.ITERATIONS);
    ContentInfo certificates = pdu.getContentInfos()[0];
    assertPbes2Aes256(
        EncryptedData.getInstance(certificates.getContent()).getEncryptionAlgorithm());
    PKCS8EncryptedPrivateKeyInfo key = (PKCS8EncryptedPrivateKeyInfo) keyBag(pdu).getBagValue();
    assertPbes2Aes256(key.getEncryptionAlgorithm());
  }

  private static void assertPbes2Aes256(AlgorithmIdentifier algorithm) {
    assertThat(algorithm.getAlgorithm()).isEqualTo(PKCSObjectIdentifiers.id_PBES2);
    PBES2Parameters pbes2 = PBES2Parameters.getInstance(algorithm.getParameters());
    PBKDF2Params pbkdf2 = PBKDF2Params.getInstance(pbes2.getKeyDerivationFunc().getParameters());
    assertThat(pbkdf2.getPrf().getAlgorithm()).isEqualTo(PKCSObjectIdentifiers.id_hmacWithSHA256);
    assertThat(pbkdf2.getIterationCount().intValue()).isEqualTo(Pkcs12Writer.ITERATIONS);
    assertThat(pbes2.getEncryptionScheme().getAlgorithm())
        .isEqualTo(NISTObjectIdentifiers.id_aes256_CBC);
  }

  @Test
  void givenTheLegacyProtection_pkcs12_uses3desAndASha1Mac() throws Exception {
    PKCS12PfxPdu pdu =
        new PKCS12PfxPdu(draft.pkcs12(PASSWORD, "Contoso Edge", Pkcs12Protection.TRIPLE_DES_SHA_1));

    assertThat(pdu.getMacAlgorithmID().getAlgorithm()).isEqualTo(OIWObjectIdentifiers.idSHA1);
    assertThat(
            EncryptedData.getInstance(pdu.getContentInfos()[0].getContent())
                .getEncryptionAlgorithm()
                .getAlgorithm())
        .isEqualTo(PKCSObjectIdentifiers.pbeWithSHAAnd3_KeyTripleDES_CBC);
    assertThat(
            ((PKCS8EncryptedPrivateKeyInfo) keyBag(pdu).getBagValue())
                .getEncryptionAlgorithm()
                .getAlgorithm())
        .isEqualTo(PKCSObjectIdentifiers.pbeWithSHAAnd3_KeyTripleDES_CBC);
  }

  @Test
  void givenAnRsaKey_pkcs12_marksItForTheLegacyCryptoApiProvider() throws Exception {
    PKCS12PfxPdu pdu =
        new PKCS12PfxPdu(draft.pkcs12(PASSWORD, "Contoso Edge", Pkcs12Protection.AES_256_SHA_256));
    PKCS12SafeBag key = keyBag(pdu);

    assertThat(attribute(key, Pkcs12Ciphers.MICROSOFT_CSP_NAME))
        .isEqualTo(new DERBMPString("Microsoft Enhanced RSA and AES Cryptographic Provider"));
    assertThat(attribute(key, PKCSObjectIdentifiers.pkcs_9_at_friendlyName))
        .isEqualTo(new DERBMPString("Contoso Edge"));
    assertThat(attribute(key, PKCSObjectIdentifiers.pkcs_9_at_localKeyId)).isNotNull();
  }
}
