package io.edgecert.x509;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.certificate.PublicKeyFacts;
import java.math.BigInteger;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DSAParameter;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.junit.jupiter.api.Test;

/**
 * The algorithm, size and curve read from each kind of SubjectPublicKeyInfo a certificate holds.
 */
class PublicKeyFactsReaderTest {
  private static final byte[] KEY_BITS = new byte[32];

  @Test
  void givenRsaKey_facts_giveModulusBitsExponentAndParity() throws Exception {
    BigInteger modulus = BigInteger.ONE.shiftLeft(2047).add(BigInteger.valueOf(3));
    SubjectPublicKeyInfo info =
        new SubjectPublicKeyInfo(
            new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE),
            new RSAPublicKey(modulus, BigInteger.valueOf(65537)));

    PublicKeyFacts facts = PublicKeyFactsReader.facts(info);

    assertThat(facts.algorithm()).isEqualTo("RSA");
    assertThat(facts.bits()).isEqualTo(2048);
    assertThat(facts.curveOid()).isNull();
    assertThat(facts.rsaExponent()).isEqualTo(BigInteger.valueOf(65537));
    assertThat(facts.rsaModulusEven()).isFalse();
    assertThat(facts.sha256()).isEqualTo(Hex.digest("SHA-256", info.getEncoded()));
  }

  @Test
  void givenNamedCurveKey_facts_giveTheFieldSizeTheOidAndTheSecName() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp384r1"));
    SubjectPublicKeyInfo info =
        SubjectPublicKeyInfo.getInstance(generator.generateKeyPair().getPublic().getEncoded());

    PublicKeyFacts facts = PublicKeyFactsReader.facts(info);

    assertThat(facts.algorithm()).isEqualTo("EC");
    assertThat(facts.bits()).isEqualTo(384);
    assertThat(facts.curveOid()).isEqualTo(SECObjectIdentifiers.secp384r1.getId());
    assertThat(facts.curveName()).isEqualTo("secp384r1");
  }

  @Test
  void givenPrime256v1_facts_nameItBySecName() throws Exception {
    PublicKeyFacts facts =
        PublicKeyFactsReader.facts(
            info(X9ObjectIdentifiers.id_ecPublicKey, X9ObjectIdentifiers.prime256v1));

    assertThat(facts.bits()).isEqualTo(256);
    assertThat(facts.curveName()).isEqualTo("secp256r1");
  }

  @Test
  void givenCurveWithExplicitParameters_facts_giveTheFieldSizeWithoutName() throws Exception {
    X9ECParameters explicit = ECNamedCurveTable.getByName("secp521r1");

    PublicKeyFacts facts =
        PublicKeyFactsReader.facts(info(X9ObjectIdentifiers.id_ecPublicKey, explicit));

    assertThat(facts.algorithm()).isEqualTo("EC");
    assertThat(facts.bits()).isEqualTo(521);
    assertThat(facts.curveOid()).isNull();
    assertThat(facts.curveName()).isNull();
  }

  @Test
  void givenEcKeyWithoutParameters_facts_giveEcOfUnknownSize() throws Exception {
    PublicKeyFacts facts =
        PublicKeyFactsReader.facts(info(X9ObjectIdentifiers.id_ecPublicKey, null));

    assertThat(facts.algorithm()).isEqualTo("EC");
    assertThat(facts.bits()).isZero();
    assertThat(facts.curveOid()).isNull();
  }

  @Test
  void givenUnknownNamedCurve_facts_keepTheOidWithSizeZero() throws Exception {
    ASN1ObjectIdentifier curve = new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1");

    PublicKeyFacts facts =
        PublicKeyFactsReader.facts(info(X9ObjectIdentifiers.id_ecPublicKey, curve));

    assertThat(facts.algorithm()).isEqualTo("EC");
    assertThat(facts.bits()).isZero();
    assertThat(facts.curveOid()).isEqualTo("1.3.6.1.4.1.99999.1");
  }

  @Test
  void givenEdwardsKeys_facts_giveTheirSizes() throws Exception {
    PublicKeyFacts ed25519 =
        PublicKeyFactsReader.facts(info(EdECObjectIdentifiers.id_Ed25519, null));
    PublicKeyFacts ed448 = PublicKeyFactsReader.facts(info(EdECObjectIdentifiers.id_Ed448, null));

    assertThat(ed25519.algorithm()).isEqualTo("Ed25519");
    assertThat(ed25519.bits()).isEqualTo(256);
    assertThat(ed448.algorithm()).isEqualTo("Ed448");
    assertThat(ed448.bits()).isEqualTo(448);
  }

  @Test
  void givenDsaKey_facts_giveTheBitsOfP() throws Exception {
    BigInteger p = BigInteger.ONE.shiftLeft(2047).add(BigInteger.ONE);
    DSAParameter parameters = new DSAParameter(p, BigInteger.valueOf(11), BigInteger.TWO);

    PublicKeyFacts facts = PublicKeyFactsReader.facts(info(X9ObjectIdentifiers.id_dsa, parameters));

    assertThat(facts.algorithm()).isEqualTo("DSA");
    assertThat(facts.bits()).isEqualTo(2048);
  }

  @Test
  void givenDsaKeyWithoutParameters_facts_giveItsOidAndSizeZero() throws Exception {
    PublicKeyFacts facts = PublicKeyFactsReader.facts(info(X9ObjectIdentifiers.id_dsa, null));

    assertThat(facts.algorithm()).isEqualTo(X9ObjectIdentifiers.id_dsa.getId());
    assertThat(facts.bits()).isZero();
  }

  @Test
  void givenUnknownAlgorithm_facts_giveItsOidAndSizeZero() throws Exception {
    PublicKeyFacts facts =
        PublicKeyFactsReader.facts(info(new ASN1ObjectIdentifier("1.2.3.4.5"), null));

    assertThat(facts.algorithm()).isEqualTo("1.2.3.4.5");
    assertThat(facts.bits()).isZero();
    assertThat(facts.curveOid()).isNull();
    assertThat(facts.curveName()).isNull();
  }

  private static SubjectPublicKeyInfo info(
      ASN1ObjectIdentifier algorithm, org.bouncycastle.asn1.ASN1Encodable parameters) {
    AlgorithmIdentifier id =
        parameters == null
            ? new AlgorithmIdentifier(algorithm)
            : new AlgorithmIdentifier(algorithm, parameters);
    return new SubjectPublicKeyInfo(id, KEY_BITS);
  }
}
