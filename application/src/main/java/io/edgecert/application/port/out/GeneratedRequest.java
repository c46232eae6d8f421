package io.edgecert.application.port.out;

import java.util.Objects;

/** A PEM certificate request and its PEM PKCS#8 private key; {@link #toString()} hides the key. */
public record GeneratedRequest(String csrPem, String privateKeyPem) {

  public GeneratedRequest {
    Objects.requireNonNull(csrPem, "csrPem");
    Objects.requireNonNull(privateKeyPem, "privateKeyPem");
  }

  @Override
  public String toString() {
    return "GeneratedRequest[" + csrPem.length() + " characters of request, key hidden]";
  }
}
