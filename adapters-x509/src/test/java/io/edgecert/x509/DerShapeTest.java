package io.edgecert.x509;

import static org.assertj.core.api.Assertions.assertThat;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERUTF8String;
import org.junit.jupiter.api.Test;

/** DER headers at the edges of the bytes, and the kinds told from a sequence's shape. */
class DerShapeTest {

  @Test
  void givenAHeaderInTheLastTwoBytes_at_readsIt() {
    DerHeader header = DerHeader.at(new byte[] {0x00, 0x30, 0x00}, 1);

    assertThat(header).isEqualTo(new DerHeader(1, 2, 0));
    assertThat(header.definite()).as("an empty element has a definite length").isTrue();
    assertThat(header.totalLength()).isEqualTo(2);
  }

  @Test
  void givenOneByteLeft_at_givesNothing() {
    assertThat(DerHeader.at(new byte[] {0x30, 0x00, 0x30}, 2)).isNull();
  }

  @Test
  void givenLongFormLengthEndingAtTheLastByte_at_readsIt() {
    byte[] data = {0x30, (byte) 0x84, 0x00, 0x01, 0x00, 0x00};

    assertThat(DerHeader.at(data, 0)).isEqualTo(new DerHeader(0, 6, 65536));
  }

  @Test
  void givenLongFormLengthCutShort_at_givesNothing() {
    assertThat(DerHeader.at(new byte[] {0x30, (byte) 0x84, 0x00, 0x01, 0x00}, 0)).isNull();
  }

  @Test
  void givenLengthOfFourOctetsOrMore_at_acceptsFourOnly() {
    assertThat(
            DerHeader.at(
                new byte[] {0x30, (byte) 0x84, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff}, 0))
        .isEqualTo(new DerHeader(0, 6, Integer.MAX_VALUE));
    assertThat(DerHeader.at(new byte[] {0x30, (byte) 0x84, (byte) 0x80, 0, 0, 0}, 0))
        .as("a length beyond an int")
        .isNull();
    assertThat(DerHeader.at(new byte[] {0x30, (byte) 0x85, 0, 0, 0, 0, 1}, 0)).isNull();
  }

  @Test
  void givenShortFormLengths_at_readsThemUpTo127() {
    assertThat(DerHeader.at(new byte[] {0x04, 0x7f}, 0)).isEqualTo(new DerHeader(0, 2, 127));
    assertThat(DerHeader.at(new byte[] {0x04, (byte) 0x81, (byte) 0x80}, 0))
        .isEqualTo(new DerHeader(0, 3, 128));
  }

  @Test
  void givenIndefiniteLengthOrMultiByteTag_at_tellsThem() {
    DerHeader indefinite = DerHeader.at(new byte[] {0x30, (byte) 0x80}, 0);

    assertThat(indefinite).isEqualTo(new DerHeader(0, 2, -1));
    assertThat(indefinite.definite()).isFalse();
    assertThat(DerHeader.at(new byte[] {0x1f, 0x01, 0x00}, 0)).isNull();
  }

  @Test
  void givenEmptySequence_of_isUnknown() {
    assertThat(DerKind.of(new DERSequence())).isEqualTo(DerKind.UNKNOWN);
  }

  @Test
  void givenAlgorithmAndOctetString_of_isAPrivateKey() {
    DERSequence key =
        sequence(new DERSequence(new ASN1Integer(1)), new DEROctetString(new byte[4]));

    assertThat(DerKind.of(key)).isEqualTo(DerKind.PRIVATE_KEY);
  }

  @Test
  void givenSequenceFirstButNeitherSignedNorKey_of_isUnknown() {
    assertThat(DerKind.of(sequence(new DERSequence(), new DERUTF8String("x"))))
        .isEqualTo(DerKind.UNKNOWN);
    assertThat(DerKind.of(sequence(new DERSequence()))).isEqualTo(DerKind.UNKNOWN);
    assertThat(
            DerKind.of(
                sequence(new DERSequence(), new DERSequence(), new DERUTF8String("not bits"))))
        .isEqualTo(DerKind.UNKNOWN);
  }

  @Test
  void givenSignedBodyOfFiveOrSixFields_of_tellsACertificateFromNothing() {
    assertThat(DerKind.of(signed(6))).isEqualTo(DerKind.CERTIFICATE);
    assertThat(DerKind.of(signed(5))).isEqualTo(DerKind.UNKNOWN);
  }

  private static DERSequence signed(int fields) {
    ASN1Encodable[] body = new ASN1Encodable[fields];
    for (int i = 0; i < fields; i++) {
      body[i] = new ASN1Integer(i);
    }
    return sequence(new DERSequence(body), new DERSequence(), new DERBitString(new byte[1]));
  }

  private static DERSequence sequence(ASN1Encodable... items) {
    return new DERSequence(items);
  }
}
