package io.edgecert.x509;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1UTCTime;
import org.bouncycastle.asn1.x509.Time;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Validity times to the second, in every form RFC 5280 allows and around its century pivot. */
class TimesTest {

  @ParameterizedTest
  @CsvSource({
    "491231235959Z, 2049-12-31T23:59:59Z",
    "500101000000Z, 1950-01-01T00:00:00Z",
    "250601123456Z, 2025-06-01T12:34:56Z",
    "991231235958Z, 1999-12-31T23:59:58Z",
    "000229010203Z, 2000-02-29T01:02:03Z"
  })
  void givenUtcTime_instant_readsItToTheSecondWithTheCenturyOfRfc5280(String der, String expected)
      throws IOException {
    assertThat(Times.instant(new Time(new ASN1UTCTime(der)))).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest
  @CsvSource({
    "20500101123456Z, 2050-01-01T12:34:56Z",
    "19491231235959Z, 1949-12-31T23:59:59Z",
    "99991231235959Z, 9999-12-31T23:59:59Z",
    "20250601120000.5Z, 2025-06-01T12:00:00.500Z"
  })
  void givenGeneralizedTime_instant_readsItToTheSecondAndFractionsThroughBouncyCastle(
      String der, String expected) throws IOException {
    assertThat(Times.instant(new Time(new ASN1GeneralizedTime(der))))
        .isEqualTo(Instant.parse(expected));
  }
}
