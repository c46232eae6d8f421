package io.edgecert.x509;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.x509.testing.KeyType;
import io.edgecert.x509.testing.TestKeys;
import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The one answer to "does this private key belong to this certificate's public key?". */
class KeyMatchTest {

  @ParameterizedTest
  @EnumSource(
      value = KeyType.class,
      names = {"RSA_2048", "EC_P256", "EC_P384"})
  void aKeyMatchesItsOwnPublicKeyAndNotAnotherOfTheSameType(KeyType type) {
    KeyPair own = TestKeys.pair(type, 0);
    KeyPair other = TestKeys.pair(type, 9);

    assertThat(KeyMatch.matches(own.getPrivate(), own.getPublic())).isTrue();
    assertThat(KeyMatch.matches(own.getPrivate(), other.getPublic())).isFalse();
    assertThat(KeyMatch.matches(info(own.getPrivate()), spki(own.getPublic()))).isTrue();
    assertThat(KeyMatch.matches(info(own.getPrivate()), spki(other.getPublic()))).isFalse();
  }

  @Test
  void keysOfDifferentAlgorithmsOrCurvesNeverMatch() {
    KeyPair rsa = TestKeys.pair(KeyType.RSA_2048, 0);
    KeyPair p256 = TestKeys.pair(KeyType.EC_P256, 0);
    KeyPair p384 = TestKeys.pair(KeyType.EC_P384, 0);

    assertThat(KeyMatch.matches(rsa.getPrivate(), p256.getPublic())).isFalse();
    assertThat(KeyMatch.matches(p256.getPrivate(), rsa.getPublic())).isFalse();
    assertThat(KeyMatch.matches(p256.getPrivate(), p384.getPublic())).isFalse();
  }

  @Test
  void anEd25519KeyMatchesItsPublicKeyOnly() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
    KeyPair own = generator.generateKeyPair();
    KeyPair other = generator.generateKeyPair();

    assertThat(KeyMatch.matches(own.getPrivate(), own.getPublic())).isTrue();
    assertThat(KeyMatch.matches(own.getPrivate(), other.getPublic())).isFalse();
  }

  @Test
  void aRsaPublicKeyWithTheSameModulusButAnotherExponentDoesNotMatch() throws Exception {
    KeyPair own = TestKeys.pair(KeyType.RSA_2048, 0);
    RSAPublicKey jca = (RSAPublicKey) own.getPublic();
    PublicKey otherExponent =
        KeyFactory.getInstance("RSA")
            .generatePublic(new RSAPublicKeySpec(jca.getModulus(), BigInteger.valueOf(3)));

    assertThat(KeyMatch.matches(own.getPrivate(), otherExponent)).isFalse();
  }

  private static PrivateKeyInfo info(PrivateKey key) {
    return PrivateKeyInfo.getInstance(key.getEncoded());
  }

  private static SubjectPublicKeyInfo spki(PublicKey key) {
    return SubjectPublicKeyInfo.getInstance(key.getEncoded());
  }
}
