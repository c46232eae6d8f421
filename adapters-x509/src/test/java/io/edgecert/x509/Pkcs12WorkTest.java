package io.edgecert.x509;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edgecert.domain.InvalidInputException;
import java.math.BigInteger;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.EncryptionScheme;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.PBEParameter;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCS12PBEParams;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.junit.jupiter.api.Test;

class Pkcs12WorkTest {
  private static final byte[] SALT = new byte[8];

  private static AlgorithmIdentifier pbes2(int iterations) {
    return new AlgorithmIdentifier(
        PKCSObjectIdentifiers.id_PBES2,
        new PBES2Parameters(
            new KeyDerivationFunc(
                PKCSObjectIdentifiers.id_PBKDF2, new PBKDF2Params(SALT, iterations)),
            new EncryptionScheme(NISTObjectIdentifiers.id_aes256_CBC, DERNull.INSTANCE)));
  }

  @Test
  void givenEachSchemeFamily_iterations_readsTheCountWithoutDerivingAnything() {
    assertThat(Pkcs12Work.iterations(pbes2(600_000))).isEqualTo(BigInteger.valueOf(600_000));
    assertThat(
            Pkcs12Work.iterations(
                new AlgorithmIdentifier(
                    PKCSObjectIdentifiers.pbeWithSHAAnd3_KeyTripleDES_CBC,
                    new PKCS12PBEParams(SALT, 2048))))
        .isEqualTo(BigInteger.valueOf(2048));
    assertThat(
            Pkcs12Work.iterations(
                new AlgorithmIdentifier(
                    PKCSObjectIdentifiers.pbeWithSHA1AndDES_CBC, new PBEParameter(SALT, 77))))
        .isEqualTo(BigInteger.valueOf(77));
  }

  @Test
  void givenAbsurdEncryptionIterations_checkEncryption_refusesNamingTheFile() {
    assertThatThrownBy(() -> Pkcs12Work.checkEncryption("edge.pfx", pbes2(2_000_000)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("edge.pfx: the PKCS#12 file asks for 2000000 key-derivation");
  }

  @Test
  void givenLimitExactly_checkEncryption_accepts() {
    assertThatCode(() -> Pkcs12Work.checkEncryption("edge.pfx", pbes2(Pkcs12Work.MAX_ITERATIONS)))
        .doesNotThrowAnyException();
  }

  @Test
  void givenManyBagsEachWithinTheLimit_total_refusesOnceTheSumPassesIt() {
    Pkcs12Work.Total total = new Pkcs12Work.Total("bags.pfx");
    total.encryption(pbes2(1_000_000));
    total.encryption(pbes2(1_000_000));
    total.encryption(pbes2(1_000_000));

    assertThatThrownBy(() -> total.encryption(pbes2(1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("bags.pfx: the PKCS#12 file asks for more than 3000000")
        .hasMessageContaining("in all");
  }
}
