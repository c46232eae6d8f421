package io.edgecert.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.application.port.in.PlanCommand;
import io.edgecert.application.port.in.TopologySource;
import io.edgecert.application.service.PlanService;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.plan.SamplePlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plan JSON, byte for byte, of every documentation example and of the sample plan (nulls and
 * empty lists), against files written by the encoder of 2026-12-02 (a Jackson tree, pretty-printed
 * by an ObjectWriter): the text for the CLI and the UTF-8 bytes for the REST API.
 */
class PlanJsonGoldenTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden-plans");
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);

  private final JacksonDocumentEncoder encoder = new JacksonDocumentEncoder();
  private final PlanService plans =
      new PlanService(
          new JacksonTopologyReader(),
          Clock.fixed(Instant.parse("2026-12-02T00:00:00Z"), ZoneOffset.UTC));

  static Stream<Path> examples() throws IOException {
    return DocumentationExamplesTest.examples();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void givenADocumentationExample_plan_writesTheGoldenBytes(Path example) throws IOException {
    String name = example.getFileName().toString();
    TopologySource.Syntax syntax =
        name.endsWith(".json") ? TopologySource.Syntax.JSON : TopologySource.Syntax.YAML;
    CertificatePlan plan =
        plans.plan(
            new PlanCommand(new TopologySource(name, Files.readAllBytes(example), syntax), AS_OF));
    String golden = name.replaceAll("\\.(yaml|json)$", name.endsWith(".json") ? ".from-json" : "");

    assertGolden(plan, golden + ".plan.json");
  }

  @Test
  void givenThePlanWithNullsAndEmptyLists_plan_writesTheGoldenBytes() throws IOException {
    assertGolden(SamplePlan.plan(AS_OF), "sample-plan.plan.json");
  }

  private void assertGolden(CertificatePlan plan, String file) throws IOException {
    byte[] golden = Files.readAllBytes(GOLDEN.resolve(file));

    assertThat(encoder.plan(plan)).isEqualTo(new String(golden, StandardCharsets.UTF_8));
    assertThat(encoder.planUtf8(plan)).isEqualTo(golden);
  }
}
