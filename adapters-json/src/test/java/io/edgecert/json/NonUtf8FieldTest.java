package io.edgecert.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.edgecert.application.port.in.TopologySource;
import io.edgecert.domain.InputProblem;
import io.edgecert.domain.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A byte that is not UTF-8 is reported with the field (and line) that holds it, YAML and JSON. */
class NonUtf8FieldTest {
  private static final byte LATIN1_U_UMLAUT = (byte) 0xFC;

  private static final String YAML =
      "version: 1\n"
          + "product: lync-2013\n"
          + "sipDomains:\n"
          + "  - contoso.com\n"
          + "  - f@brikam.com\n"
          + "edge:\n"
          + "  layout: single\n"
          + "  accessEdge: sip.cont@so.com # the \u00e4ccess Edge\n"
          + "  @nternal: edge.contoso.local\n";

  private static final String JSON =
      "{\n"
          + "  \"version\": 1,\n"
          + "  \"sipDomains\": [\"contoso.com\", \"f@brikam.com\"],\n"
          + "  \"edge\": {\"layout\": \"single\", \"accessEdge\": \"sip.cont@so.com\",\n"
          + "    \"@nternal\": \"edge.contoso.local\"}\n"
          + "}\n";

  @Test
  void givenALatin1ByteInAYamlValue_read_namesTheFieldAndLine() {
    InputProblem problem = problemOf(YAML, "sip.cont@so.com", TopologySource.Syntax.YAML);

    assertThat(problem.path()).isEqualTo("edge.accessEdge");
    assertThat(problem.line()).isEqualTo(8);
    assertThat(problem.column()).isEqualTo(23);
    assertThat(problem.message())
        .isEqualTo(
            "not UTF-8 text: byte 0xFC at column 23 is not UTF-8 (perhaps Latin-1 or"
                + " Windows-1252); save the file as UTF-8");
  }

  @Test
  void givenALatin1ByteInAYamlListElement_read_namesTheElement() {
    InputProblem problem = problemOf(YAML, "f@brikam.com", TopologySource.Syntax.YAML);

    assertThat(problem.path()).isEqualTo("sipDomains[1]");
    assertThat(problem.line()).isEqualTo(5);
  }

  @Test
  void givenALatin1ByteInAYamlKey_read_namesTheMappingThatHoldsTheKey() {
    InputProblem problem = problemOf(YAML, "@nternal", TopologySource.Syntax.YAML);

    assertThat(problem.path()).isEqualTo("edge");
    assertThat(problem.line()).isEqualTo(9);
    assertThat(problem.message()).startsWith("not UTF-8 text in a key: byte 0xFC at column 3 ");
  }

  @Test
  void givenALatin1ByteInATopLevelKey_read_saysItIsATopLevelKey() {
    InputProblem problem = problemOf("version: 1\npr@duct: lync-2013\n", "pr@duct", null);

    assertThat(problem.path()).isEmpty();
    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.message()).startsWith("not UTF-8 text in a top-level key: byte 0xFC");
  }

  @Test
  void givenALatin1ByteInAComment_read_namesNoFieldButTheLine() {
    byte[] content = withLatin1(YAML.replace('@', 'o'), "\u00e4ccess");

    InputProblem problem = problemOf(content, TopologySource.Syntax.YAML);

    assertThat(problem.path()).isEmpty();
    assertThat(problem.line()).isEqualTo(8);
    assertThat(problem.message()).startsWith("not UTF-8 text: byte 0xE4 at column 37 ");
  }

  @Test
  void givenUtf8TextBeforeTheBadByteOnItsLine_read_stillFindsTheField() {
    // "é" is two bytes in UTF-8 and one character: the byte column and the parser's column differ.
    String yaml = "version: 1\nedge: {internal: \u00e9dge.local, accessEdge: sip.cont@so.com}\n";

    InputProblem problem = problemOf(yaml, "sip.cont@so.com", TopologySource.Syntax.YAML);

    assertThat(problem.path()).isEqualTo("edge.accessEdge");
    assertThat(problem.column()).isEqualTo(51);
  }

  @Test
  void givenALatin1ByteInAJsonValue_read_namesTheFieldAndLine() {
    InputProblem problem = problemOf(JSON, "sip.cont@so.com", TopologySource.Syntax.AUTO);

    assertThat(problem.path()).isEqualTo("edge.accessEdge");
    assertThat(problem.line()).isEqualTo(4);
  }

  @Test
  void givenALatin1ByteInAJsonListElementOrKey_read_namesTheElementOrTheMapping() {
    assertThat(problemOf(JSON, "f@brikam.com", TopologySource.Syntax.JSON).path())
        .isEqualTo("sipDomains[1]");
    InputProblem key = problemOf(JSON, "@nternal", TopologySource.Syntax.JSON);
    assertThat(key.path()).isEqualTo("edge");
    assertThat(key.line()).isEqualTo(5);
    assertThat(key.message()).startsWith("not UTF-8 text in a key:");
  }

  @Test
  void givenABadByteInADocumentThatDoesNotParse_read_stillReportsTheLine() {
    byte[] content = withLatin1("version: 1\nedge: [accessEdge: sip.cont@so.com\n", null);

    InputProblem problem = problemOf(content, TopologySource.Syntax.YAML);

    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.message()).startsWith("not UTF-8 text: byte 0xFC");
  }

  @Test
  void givenABadByteInAValue_describe_showsTheFieldToTheUser() {
    InvalidInputException error =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> Documents.read(withLatin1(YAML, null), TopologySource.Syntax.YAML));

    assertThat(error.getMessage())
        .startsWith("topology:5 sipDomains[1]: not UTF-8 text: byte 0xFC at column 6");
  }

  /** The document with every '@' of {@code marked} written as a Latin-1 ü (0xFC). */
  private static InputProblem problemOf(
      String document, String marked, TopologySource.Syntax syntax) {
    String others = document.replace(marked, marked.replace('@', 'o')).replace("@", "o");
    int at = document.indexOf(marked);
    String text = others.substring(0, at) + marked + others.substring(at + marked.length());
    return problemOf(withLatin1(text, null), syntax == null ? TopologySource.Syntax.YAML : syntax);
  }

  private static InputProblem problemOf(byte[] content, TopologySource.Syntax syntax) {
    InvalidInputException error =
        catchThrowableOfType(InvalidInputException.class, () -> Documents.read(content, syntax));
    assertThat(error.kind()).isEqualTo(InvalidInputException.Kind.MALFORMED);
    assertThat(error.problems()).hasSize(1);
    return error.problems().get(0);
  }

  /**
   * UTF-8 bytes of the text, with '@' as a Latin-1 ü and {@code latin1} (when given) in Latin-1.
   */
  private static byte[] withLatin1(String text, String latin1) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int from = 0;
    while (from < text.length()) {
      if (latin1 != null && text.startsWith(latin1, from)) {
        bytes.writeBytes(latin1.getBytes(StandardCharsets.ISO_8859_1));
        from += latin1.length();
      } else if (text.charAt(from) == '@') {
        bytes.write(LATIN1_U_UMLAUT);
        from++;
      } else {
        bytes.writeBytes(String.valueOf(text.charAt(from)).getBytes(StandardCharsets.UTF_8));
        from++;
      }
    }
    return bytes.toByteArray();
  }
}
