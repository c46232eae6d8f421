package io.edgecert.x509;

/**
 * The tag-and-length header of one DER element, read without a parser so that a truncated file is
 * named as such and a signed part can be sliced out of the original bytes.
 *
 * @param offset where the element starts
 * @param headerLength tag and length octets
 * @param contentLength -1 for a BER indefinite length
 */
record DerHeader(int offset, int headerLength, int contentLength) {

  /** The header at {@code offset}, or null when the bytes there are no single-byte-tag header. */
  static DerHeader at(byte[] data, int offset) {
    if (offset + 2 > data.length || (data[offset] & 0x1F) == 0x1F) {
      return null;
    }
    int first = data[offset + 1] & 0xFF;
    if (first < 0x80) {
      return new DerHeader(offset, 2, first);
    }
    int octets = first & 0x7F;
    if (octets == 0) {
      return new DerHeader(offset, 2, -1);
    }
    if (octets > 4 || offset + 2 + octets > data.length) {
      return null;
    }
    long length = 0;
    for (int i = 0; i < octets; i++) {
      length = (length << 8) | (data[offset + 2 + i] & 0xFF);
    }
    return length > Integer.MAX_VALUE ? null : new DerHeader(offset, 2 + octets, (int) length);
  }

  boolean definite() {
    return contentLength >= 0;
  }

  /** Header plus content; only meaningful for a definite length. */
  long totalLength() {
    return (long) headerLength + contentLength;
  }

  /** The first element inside this constructed element (e.g. the tbsCertificate of a cert). */
  DerHeader firstChild(byte[] data) {
    return DerHeader.at(data, offset + headerLength);
  }
}
