package io.edgecert.x509;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.x509.testing.KeyType;
import io.edgecert.x509.testing.TestKeys;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.junit.jupiter.api.Test;

/** The reader's records that hold a password or a private key never print it. */
class RedactedToStringTest {
  private static final String PASSWORD = "Pa55-word-of-the-pfx";

  @Test
  void aPkcs12PasswordPrintsWhetherItWasGivenButNotItsCharacters() {
    for (Pkcs12Password candidate : Pkcs12Password.candidates(PASSWORD.toCharArray())) {
      assertThat(candidate.toString())
          .startsWith("Pkcs12Password[given=")
          .doesNotContain(PASSWORD)
          .doesNotContain(String.valueOf(PASSWORD.toCharArray(), 0, 5));
    }
  }

  @Test
  void aPkcs12KeyPrintsItsNamesButNotTheKey() {
    byte[] encoded = TestKeys.pair(KeyType.EC_P256, 0).getPrivate().getEncoded();
    Pkcs12Key key = new Pkcs12Key(PrivateKeyInfo.getInstance(encoded), "edge", "Microsoft CSP");

    assertThat(key.toString())
        .isEqualTo("Pkcs12Key[friendlyName=edge, providerName=Microsoft CSP]")
        .doesNotContain(Base64.getEncoder().encodeToString(encoded).substring(0, 40));
  }

  @Test
  void aPemBlockPrintsItsLabelButNotItsBase64Body() {
    String body = Base64.getEncoder().encodeToString("SECRET PRIVATE KEY BYTES".getBytes());
    String pem = "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";

    List<PemBlocks.Block> blocks =
        PemBlocks.parse("edge.key", pem.getBytes(StandardCharsets.US_ASCII));

    assertThat(blocks).singleElement().hasToString("PRIVATE KEY");
    assertThat(blocks.get(0).toString()).doesNotContain(body);
  }
}
