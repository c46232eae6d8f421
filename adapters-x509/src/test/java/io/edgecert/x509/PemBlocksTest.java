package io.edgecert.x509;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edgecert.domain.InvalidInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PemBlocksTest {

  @Test
  void givenTwoBlocks_parse_givesThemInFileOrder() {
    String text =
        "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"
            + "-----BEGIN PRIVATE KEY-----\nBBBB\n-----END PRIVATE KEY-----\n";

    assertThat(PemBlocks.parse("f.pem", text.getBytes(StandardCharsets.US_ASCII)))
        .extracting(PemBlocks.Block::label, b -> b.body().trim())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("CERTIFICATE", "AAAA"),
            org.assertj.core.groups.Tuple.tuple("PRIVATE KEY", "BBBB"));
  }

  /**
   * Found by the fuzzer: the END marker overlapping the BEGIN line's dashes cut a negative span.
   */
  @Test
  void givenAnEndMarkerOverlappingTheBeginDashes_parse_saysTheBlockHasNoEndLine() {
    byte[] text =
        "-----BEGIN CERTIFICATE------END CERTIFICATE-----\n".getBytes(StandardCharsets.US_ASCII);

    assertThatThrownBy(() -> PemBlocks.parse("f.pem", text))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("f.pem")
        .hasMessageContaining("has no END line");
  }
}
