package io.edgecert.domain;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Where the first byte that is not UTF-8 sits in a text's bytes: its offset, its line, its column
 * counted in bytes and in the characters decoded before it (1-based), and the byte itself.
 */
public record NotUtf8(int offset, int line, int byteColumn, int characterColumn, int value) {

  /** The first byte of {@code bytes} that is not UTF-8, or null when all of them are. */
  public static NotUtf8 find(byte[] bytes) {
    if (isAscii(bytes)) {
      return null; // every topology that names only hosts: no decoder, no copy
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      return null;
    }
    int at = in.position();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int decodedLineStart = 0;
    for (int i = out.position() - 1; i >= 0; i--) {
      if (out.get(i) == '\n') {
        decodedLineStart = i + 1;
        break;
      }
    }
    return new NotUtf8(
        at, line, at - lineStart + 1, out.position() - decodedLineStart + 1, bytes[at] & 0xFF);
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }
}
