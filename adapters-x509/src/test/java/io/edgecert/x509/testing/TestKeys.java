package io.edgecert.x509.testing;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Key pairs for tests, generated once per (type, slot) and kept for the whole JVM: RSA 4096 takes
 * seconds. Different slots give different keys of the same type (a CA and its leaves must differ).
 */
public final class TestKeys {
  /** Slots used by {@link TestPki} for its CAs; leaves use slot 0 unless a spec says otherwise. */
  static final int ROOT = 1;
  static final int INTERMEDIATE = 2;
  static final int UNRELATED = 3;
  static final int IMPOSTER = 4;
  static final int MISMATCH = 5;
  static final int EC_INTERMEDIATE = 6;

  private static final Map<String, KeyPair> KEYS = new ConcurrentHashMap<>();

  private TestKeys() {}

  public static KeyPair pair(KeyType type, int slot) {
    return KEYS.computeIfAbsent(type + "#" + slot, key -> generate(type));
  }

  private static KeyPair generate(KeyType type) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance(type.algorithm());
      if (type.isRsa()) {
        generator.initialize(type.bits());
      } else {
        generator.initialize(new ECGenParameterSpec(type.curve()));
      }
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
