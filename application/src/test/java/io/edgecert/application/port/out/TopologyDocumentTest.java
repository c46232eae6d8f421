package io.edgecert.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.InputProblem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopologyDocumentTest {
  private final TopologyDocument document =
      new TopologyDocument(
          null,
          List.of(),
          Map.of("", 1, "edge", 3, "edge.servers", 7, "edge.servers[1]", 9),
          Map.of("", 1, "edge", 1, "edge.servers", 3, "edge.servers[1]", 7));

  @Test
  void givenAPathWithAPlace_lineOfAndColumnOf_giveItsOwn() {
    assertThat(document.lineOf("edge.servers[1]")).isEqualTo(9);
    assertThat(document.columnOf("edge.servers[1]")).isEqualTo(7);
  }

  @Test
  void givenAPathWithoutAPlace_lineOfAndColumnOf_giveTheNearestParentsOrTheRoots() {
    assertThat(document.lineOf("edge.servers[4]")).isEqualTo(7);
    assertThat(document.columnOf("edge.servers[4]")).isEqualTo(3);
    assertThat(document.lineOf("edge.internal.fqdn")).isEqualTo(3);
    assertThat(document.lineOf("federation")).isEqualTo(1);
    assertThat(document.columnOf("[2]")).isEqualTo(1);
  }

  @Test
  void givenADocumentWithoutPlaces_lineOfAndColumnOf_giveZero() {
    TopologyDocument unplaced = new TopologyDocument(null, List.of(), Map.of());

    assertThat(unplaced.lineOf("edge")).isZero();
    assertThat(unplaced.columnOf("edge")).isZero();
  }

  @Test
  void givenAProblem_place_putsItOnTheLineAndColumnOfItsPath() {
    InputProblem placed = document.place(InputProblem.at("edge.servers[3]", "not an FQDN"));

    assertThat(placed.line()).isEqualTo(7);
    assertThat(placed.column()).isEqualTo(3);
    assertThat(placed.message()).isEqualTo("not an FQDN");
  }
}
