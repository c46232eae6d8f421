package io.edgecert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import org.junit.jupiter.api.Test;

class LazySecureRandomTest {

  @Test
  void givenFirstUse_nextBytes_fillsWithRandomBytes() {
    LazySecureRandom random = new LazySecureRandom();
    byte[] first = new byte[32];
    byte[] second = new byte[32];
    random.nextBytes(first);
    random.nextBytes(second);
    assertThat(first).isNotEqualTo(second).isNotEqualTo(new byte[32]);
    assertThat(random.generateSeed(16)).hasSize(16);
  }

  @Test
  void givenAKeyPairGenerator_initialize_acceptsItAsItsRandomSource() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(1024, new LazySecureRandom());
    assertThat(((RSAPublicKey) generator.generateKeyPair().getPublic()).getModulus().bitLength())
        .isEqualTo(1024);
  }
}
