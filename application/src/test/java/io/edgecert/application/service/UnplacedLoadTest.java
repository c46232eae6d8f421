package io.edgecert.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.edgecert.application.port.in.PlanCommand;
import io.edgecert.application.port.in.TopologySource;
import io.edgecert.application.port.out.TopologyDocument;
import io.edgecert.application.port.out.TopologyReader;
import io.edgecert.domain.InputProblem;
import io.edgecert.domain.InvalidInputException;
import io.edgecert.domain.topology.TopologyDraft;
import io.edgecert.domain.topology.TopologyDraft.EdgeDraft;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A topology is read once without places. A structural problem comes placed from that read (the
 * port's contract); only a problem the validator alone finds makes it read again, placed, so that
 * every problem is named on its line and column.
 */
class UnplacedLoadTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC);
  private static final TopologySource SOURCE =
      new TopologySource(
          "topology.yaml", "ignored".getBytes(StandardCharsets.UTF_8), TopologySource.Syntax.YAML);

  /** Answers readUnplaced and read with two different documents and counts the calls. */
  private record TwoWayReader(
      TopologyDocument unplaced, TopologyDocument placed, List<String> calls)
      implements TopologyReader {
    TwoWayReader(TopologyDocument unplaced, TopologyDocument placed) {
      this(unplaced, placed, new ArrayList<>());
    }

    @Override
    public TopologyDocument readUnplaced(TopologySource source) {
      calls.add("unplaced");
      return unplaced;
    }

    @Override
    public TopologyDocument read(TopologySource source) {
      calls.add("placed");
      return placed;
    }
  }

  @Test
  void givenAValidTopology_plan_readsItOnceWithoutPlaces() {
    TwoWayReader reader =
        new TwoWayReader(
            new TopologyDocument(TopologyDraft.of(EdgeSamples.topology()), List.of(), Map.of()),
            null);

    new PlanService(reader, CLOCK).plan(new PlanCommand(SOURCE, null));

    assertThat(reader.calls()).containsExactly("unplaced");
  }

  @Test
  void givenAProblemOnlyTheValidatorFinds_plan_readsAgainAndPlacesIt() {
    TopologyDraft draft = withAccessEdge("sip_contoso.com");
    TwoWayReader reader =
        new TwoWayReader(
            new TopologyDocument(draft, List.of(), Map.of()),
            new TopologyDocument(
                draft, List.of(), Map.of("edge.accessEdge", 6), Map.of("edge.accessEdge", 15)));

    assertThatThrownBy(() -> new PlanService(reader, CLOCK).plan(new PlanCommand(SOURCE, null)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(InputProblem::path, InputProblem::line, InputProblem::column)
                    .containsExactly(tuple("edge.accessEdge", 6, 15)));
    assertThat(reader.calls()).containsExactly("unplaced", "placed");
  }

  @Test
  void givenAStructuralProblem_plan_reportsTheProblemsOfTheOneRead() {
    TopologyDraft draft = withAccessEdge("sip_contoso.com");
    InputProblem structural = new InputProblem("edge.layuot", 3, "unknown key \"layuot\"");
    TwoWayReader reader =
        new TwoWayReader(
            new TopologyDocument(
                draft,
                List.of(structural),
                Map.of("edge.layuot", 3, "edge.accessEdge", 6),
                Map.of("edge.accessEdge", 15)),
            null);

    assertThatThrownBy(() -> new PlanService(reader, CLOCK).plan(new PlanCommand(SOURCE, null)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(InputProblem::path, InputProblem::line)
                    .containsExactly(tuple("edge.layuot", 3), tuple("edge.accessEdge", 6)));
    assertThat(reader.calls()).containsExactly("unplaced");
  }

  private static TopologyDraft withAccessEdge(String accessEdge) {
    TopologyDraft valid = TopologyDraft.of(EdgeSamples.topology());
    EdgeDraft edge = valid.edge();
    return new TopologyDraft(
        valid.version(),
        valid.product(),
        valid.sipDomains(),
        new EdgeDraft(
            edge.layout(),
            edge.addressing(),
            accessEdge,
            edge.webConferencingEdge(),
            edge.avEdge(),
            edge.internal(),
            edge.servers()),
        valid.federation(),
        valid.certificates(),
        valid.hybridOnlineSipDomains());
  }
}
