package io.edgecert.x509.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Key pairs for tests, generated once per (type, slot) and kept for the whole JVM: RSA 4096 takes
 * seconds (about a minute under PIT's C1-only minions on a busy machine). Different slots give
 * different keys of the same type (a CA and its leaves must differ).
 *
 * <p>When the working directory has a {@code target} directory (Maven's surefire and PIT both run
 * in the module directory), a generated pair is also kept in {@code target/test-keys}, so that the
 * next JVM of the same build (each PIT minion is one) reads it instead of generating it again.
 * {@code mvn clean} removes them; a file that cannot be read is replaced by a fresh key.
 */
public final class TestKeys {
  /** Slots used by {@link TestPki} for its CAs; leaves use slot 0 unless a spec says otherwise. */
  static final int ROOT = 1;

  static final int INTERMEDIATE = 2;
  static final int UNRELATED = 3;
  static final int IMPOSTER = 4;
  static final int MISMATCH = 5;
  static final int EC_INTERMEDIATE = 6;

  private static final Path STORE =
      Files.isDirectory(Path.of("target")) ? Path.of("target", "test-keys") : null;
  private static final Map<String, KeyPair> KEYS = new ConcurrentHashMap<>();

  private TestKeys() {}

  public static KeyPair pair(KeyType type, int slot) {
    return KEYS.computeIfAbsent(type + "-" + slot, name -> kept(name, type));
  }

  private static KeyPair kept(String name, KeyType type) {
    if (STORE == null) {
      return generate(type);
    }
    Path file = STORE.resolve(name + ".keys");
    KeyPair stored = read(file, type);
    if (stored != null) {
      return stored;
    }
    KeyPair fresh = generate(type);
    write(file, fresh);
    return fresh;
  }

  /** The pair in {@code file} (public key as X.509 SPKI, then private key as PKCS#8), or null. */
  private static KeyPair read(Path file, KeyType type) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try (DataInputStream in =
        new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
      byte[] publicKey = in.readNBytes(in.readInt());
      byte[] privateKey = in.readNBytes(in.readInt());
      KeyFactory factory = KeyFactory.getInstance(type.algorithm());
      return new KeyPair(
          factory.generatePublic(new X509EncodedKeySpec(publicKey)),
          factory.generatePrivate(new PKCS8EncodedKeySpec(privateKey)));
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      return null;
    }
  }

  /** Writes to a temporary file and moves it into place, so no reader sees half a file. */
  private static void write(Path file, KeyPair pair) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (DataOutputStream out = new DataOutputStream(bytes)) {
        byte[] publicKey = pair.getPublic().getEncoded();
        byte[] privateKey = pair.getPrivate().getEncoded();
        out.writeInt(publicKey.length);
        out.write(publicKey);
        out.writeInt(privateKey.length);
        out.write(privateKey);
      }
      Files.createDirectories(file.getParent());
      Path partial = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
      Files.write(partial, bytes.toByteArray());
      Files.move(
          partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // not kept: the next JVM generates its own
    }
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
