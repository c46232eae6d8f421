package io.edgecert.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.edgecert.domain.InputProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON Schema and the reader agree on the format, and the schema rejects what it should. */
class TopologySchemaTest {
  private static final String S06 = "s06-scaled-hlb.yaml";

  private static JsonNode schemaTree() throws IOException {
    Path schema = DocumentationExamplesTest.DOCS.resolve("schema/topology-v1.json");
    return new ObjectMapper().readTree(Files.readString(schema));
  }

  private static List<String> keys(JsonNode objectSchema) {
    List<String> keys = new ArrayList<>();
    objectSchema.get("properties").fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  @Test
  void schemaAndReader_allowTheSameKeysEverywhere() throws IOException {
    JsonNode schema = schemaTree();
    JsonNode defs = schema.get("$defs");

    assertThat(keys(schema)).isEqualTo(TopologyMapping.KEYS);
    assertThat(keys(defs.get("edge"))).isEqualTo(EdgeMapping.KEYS);
    assertThat(keys(defs.get("federation"))).isEqualTo(FederationMapping.KEYS);
    assertThat(keys(defs.get("federation").get("properties").get("xmpp")))
        .isEqualTo(FederationMapping.XMPP_KEYS);
    assertThat(keys(defs.get("certificates"))).isEqualTo(CertificatesMapping.KEYS);
    assertThat(keys(defs.get("hybrid"))).isEqualTo(TopologyMapping.HYBRID_KEYS);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "an unknown key           | /edge/acessEdge       | sip.contoso.com",
        "a wrong type             | /federation/sip       | \"true\"",
        "an underscore in a name  | /edge/accessEdge      | sip_contoso.com",
        "a short name             | /edge/internal        | lsedge",
        "another version          | /version              | 2",
        "an unknown layout        | /edge/layout          | scaled",
        "NAT behind HLB           | /edge/addressing      | nat",
        "a one-member pool        | /edge/servers         | [edge1.contoso.net]",
        "XMPP on sfb-2019         | /product              | sfb-2019"
      })
  void givenAMistake_schema_rejectsTheDocument(String mistake, String pointer, String value)
      throws IOException {
    JsonNode document =
        new YAMLMapper()
            .readTree(Files.readString(DocumentationExamplesTest.EXAMPLES.resolve(S06)));
    Documents.setAt(document, pointer, new YAMLMapper().readTree(value));
    if (mistake.startsWith("XMPP")) {
      Documents.setAt(document, "/federation/xmpp", new YAMLMapper().readTree("{domains: [a.b]}"));
    }

    assertThat(DocumentationExamplesTest.schema().validate(document)).as(mistake).isNotEmpty();
  }

  /** Codes are exact in both: the schema's enums are case-sensitive, and so is the reader. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/product          | SFB-2015",
        "/edge/layout      | Scaled-HLB",
        "/edge/addressing  | Public"
      })
  void givenACodeInAnotherCase_schemaAndReader_bothRefuseIt(String pointer, String code)
      throws IOException {
    String yaml = Files.readString(DocumentationExamplesTest.EXAMPLES.resolve(S06));
    JsonNode document = new YAMLMapper().readTree(yaml);
    Documents.setAt(document, pointer, new YAMLMapper().readTree(code));
    String changed = new ObjectMapper().writeValueAsString(document);

    assertThat(DocumentationExamplesTest.schema().validate(document)).isNotEmpty();
    assertThat(Documents.json(changed).problems())
        .extracting(InputProblem::path)
        .contains(pointer.substring(1).replace('/', '.'));
    Documents.setAt(document, pointer, new YAMLMapper().readTree(code.toLowerCase(Locale.ROOT)));
    assertThat(DocumentationExamplesTest.schema().validate(document)).isEmpty();
    assertThat(Documents.json(new ObjectMapper().writeValueAsString(document)).problems())
        .isEmpty();
  }
}
