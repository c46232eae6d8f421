package io.edgecert.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputProblemTest {

  @ParameterizedTest(name = "path ''{0}'' line {1} -> {2}")
  @CsvSource({
    "edge.accessEdge, 7, topology.yaml:7 edge.accessEdge: is not an FQDN",
    "edge.accessEdge, 1, topology.yaml:1 edge.accessEdge: is not an FQDN",
    "edge.accessEdge, 0, topology.yaml edge.accessEdge: is not an FQDN",
    "'',              3, 'topology.yaml:3: is not an FQDN'",
    "'',              0, 'topology.yaml: is not an FQDN'"
  })
  void givenPathAndLine_describe_namesTheSourceLineAndFieldBeforeTheMessage(
      String path, int line, String described) {
    assertThat(new InputProblem(path, line, "is not an FQDN").describe("topology.yaml"))
        .isEqualTo(described);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "edge.accessEdge, /edge/accessEdge",
    "sipDomains[1],   /sipDomains/1",
    "a~b/c,           /a~0b~1c",
    "'',              ''"
  })
  void givenAPath_pointer_isItsJsonPointer(String path, String pointer) {
    assertThat(InputProblem.at(path, "bad").pointer()).isEqualTo(pointer);
  }

  @Test
  void givenAProblem_onLineAndAt_placeItKeepingPathAndMessage() {
    InputProblem problem = InputProblem.at("edge.internal", "is missing");

    assertThat(problem.onLine(4)).isEqualTo(new InputProblem("edge.internal", 4, 0, "is missing"));
    assertThat(problem.at(4, 9)).isEqualTo(new InputProblem("edge.internal", 4, 9, "is missing"));
    assertThat(problem.at(4, 9).onLine(5))
        .isEqualTo(new InputProblem("edge.internal", 5, 9, "is missing"));
  }
}
