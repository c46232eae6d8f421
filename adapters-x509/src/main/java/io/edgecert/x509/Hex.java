package io.edgecert.x509;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Upper-case hex without separators, the way Windows shows thumbprints and serial numbers. */
final class Hex {
  private static final char[] DIGITS = "0123456789ABCDEF".toCharArray();

  private Hex() {}

  static String of(byte[] bytes) {
    char[] text = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      text[2 * i] = DIGITS[(bytes[i] >> 4) & 0xF];
      text[2 * i + 1] = DIGITS[bytes[i] & 0xF];
    }
    return new String(text);
  }

  /** The hex digest of {@code data} with a JDK algorithm that every Java runtime has. */
  static String digest(String algorithm, byte[] data) {
    try {
      return of(MessageDigest.getInstance(algorithm).digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the Java runtime lacks " + algorithm, e);
    }
  }
}
