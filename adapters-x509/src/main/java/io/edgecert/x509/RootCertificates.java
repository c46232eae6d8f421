package io.edgecert.x509;

import java.util.List;

/** Loads root certificates from a PEM bundle or DER blob handed in (JdkTrustStore: the JDK's). */
final class RootCertificates {

  private RootCertificates() {}

  /** Every certificate in {@code blob} (PEM with any number of blocks, or one DER certificate). */
  static List<ParsedCertificate> parse(String name, byte[] blob) {
    DecodedInput input = InputDecoder.decode(name, blob, null);
    if (input.certificates().isEmpty()) {
      throw InputErrors.invalid(name, "holds no root certificate");
    }
    return input.certificates();
  }
}
