package io.edgecert.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.edgecert.application.port.out.TopologyDocument;
import io.edgecert.domain.InputProblem;
import org.junit.jupiter.api.Test;

/**
 * Every structural problem, and every later problem the document places, carries the line and the
 * 1-based column of the key (or list element) it points at; a missing key takes its parent's.
 */
class ProblemColumnsTest {
  private static final String YAML =
      """
      version: 1
      sipDomains: [contoso.com, 42]
      edge:
        layout: single
        adressing: nat
        accessEdge: sip_contoso.com
        internal: [lsedge.contoso.net]
        colour: blue
      """;

  private static final String JSON =
      """
      {"version": 1,
       "sipDomains": ["contoso.com", 42],
       "edge": {"layout": "single",
                "adressing": "nat",
           "accessEdge": "sip_contoso.com",
           "internal": ["lsedge.contoso.net"],
        "colour": "blue"}}
      """;

  @Test
  void givenYaml_read_placesEachProblemOnTheColumnOfItsKeyOrElement() {
    TopologyDocument document = Documents.yaml(YAML);

    assertThat(document.problems())
        .extracting(InputProblem::path, InputProblem::line, InputProblem::column)
        .containsExactly(
            tuple("sipDomains[1]", 2, 27),
            tuple("edge.adressing", 5, 3),
            tuple("edge.internal", 7, 3),
            tuple("edge.colour", 8, 3));
  }

  @Test
  void givenJson_read_placesEachProblemOnTheColumnOfItsKeyOrElement() {
    TopologyDocument document = Documents.json(JSON);

    assertThat(document.problems())
        .extracting(InputProblem::path, InputProblem::line, InputProblem::column)
        .containsExactly(
            tuple("sipDomains[1]", 2, 32),
            tuple("edge.adressing", 4, 11),
            tuple("edge.internal", 6, 6),
            tuple("edge.colour", 7, 3));
  }

  @Test
  void givenYaml_place_putsAValueProblemOnItsKeyAndAMissingKeyOnTheMisspelledOne() {
    TopologyDocument document = Documents.yaml(YAML);

    assertThat(document.place(InputProblem.at("edge.accessEdge", "not a valid FQDN")))
        .isEqualTo(new InputProblem("edge.accessEdge", 6, 3, "not a valid FQDN"));
    assertThat(document.place(InputProblem.at("edge.addressing", "is required")))
        .isEqualTo(new InputProblem("edge.addressing", 5, 3, "is required"));
    assertThat(document.place(InputProblem.at("edge.webConferencingEdge", "is required")))
        .isEqualTo(new InputProblem("edge.webConferencingEdge", 3, 1, "is required"));
  }

  @Test
  void givenJson_place_putsAValueProblemOnItsKeyAndAMissingKeyOnTheMisspelledOne() {
    TopologyDocument document = Documents.json(JSON);

    assertThat(document.place(InputProblem.at("edge.accessEdge", "not a valid FQDN")))
        .isEqualTo(new InputProblem("edge.accessEdge", 5, 6, "not a valid FQDN"));
    assertThat(document.place(InputProblem.at("edge.addressing", "is required")))
        .isEqualTo(new InputProblem("edge.addressing", 4, 11, "is required"));
    assertThat(document.place(InputProblem.at("edge.webConferencingEdge", "is required")))
        .isEqualTo(new InputProblem("edge.webConferencingEdge", 3, 2, "is required"));
    assertThat(document.place(InputProblem.at("", "the whole document")))
        .isEqualTo(new InputProblem("", 1, 1, "the whole document"));
  }
}
