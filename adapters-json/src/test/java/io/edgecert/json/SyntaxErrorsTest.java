package io.edgecert.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.application.port.in.TopologySource;
import io.edgecert.domain.InputProblem;
import io.edgecert.domain.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyntaxErrorsTest {

  @Test
  void givenBrokenYamlIndentation_read_throwsMalformedWithLineAndColumn() {
    InvalidInputException error =
        Malformed.of(
            Documents::yaml,
            "version: 1\nedge:\n  layout: single\n   accessEdge: sip.contoso.com\n");

    assertThat(error.kind()).isEqualTo(InvalidInputException.Kind.MALFORMED);
    assertThat(error.source()).isEqualTo("topology");
    assertThat(error.problems())
        .containsExactly(
            new InputProblem(
                "", 4, 14, "not valid YAML at column 14: mapping values are not allowed here"));
    assertThat(error.getMessage())
        .isEqualTo("topology:4: not valid YAML at column 14: mapping values are not allowed here");
  }

  @Test
  void givenAnUnclosedYamlList_read_namesWhatWasExpected() {
    InvalidInputException error =
        Malformed.of(Documents::yaml, "version: 1\nsipDomains: [a.com,\n");

    assertThat(error.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.line()).isEqualTo(3);
              assertThat(problem.message())
                  .isEqualTo(
                      "not valid YAML at column 1: while parsing a flow "
                          + "node: expected the node content, but found '<stream end>'");
            });
  }

  @Test
  void givenATabInYaml_read_saysSo() {
    assertThat(Malformed.messageOf(Documents::yaml, "version: 1\nedge:\n\tlayout: single\n"))
        .startsWith("topology:3: not valid YAML at column 1: ")
        .contains("TAB");
  }

  @Test
  void givenATrailingCommaInJson_read_throwsMalformedWithoutParserInternals() {
    InvalidInputException error =
        Malformed.of(
            Documents::json, "{\n  \"version\": 1,\n  \"edge\": {\"layout\": \"single\",}\n}");

    assertThat(error.kind()).isEqualTo(InvalidInputException.Kind.MALFORMED);
    assertThat(error.problems())
        .containsExactly(
            new InputProblem(
                "",
                3,
                31,
                "not valid JSON at column 31: unexpected character ('}'): was expecting"
                    + " double-quote to start field name"));
  }

  @Test
  void givenAnUnclosedJsonObject_read_hidesTheParserSourceExcerpt() {
    String message = Malformed.messageOf(Documents::json, "{\"version\": 1,\n\"edge\": {\n");

    assertThat(message)
        .startsWith("topology:3: not valid JSON")
        .contains("unexpected end-of-input: expected close marker for Object")
        .doesNotContain("Source", "jackson", "Exception", "StreamReadFeature", "code");
  }

  @Test
  void givenBytesThatAreNotUtf8_read_saysSo() {
    byte[] content = {'v', 'e', 'r', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'};

    InvalidInputException error = catchFrom(content, TopologySource.Syntax.YAML);

    assertThat(error.getMessage())
        .isEqualTo(
            "topology:1 ver: not UTF-8 text: byte 0xC3 at column 6 is not UTF-8 (perhaps Latin-1 or"
                + " Windows-1252); save the file as UTF-8");
  }

  /** Found by the topology-json fuzz target: Jackson read these bytes as UTF-32 and threw. */
  @Test
  void givenNulBytesThatReadAsUtf32_read_saysTheJsonIsNotUtf8() {
    byte[] content = {'{', 0, 0, 0, 0, 0, 0, 0, 0x0f, '"', ':', ' ', '1', ',', ' '};

    InvalidInputException error = catchFrom(content, TopologySource.Syntax.JSON);

    assertThat(error.getMessage()).contains("not UTF-8 text: a JSON document is UTF-8 (RFC 8259)");
  }

  @Test
  void givenALatin1ByteOnLineTwo_read_reportsItOnLineTwo() {
    byte[] content =
        "version: 1\nproduct: lync-2013 # caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

    for (TopologySource.Syntax syntax : TopologySource.Syntax.values()) {
      InvalidInputException error = catchFrom(content, syntax);

      assertThat(error.problems()).singleElement().extracting(InputProblem::line).isEqualTo(2);
      assertThat(error.getMessage())
          .startsWith("topology:2: not UTF-8 text: byte 0xE9 at column 25");
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "-----BEGIN CERTIFICATE-----|a certificate (PEM)",
        "-----BEGIN NEW CERTIFICATE REQUEST-----|a certificate request (PEM)",
        "-----BEGIN ENCRYPTED PRIVATE KEY-----|a private key (PEM)",
        "-----BEGIN PKCS7-----|a PKCS#7 certificate bundle (PEM)"
      })
  void givenCertificateMaterialWhereTheTopologyGoes_read_saysWhatItIsAndThatTheTopologyComesFirst(
      String begin, String kind) {
    byte[] pem = ("\n" + begin + "\nMIIB\n").getBytes(StandardCharsets.US_ASCII);

    assertThat(catchFrom(pem, TopologySource.Syntax.AUTO).getMessage())
        .isEqualTo(
            "topology: this is "
                + kind
                + ", not a topology (YAML or JSON): the topology comes first, as in `edgecert"
                + " validate TOPOLOGY CERTIFICATE...` and `edgecert plan TOPOLOGY`");
  }

  @Test
  void givenABinaryPfxWhereTheTopologyGoes_read_saysItIsBinaryCertificateData() {
    byte[] der = {0x30, (byte) 0x82, 0x0A, 0x1F, 0x02, 0x01, 0x03};

    assertThat(catchFrom(der, TopologySource.Syntax.YAML).getMessage())
        .startsWith(
            "topology: this is binary DER data (a certificate, a PKCS#7 bundle or a PKCS#12/.pfx"
                + " file), not a topology");
  }

  @Test
  void givenAHugeDocument_read_refusesItBeforeParsing() {
    byte[] content = new byte[DocumentParser.MAX_BYTES + 1];
    Arrays.fill(content, (byte) ' ');

    InvalidInputException error = catchFrom(content, TopologySource.Syntax.AUTO);

    assertThat(error.kind()).isEqualTo(InvalidInputException.Kind.MALFORMED);
    assertThat(error.getMessage()).contains("a topology has at most 1048576");
  }

  @Test
  void givenDeeplyNestedLists_read_stopsAtTheNestingLimit() {
    String nested = "version: " + "[".repeat(100) + "]".repeat(100) + "\n";

    assertThat(Malformed.of(Documents::yaml, nested).kind())
        .isEqualTo(InvalidInputException.Kind.MALFORMED);
  }

  @Test
  void givenAJsonStringPastTheLimit_read_namesTheLimitWithoutParserInternals() {
    String json = "{\"version\": 1, \"edge\": {\"internal\": \"" + "a".repeat(5000) + "\"}}";

    assertThat(Malformed.messageOf(Documents::json, json))
        .startsWith("topology: not valid JSON: string value length")
        .contains("exceeds the maximum allowed (4096)")
        .doesNotContain("StreamReadConstraints", "`");
  }

  private static InvalidInputException catchFrom(byte[] content, TopologySource.Syntax syntax) {
    return org.assertj.core.api.Assertions.catchThrowableOfType(
        InvalidInputException.class, () -> Documents.read(content, syntax));
  }
}
