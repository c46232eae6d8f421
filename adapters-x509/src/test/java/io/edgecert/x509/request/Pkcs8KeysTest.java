package io.edgecert.x509.request;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.KeySpec;
import io.edgecert.domain.topology.KeyAlgorithm;
import java.security.SecureRandom;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.EncryptionScheme;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.junit.jupiter.api.Test;

class Pkcs8KeysTest {

  @Test
  void givenAPassphrase_pem_encryptsWithPbes2Pbkdf2HmacSha256AndAes256Cbc() {
    Pkcs8Keys keys = new Pkcs8Keys(new SecureRandom(), BouncyCastleRequestFactory.ITERATIONS);
    String pem =
        keys.pem(
            KeyPairs.generate(new KeySpec(KeyAlgorithm.ECDH_P256, 256), new SecureRandom())
                .getPrivate(),
            "secret".toCharArray());

    PKCS8EncryptedPrivateKeyInfo info = (PKCS8EncryptedPrivateKeyInfo) PemFiles.read(pem);
    assertThat(info.getEncryptionAlgorithm().getAlgorithm())
        .isEqualTo(PKCSObjectIdentifiers.id_PBES2);
    PBES2Parameters pbes2 =
        PBES2Parameters.getInstance(info.getEncryptionAlgorithm().getParameters());
    PBKDF2Params pbkdf2 = PBKDF2Params.getInstance(pbes2.getKeyDerivationFunc().getParameters());
    EncryptionScheme scheme = pbes2.getEncryptionScheme();
    assertThat(pbkdf2.getIterationCount().intValue()).isEqualTo(600_000);
    assertThat(pbkdf2.getSalt()).hasSize(16);
    assertThat(pbkdf2.getPrf().getAlgorithm()).isEqualTo(PKCSObjectIdentifiers.id_hmacWithSHA256);
    assertThat(scheme.getAlgorithm()).isEqualTo(NISTObjectIdentifiers.id_aes256_CBC);
  }
}
