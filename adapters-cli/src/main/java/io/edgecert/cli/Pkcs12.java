package io.edgecert.cli;

/** Recognises a PKCS#12 file by its first bytes, to decide whether a password is worth asking for. */
final class Pkcs12 {

  private Pkcs12() {}

  /**
   * True for a DER/BER SEQUENCE whose first element is INTEGER 3: the PFX version. Certificates,
   * PKCS#7 bundles and PEM text start differently.
   */
  static boolean looksLike(byte[] content) {
    if (content.length < 5 || content[0] != 0x30) {
      return false;
    }
    int lengthByte = content[1] & 0xff;
    int start = 2 + (lengthByte < 0x80 ? 0 : lengthByte & 0x7f);
    return start + 2 < content.length
        && content[start] == 0x02
        && content[start + 1] == 0x01
        && content[start + 2] == 0x03;
  }
}
