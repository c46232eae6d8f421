package io.edgecert.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.edgecert.application.port.in.ExportUseCase;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.ValidationReport;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A stand-in for the JSON encoder that writes every field of the wire contract (compact, not in the
 * encoder's layout), so that answers can be checked against the OpenAPI document; it keeps the last
 * document it wrote.
 */
final class FakeExport implements ExportUseCase {
  private final ObjectMapper mapper = new ObjectMapper();
  final AtomicReference<String> last = new AtomicReference<>();

  @Override
  public String planJson(CertificatePlan plan) {
    ObjectNode json = mapper.createObjectNode().put("product", plan.product().code());
    json.put("asOf", plan.asOf().toString());
    plan.certificates()
        .forEach(c -> FakeTrees.certificate(json.withArray("certificates").addObject(), c));
    ArrayNode advisories = json.putArray("advisories");
    plan.advisories()
        .forEach(
            a ->
                advisories
                    .addObject()
                    .put("rule", a.rule().id())
                    .put("severity", a.severity().code())
                    .put("message", a.message()));
    return remember(json);
  }

  @Override
  public String reportJson(ValidationReport report) {
    ObjectNode json = mapper.createObjectNode().put("verdict", report.verdict().code());
    json.put("at", report.at().toString());
    report
        .certificates()
        .forEach(c -> FakeTrees.report(json.withArray("certificates").addObject(), c));
    return remember(json);
  }

  @Override
  public String reportLine(ValidationReport report) {
    return reportJson(report);
  }

  @Override
  public String rulesJson(List<RuleId> rules) {
    ObjectNode json = mapper.createObjectNode();
    ArrayNode array = json.putArray("rules");
    rules.forEach(rule -> FakeTrees.rule(array.addObject(), rule));
    return remember(json);
  }

  @Override
  public String probeJson(io.edgecert.domain.probe.ProbeReport report) {
    ObjectNode json = mapper.createObjectNode().put("verdict", report.verdict().code());
    json.put("at", report.at().toString());
    json.putArray("dns");
    json.putArray("endpoints");
    return remember(json);
  }

  private String remember(ObjectNode json) {
    String text = json.toString();
    last.set(text);
    return text;
  }
}
