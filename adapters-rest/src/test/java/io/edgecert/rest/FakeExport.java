package io.edgecert.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.edgecert.application.port.in.ExportUseCase;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.CertificateReport;
import io.edgecert.domain.validation.ValidationReport;
import java.util.List;

/** A small stand-in for the JSON encoder: enough of each document for the tests to read back. */
final class FakeExport implements ExportUseCase {
  private final ObjectMapper mapper = new ObjectMapper();

  @Override
  public String planJson(CertificatePlan plan) {
    ObjectNode json = mapper.createObjectNode().put("product", plan.product().code());
    json.put("asOf", plan.asOf().toString());
    ArrayNode certificates = json.putArray("certificates");
    plan.certificates()
        .forEach(
            c ->
                certificates
                    .addObject()
                    .put("id", c.id().code())
                    .put("subjectName", c.subjectName()));
    return json.toString();
  }

  @Override
  public String reportJson(ValidationReport report) {
    ObjectNode json = mapper.createObjectNode().put("at", report.at().toString());
    json.put("verdict", report.verdict().code());
    ArrayNode certificates = json.putArray("certificates");
    report.certificates().forEach(c -> certificates.add(certificate(c)));
    return json.toString();
  }

  @Override
  public String rulesJson(List<RuleId> rules) {
    ArrayNode json = mapper.createArrayNode();
    rules.forEach(r -> json.addObject().put("id", r.id()).put("severity", r.severity().name()));
    return json.toString();
  }

  private ObjectNode certificate(CertificateReport report) {
    ObjectNode json = mapper.createObjectNode().put("role", report.role().code());
    json.put("file", report.file()).put("thumbprint", report.thumbprint());
    return json.put("verdict", report.verdict().code());
  }
}
