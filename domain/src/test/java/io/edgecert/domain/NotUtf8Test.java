package io.edgecert.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NotUtf8Test {

  @Test
  void givenUtf8Text_find_findsNothing() {
    assertThat(NotUtf8.find("caf\u00e9\n\u4f8b\u3048".getBytes(StandardCharsets.UTF_8))).isNull();
  }

  @Test
  void givenALatin1ByteAfterMultiByteCharacters_find_givesItsLineAndBothColumns() {
    byte[] utf8 = "a: 1\nb\u00e9\u00e9".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[utf8.length + 1];
    System.arraycopy(utf8, 0, bytes, 0, utf8.length);
    bytes[utf8.length] = (byte) 0xFC;

    assertThat(NotUtf8.find(bytes)).isEqualTo(new NotUtf8(utf8.length, 2, 6, 4, 0xFC));
  }

  @Test
  void givenNoBytesOrOnlyAscii_find_findsNothing() {
    assertThat(NotUtf8.find(new byte[0])).isNull();
    assertThat(NotUtf8.find("edge".getBytes(StandardCharsets.US_ASCII))).isNull();
  }

  @Test
  void givenABadByteRightAfterALeadingNewline_find_placesItAtTheStartOfLine2() {
    assertThat(NotUtf8.find(new byte[] {'\n', (byte) 0xFC}))
        .isEqualTo(new NotUtf8(1, 2, 1, 1, 0xFC));
  }

  @Test
  void givenABadFirstByte_find_placesItAtLine1Column1() {
    assertThat(NotUtf8.find(new byte[] {(byte) 0xC3, 'a'}))
        .isEqualTo(new NotUtf8(0, 1, 1, 1, 0xC3));
  }

  @Test
  void givenAsciiText_find_findsNothing() {
    assertThat(NotUtf8.find("version: 1\n\u007f~".getBytes(StandardCharsets.US_ASCII))).isNull();
    assertThat(NotUtf8.find(new byte[0])).isNull();
  }

  @Test
  void givenOneBadByteAtEitherEndOfAsciiText_find_givesIt() {
    assertThat(NotUtf8.find(new byte[] {'a', '\n', 'b', (byte) 0x80}))
        .isEqualTo(new NotUtf8(3, 2, 2, 2, 0x80));
    assertThat(NotUtf8.find(new byte[] {(byte) 0xFF, 'a'}))
        .isEqualTo(new NotUtf8(0, 1, 1, 1, 0xFF));
  }
}
