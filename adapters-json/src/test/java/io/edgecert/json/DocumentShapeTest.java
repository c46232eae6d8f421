package io.edgecert.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.application.port.out.TopologyDocument;
import io.edgecert.domain.InputProblem;
import io.edgecert.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentShapeTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "   \n\n", "# only a comment\n", "---\n", "~\n"})
  void givenAnEmptyDocument_read_saysItIsEmptyAndNothingElse(String text) {
    InvalidInputException error = Malformed.of(Documents::yaml, text);

    assertThat(error.problems())
        .containsExactly(
            InputProblem.of(
                "the document is empty; expected a mapping with version, sipDomains and edge"));
    assertThat(error.getMessage())
        .isEqualTo(
            "topology: the document is empty; expected a mapping with version, sipDomains and"
                + " edge");
  }

  @Test
  void givenAListAtTheTop_read_saysAMappingWasExpected() {
    TopologyDocument document = Documents.yaml("\n- version: 1\n");

    assertThat(document.problems())
        .containsExactly(
            new InputProblem(
                "",
                2,
                "expected a mapping with the keys version, product, sipDomains, edge, federation, "
                    + "certificates, hybrid, found a list"));
  }

  @Test
  void givenAScalarJsonDocument_read_saysAMappingWasExpected() {
    assertThat(Documents.json("\"contoso.com\"").problems())
        .extracting(InputProblem::message)
        .singleElement()
        .asString()
        .endsWith("found a string");
  }

  @Test
  void givenDuplicateKeysInYaml_read_reportsTheSecondAndKeepsTheFirst() {
    TopologyDocument document =
        Documents.yaml(
            "version: 1\n"
                + "edge:\n"
                + "  layout: single\n"
                + "  internal: a.contoso.net\n"
                + "  layout: scaled-dns\n");

    assertThat(document.problems())
        .containsExactly(
            new InputProblem(
                "edge.layout", 5, "duplicate key \"layout\"; it is already set on line 3"));
    assertThat(document.topology().edge().layout().code()).isEqualTo("single");
    assertThat(document.lines()).containsEntry("edge.layout", 3);
  }

  @Test
  void givenDuplicateKeysInJson_read_reportsThem() {
    TopologyDocument document = Documents.json("{\"version\": 1,\n\"version\": 1}");

    assertThat(document.problems())
        .containsExactly(
            new InputProblem(
                "version", 2, "duplicate key \"version\"; it is already set on line 1"));
  }

  @Test
  void givenYamlAliases_read_refusesToResolveThem() {
    TopologyDocument document =
        Documents.yaml(
            "version: 1\n"
                + "sipDomains: &domains [contoso.com]\n"
                + "hybrid:\n"
                + "  onlineSipDomains: *domains\n");

    assertThat(document.problems())
        .containsExactly(
            new InputProblem(
                "hybrid.onlineSipDomains",
                4,
                "YAML aliases (*domains) are not supported; write the value out"));
    assertThat(document.topology().hybridOnlineSipDomains()).isEmpty();
  }

  @Test
  void givenYamlTags_read_refusesThem() {
    TopologyDocument document =
        Documents.yaml("version: 1\nproduct: !!str sfb-2015\nedge: !java.lang.Runtime {}\n");

    assertThat(document.problems())
        .extracting(InputProblem::line, InputProblem::message)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple(
                2, "YAML tags (!!str) are not supported; write a plain value"),
            org.assertj.core.api.Assertions.tuple(
                3, "YAML tags (!java.lang.Runtime) are not supported; write a plain value"));
  }

  @Test
  void givenTwoYamlDocuments_read_reportsTheSecond() {
    TopologyDocument document = Documents.yaml("version: 1\n---\nversion: 2\n");

    assertThat(document.problems())
        .containsExactly(new InputProblem("", 3, "expected one document, found another one here"));
    assertThat(document.topology().version()).isEqualTo(1);
  }

  @Test
  void givenTwoJsonValues_read_reportsTheSecond() {
    assertThat(Documents.json("{\"version\": 1}\n{}").problems())
        .extracting(InputProblem::line)
        .containsExactly(2);
  }
}
