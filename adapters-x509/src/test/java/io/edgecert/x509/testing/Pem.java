package io.edgecert.x509.testing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Writes PEM blocks the way OpenSSL does (64-character lines). */
public final class Pem {

  private Pem() {}

  public static String block(String label, byte[] der) {
    String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
        .encodeToString(der);
    return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
  }

  public static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
