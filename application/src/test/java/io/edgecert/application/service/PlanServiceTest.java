package io.edgecert.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.edgecert.application.port.in.PlanCommand;
import io.edgecert.application.port.in.TopologySource;
import io.edgecert.application.port.out.TopologyDocument;
import io.edgecert.domain.InputProblem;
import io.edgecert.domain.InvalidInputException;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.topology.Addressing;
import io.edgecert.domain.topology.CertificateOptions;
import io.edgecert.domain.topology.EdgeLayout;
import io.edgecert.domain.topology.Product;
import io.edgecert.domain.topology.TopologyDraft;
import io.edgecert.domain.topology.TopologyDraft.EdgeDraft;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanServiceTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
  private static final TopologySource SOURCE =
      new TopologySource(
          "topology.yaml",
          "version: 1".getBytes(StandardCharsets.UTF_8),
          TopologySource.Syntax.AUTO);

  private static TopologyDraft topology(String accessEdge) {
    EdgeDraft edge =
        new EdgeDraft(
            EdgeLayout.SINGLE,
            Addressing.PUBLIC,
            accessEdge,
            "webcon.contoso.com",
            null,
            "lsedge.contoso.net",
            List.of());
    return new TopologyDraft(
        1,
        Product.LYNC_2013,
        List.of("contoso.com"),
        edge,
        null,
        CertificateOptions.defaults(),
        List.of());
  }

  @Test
  void givenAValidTopology_plan_usesTodayFromTheClock() {
    FakeTopologyReader reader =
        new FakeTopologyReader(
            new TopologyDocument(topology("sip.contoso.com"), List.of(), Map.of()));

    CertificatePlan plan = new PlanService(reader, CLOCK).plan(new PlanCommand(SOURCE, null));

    assertThat(plan.asOf()).isEqualTo(LocalDate.of(2026, 11, 25));
    assertThat(plan.certificate(CertificateRole.EXTERNAL).orElseThrow().subjectName())
        .isEqualTo("sip.contoso.com");
    assertThat(reader.read).containsExactly(SOURCE);
  }

  @Test
  void givenAnAsOfDate_plan_evaluatesAdvisoriesAsOfIt() {
    FakeTopologyReader reader =
        new FakeTopologyReader(
            new TopologyDocument(topology("sip.contoso.com"), List.of(), Map.of()));
    LocalDate asOf = LocalDate.of(2014, 1, 1);
    assertThat(new PlanService(reader, CLOCK).plan(new PlanCommand(SOURCE, asOf)).asOf())
        .isEqualTo(asOf);
  }

  @Test
  void givenStructuralAndSemanticProblems_plan_reportsThemAllOnTheirLines() {
    TopologyDocument document =
        new TopologyDocument(
            topology("sip_contoso.com"),
            List.of(new InputProblem("edge.layuot", 3, "unknown key \"layuot\"")),
            Map.of("edge.accessEdge", 7, "edge", 2));

    assertThatThrownBy(
            () ->
                new PlanService(new FakeTopologyReader(document), CLOCK)
                    .plan(new PlanCommand(SOURCE, null)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(InvalidInputException.Kind.INVALID);
              assertThat(e.getMessage())
                  .isEqualTo(
                      "topology.yaml:3 edge.layuot: unknown key \"layuot\"\n"
                          + "topology.yaml:7 edge.accessEdge: \"sip_contoso.com\" is not a valid FQDN (label "
                          + "\"sip_contoso\" contains \"_\"; only letters, digits and hyphens are allowed (FQDN-001))");
            });
  }

  @Test
  void givenColumns_plan_placesTheValidatorsProblemsOnTheLineAndColumnOfTheirPathOrParent() {
    EdgeDraft edge =
        new EdgeDraft(
            EdgeLayout.SINGLE,
            Addressing.NAT,
            "sip_contoso.com",
            null,
            null,
            "lsedge.contoso.net",
            List.of());
    TopologyDraft topology =
        new TopologyDraft(1, null, List.of("contoso.com"), edge, null, null, null);
    TopologyDocument document =
        new TopologyDocument(
            topology,
            List.of(),
            Map.of("", 1, "edge", 3, "edge.accessEdge", 6),
            Map.of("", 1, "edge", 2, "edge.accessEdge", 5));

    assertThatThrownBy(
            () ->
                new PlanService(new FakeTopologyReader(document), CLOCK)
                    .plan(new PlanCommand(SOURCE, null)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(InputProblem::path, InputProblem::line, InputProblem::column)
                    .containsExactly(
                        tuple("edge.webConferencingEdge", 3, 2), tuple("edge.accessEdge", 6, 5)));
  }

  @Test
  void givenAFieldTheReaderAlreadyRejected_plan_doesNotReportItTwice() {
    EdgeDraft edge =
        new EdgeDraft(
            null,
            Addressing.NAT,
            "sip.contoso.com",
            "webcon.contoso.com",
            null,
            "lsedge.contoso.net",
            List.of());
    TopologyDraft topology =
        new TopologyDraft(1, null, List.of("contoso.com"), edge, null, null, null);
    TopologyDocument document =
        new TopologyDocument(
            topology,
            List.of(
                new InputProblem("edge.layout", 4, "expected single | scaled-dns | scaled-hlb")),
            Map.of());

    assertThatThrownBy(
            () ->
                new PlanService(new FakeTopologyReader(document), CLOCK)
                    .plan(new PlanCommand(SOURCE, null)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(InputProblem::path)
                    .containsExactly("edge.layout"));
  }
}
