package io.edgecert.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.edgecert.application.port.in.PlanCommand;
import io.edgecert.application.port.in.TopologySource;
import io.edgecert.application.service.PlanService;
import io.edgecert.domain.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Fuzzes the topology reader, and the planner behind it, with any bytes read as YAML and as JSON.
 * The contract: a document is planned or refused with {@link InvalidInputException}; any other
 * exception or error escaping is a finding. In {@code mvn verify} only the seed corpus ({@code
 * TopologyReaderFuzzTestInputs/yaml} and {@code json}: the documentation's examples and broken
 * documents) runs; {@code scripts/fuzz.sh topology-yaml SECONDS} fuzzes for real.
 */
class TopologyReaderFuzzTest {
  private static final PlanService PLANS =
      new PlanService(
          new JacksonTopologyReader(),
          Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));

  @FuzzTest
  void yaml(byte[] content) {
    plan(content, TopologySource.Syntax.YAML);
  }

  @FuzzTest
  void json(byte[] content) {
    plan(content, TopologySource.Syntax.JSON);
  }

  private static void plan(byte[] content, TopologySource.Syntax syntax) {
    if (content == null) {
      return;
    }
    try {
      PLANS.plan(new PlanCommand(new TopologySource("fuzz", content, syntax), null));
    } catch (InvalidInputException expected) {
      // the documented answer to a bad topology
    }
  }
}
