package io.edgecert.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.edgecert.application.port.in.TopologySource;
import io.edgecert.application.port.out.TopologyDocument;
import io.edgecert.domain.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code readUnplaced}, the read of every plan request: a valid document comes without places (no
 * position tracking); a document with any structural or syntax problem gives exactly what {@code
 * read} gives, each problem with its path, line and column.
 */
class UnplacedReadTest {
  private final JacksonTopologyReader reader = new JacksonTopologyReader();

  static Stream<Path> examples() throws IOException {
    return DocumentationExamplesTest.examples();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void givenADocumentationExample_readUnplaced_givesReadsTopologyWithoutPlaces(Path example)
      throws IOException {
    String name = example.getFileName().toString();
    TopologySource source =
        new TopologySource(
            name,
            Files.readAllBytes(example),
            name.endsWith(".json") ? TopologySource.Syntax.JSON : TopologySource.Syntax.YAML);

    TopologyDocument placed = reader.read(source);
    TopologyDocument unplaced = reader.readUnplaced(source);

    assertThat(placed.lines()).isNotEmpty();
    assertThat(unplaced.topology()).isEqualTo(placed.topology());
    assertThat(unplaced.problems()).isEmpty();
    assertThat(unplaced.lines()).isEmpty();
    assertThat(unplaced.columns()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "version: 1\nsipDomains: [contoso.com]\nsipDomains: [fabrikam.com]\n",
        "version: 1\nproduct: &p sfb-2015\nsipDomains: [*p]\n",
        "version: 1\nsipDomains: [!!str contoso.com]\n",
        "version: 1\nsipDomains: [contoso.com]\n---\nversion: 1\n",
        "version: 1\nsipDomains: [contoso.com]\nedge:\n  layot: single\n",
        "version: 1\nsipDomains: contoso.com\nedge:\n  servers: [1, 2]\n",
        "version: 2\nsipDomains: [contoso.com]\n",
        "",
        "- a\n- b\n",
        "version: 1\nsipDomains: [contoso.com\n",
        "version: 1\nproduct: SFB-2015\n",
        "{\"version\": 1, \"sipDomains\": [\"contoso.com\"], \"sipDomains\": []}",
        "{\"version\": 1, \"edge\": {\"servers\": [\"a.b\", {}]}}",
        "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n",
      })
  void givenADocumentWithAProblem_readUnplaced_givesWhatReadGives(String text) {
    TopologySource source =
        new TopologySource(
            "topology", text.getBytes(StandardCharsets.UTF_8), TopologySource.Syntax.AUTO);

    InvalidInputException refused =
        catchThrowableOfType(InvalidInputException.class, () -> reader.read(source));
    if (refused != null) {
      assertThat(
              catchThrowableOfType(InvalidInputException.class, () -> reader.readUnplaced(source)))
          .hasMessage(refused.getMessage());
      return;
    }
    TopologyDocument placed = reader.read(source);
    TopologyDocument unplaced = reader.readUnplaced(source);

    assertThat(placed.problems()).isNotEmpty();
    assertThat(unplaced.problems()).isEqualTo(placed.problems());
    assertThat(unplaced.lines()).isEqualTo(placed.lines()).isNotEmpty();
    assertThat(unplaced.columns()).isEqualTo(placed.columns());
  }

  @ParameterizedTest
  @ValueSource(strings = {"sip: 1\n\u00fc: 2\n", "version: 1\nsipDomains: [contoso.com]\n"})
  void givenANonUtf8Byte_readUnplaced_namesItsFieldAsReadDoes(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    byte[] bad =
        text.contains("\u00fc")
            ? bytes
            : (text + "# \u00e9\n").getBytes(StandardCharsets.ISO_8859_1);
    TopologySource source = new TopologySource("topology", bad, TopologySource.Syntax.YAML);

    String expected =
        catchThrowableOfType(InvalidInputException.class, () -> reader.read(source)).getMessage();

    assertThat(catchThrowableOfType(InvalidInputException.class, () -> reader.readUnplaced(source)))
        .hasMessage(expected);
    assertThat(expected).contains("not UTF-8");
  }
}
