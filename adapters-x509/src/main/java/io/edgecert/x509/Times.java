package io.edgecert.x509;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1UTCTime;
import org.bouncycastle.asn1.x509.Time;

/**
 * Certificate validity times as instants. The DER forms RFC 5280 requires (YYMMDDHHMMSSZ and
 * YYYYMMDDHHMMSSZ) are read directly; anything else goes through BouncyCastle's slower parser.
 */
final class Times {

  private Times() {}

  static Instant instant(Time time) throws IOException {
    ASN1Primitive primitive = time.toASN1Primitive();
    byte[] encoded = primitive.getEncoded();
    String text = new String(encoded, 2, encoded.length - 2, StandardCharsets.US_ASCII);
    boolean utc = primitive instanceof ASN1UTCTime && text.length() == 13;
    boolean generalized = primitive instanceof ASN1GeneralizedTime && text.length() == 15;
    if ((utc || generalized)
        && text.endsWith("Z")
        && text.chars().limit(text.length() - 1).allMatch(Character::isDigit)) {
      int year = utc ? twoDigitYear(number(text, 0)) : number(text, 0) * 100 + number(text, 2);
      int at = utc ? 2 : 4;
      long day = LocalDate.of(year, number(text, at), number(text, at + 2)).toEpochDay();
      return Instant.ofEpochSecond(
          day * 86_400
              + number(text, at + 4) * 3600L
              + number(text, at + 6) * 60L
              + number(text, at + 8));
    }
    return time.getDate().toInstant();
  }

  /** RFC 5280 4.1.2.5.1: YY >= 50 is 19YY, else 20YY. */
  private static int twoDigitYear(int yy) {
    return yy >= 50 ? 1900 + yy : 2000 + yy;
  }

  private static int number(String text, int at) {
    return (text.charAt(at) - '0') * 10 + (text.charAt(at + 1) - '0');
  }
}
