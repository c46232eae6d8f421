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

  @Test
  void givenABlock_parse_givesItsBodyExactlyBetweenTheMarkers() {
    String text = "junk\n-----BEGIN  X509 CRL -----\nAB\r\nCD\n-----END X509 CRL-----tail";

    assertThat(PemBlocks.parse("f.pem", text.getBytes(StandardCharsets.US_ASCII)))
        .containsExactly(new PemBlocks.Block("X509 CRL", "\nAB\r\nCD\n"));
  }

  @Test
  void givenEndRightAfterTheBeginLine_parse_givesAnEmptyBody() {
    String text = "-----BEGIN A----------END A----------BEGIN B-----x-----END B-----";

    assertThat(PemBlocks.parse("f.pem", text.getBytes(StandardCharsets.US_ASCII)))
        .containsExactly(new PemBlocks.Block("A", ""), new PemBlocks.Block("B", "x"));
  }

  @Test
  void givenABeginLineBrokenBeforeItsDashes_parse_saysTheBeginLineIsDamaged() {
    byte[] text =
        "-----BEGIN CERTI\nFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"
            .getBytes(StandardCharsets.US_ASCII);

    assertThatThrownBy(() -> PemBlocks.parse("f.pem", text))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("f.pem")
        .hasMessageContaining("has a damaged PEM BEGIN line");
  }

  @Test
  void givenABeginLineWithoutDashes_parse_saysTheBeginLineIsDamaged() {
    byte[] text = "-----BEGIN CERTIFICATE".getBytes(StandardCharsets.US_ASCII);

    assertThatThrownBy(() -> PemBlocks.parse("f.pem", text))
        .hasMessageContaining("has a damaged PEM BEGIN line");
  }

  @Test
  void givenTheBeginDashesAtTheEndOfTheLine_parse_readsTheBlock() {
    String text = "-----BEGIN A-----\nQQ==\n-----END A-----\n";

    assertThat(PemBlocks.parse("f.pem", text.getBytes(StandardCharsets.US_ASCII)))
        .containsExactly(new PemBlocks.Block("A", "\nQQ==\n"));
  }

  @Test
  void givenDerShapes_looksLikeDer_acceptsOneWholeSequenceOnly() {
    assertThat(DerInput.looksLikeDer(new byte[] {0x30, 0x00})).isTrue();
    assertThat(DerInput.looksLikeDer(new byte[] {0x30, (byte) 0x80, 0x00, 0x00}))
        .as("an indefinite length (BER)")
        .isTrue();
    assertThat(DerInput.looksLikeDer(new byte[] {0x30, 0x01, 0x05})).isTrue();
    assertThat(DerInput.looksLikeDer(new byte[] {0x30, 0x01, 0x05, 0x00}))
        .as("a byte after the sequence")
        .isFalse();
    assertThat(DerInput.looksLikeDer(new byte[] {0x30, 0x02, 0x05}))
        .as("the sequence cut short")
        .isFalse();
    assertThat(DerInput.looksLikeDer(new byte[] {0x31, 0x00})).as("a SET").isFalse();
    assertThat(DerInput.looksLikeDer(new byte[] {0x30})).as("no length").isFalse();
  }
}
