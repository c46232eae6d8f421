package io.edgecert.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.edgecert.application.port.in.TopologySource;
import io.edgecert.application.port.out.TopologyDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The topology examples in docs/ follow the JSON Schema and read without a problem. */
class DocumentationExamplesTest {
  static final Path DOCS = Path.of("..", "docs");
  static final Path EXAMPLES = DOCS.resolve("examples");

  static JsonSchema schema() throws IOException {
    JsonNode schema = new ObjectMapper().readTree(DOCS.resolve("schema/topology-v1.json").toFile());
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
  }

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files.sorted().toList().stream();
    }
  }

  static JsonNode tree(Path file) throws IOException {
    return file.toString().endsWith(".json")
        ? new ObjectMapper().readTree(file.toFile())
        : new YAMLMapper().readTree(file.toFile());
  }

  @Test
  void examplesFolder_holdsOneTopologyPerDocumentationPageAndAJsonTwin() throws IOException {
    assertThat(examples().map(file -> file.getFileName().toString()))
        .containsExactly(
            "k1-sfb-edge.yaml",
            "s01-sip-xmpp-pic.yaml",
            "s02-single-edge-nat.json",
            "s02-single-edge-nat.yaml",
            "s03-single-edge-public.yaml",
            "s04-scaled-dns-nat.yaml",
            "s05-scaled-dns-public.yaml",
            "s06-scaled-hlb.yaml",
            "s07-xmpp.yaml",
            "s08-public-im.yaml",
            "s13-external-access.yaml");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void givenAnExample_schema_acceptsIt(Path file) throws IOException {
    Set<ValidationMessage> errors = schema().validate(tree(file));

    assertThat(errors).as(file.toString()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void givenAnExample_read_findsNoStructuralProblem(Path file) throws IOException {
    TopologyDocument document =
        new JacksonTopologyReader()
            .read(
                new TopologySource(
                    file.toString(), Files.readAllBytes(file), TopologySource.Syntax.AUTO));

    assertThat(document.problems()).as(file.toString()).isEmpty();
    assertThat(document.topology().version()).isEqualTo(1);
    assertThat(document.topology().sipDomains()).startsWith("contoso.com");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void givenAYamlExample_itsFirstLine_namesTheDocumentationPage(Path file) throws IOException {
    if (file.toString().endsWith(".yaml")) {
      assertThat(Files.readAllLines(file).get(0)).matches("# (S\\d\\d|K1): \".+");
    }
  }

  @Test
  void givenTheJsonTwinOfS02_read_givesTheSameTopologyAsTheYaml() throws IOException {
    assertThat(read("s02-single-edge-nat.json").topology())
        .isEqualTo(read("s02-single-edge-nat.yaml").topology());
  }

  private static TopologyDocument read(String name) throws IOException {
    byte[] content = Files.readAllBytes(EXAMPLES.resolve(name));
    return new JacksonTopologyReader()
        .read(new TopologySource(name, content, TopologySource.Syntax.AUTO));
  }
}
