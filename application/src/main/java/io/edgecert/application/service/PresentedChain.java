package io.edgecert.application.service;

import io.edgecert.application.port.in.CertificateSource;
import io.edgecert.domain.certificate.CertificateEvidence;
import io.edgecert.domain.certificate.CertificateFacts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** The chain a server sent, as a PEM bundle to read and as facts in the order it was sent. */
final class PresentedChain {

  private PresentedChain() {}

  /** The certificates as one PEM bundle named {@code name}, for the certificate reader. */
  static CertificateSource source(String name, List<byte[]> chain) {
    StringBuilder pem = new StringBuilder();
    Base64.Encoder base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
    for (byte[] der : chain) {
      pem.append("-----BEGIN CERTIFICATE-----\n")
          .append(base64.encodeToString(der))
          .append("\n-----END CERTIFICATE-----\n");
    }
    return new CertificateSource(
        name, pem.toString().getBytes(StandardCharsets.US_ASCII), null, null);
  }

  /**
   * The facts of each certificate sent, in the order sent, matched by SHA-1 thumbprint; the
   * reader's order (leaf first) when they cannot all be matched.
   */
  static List<CertificateFacts> inOrder(List<byte[]> chain, CertificateEvidence evidence) {
    List<CertificateFacts> known = new ArrayList<>(List.of(evidence.leaf()));
    known.addAll(evidence.supplied());
    List<CertificateFacts> ordered = new ArrayList<>();
    for (byte[] der : chain) {
      String thumbprint = sha1(der);
      known.stream()
          .filter(f -> thumbprint.equalsIgnoreCase(f.sha1Thumbprint()))
          .findFirst()
          .ifPresent(ordered::add);
    }
    return ordered.size() == chain.size() ? ordered : known;
  }

  private static String sha1(byte[] der) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-1").digest(der))
          .toUpperCase(Locale.ROOT);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-1", e);
    }
  }
}
