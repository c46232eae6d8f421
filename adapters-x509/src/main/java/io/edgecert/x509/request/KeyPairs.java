package io.edgecert.x509.request;

import io.edgecert.domain.plan.KeySpec;
import io.edgecert.domain.topology.KeyAlgorithm;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.util.Map;

/** Generates RSA keys of the planned size, or EC keys on the NIST curve of an ECDH_P* choice. */
final class KeyPairs {
  private static final Map<KeyAlgorithm, String> CURVES =
      Map.of(
          KeyAlgorithm.ECDH_P256, "secp256r1",
          KeyAlgorithm.ECDH_P384, "secp384r1",
          KeyAlgorithm.ECDH_P521, "secp521r1");

  private KeyPairs() {}

  static KeyPair generate(KeySpec key, SecureRandom random) {
    try {
      if (key.algorithm().isElliptic()) {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec(CURVES.get(key.algorithm())), random);
        return generator.generateKeyPair();
      }
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(key.size(), random);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK cannot generate a " + key + " key", e);
    }
  }
}
