package io.edgecert.x509;

/** Checks the size of an input and decodes it by content: DER/BER first, then PEM text. */
final class InputDecoder {
  static final int MAX_BYTES = 10 * 1024 * 1024;

  private InputDecoder() {}

  static DecodedInput decode(String file, byte[] content, char[] password) {
    if (content.length == 0) {
      throw InputErrors.invalid(file, "the file is empty; expected a certificate (PEM, DER,"
          + " PKCS#7 or PKCS#12) or a certificate request (PKCS#10)");
    }
    if (content.length > MAX_BYTES) {
      throw InputErrors.invalid(file, "the file has " + content.length + " bytes; a certificate"
          + " input may have at most 10 MiB (" + MAX_BYTES + " bytes)");
    }
    if (DerInput.looksLikeDer(content)) {
      return DerInput.decode(file, content, password);
    }
    if (PemBlocks.looksLikePem(content)) {
      return PemInput.decode(file, content);
    }
    if (content[0] == 0x30) {
      return DerInput.decode(file, content, password);
    }
    throw InputErrors.invalid(file, "found neither PEM text nor DER data; expected a certificate"
        + " (PEM, DER, PKCS#7 or PKCS#12) or a certificate request (PKCS#10)");
  }
}
