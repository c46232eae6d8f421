package io.edgecert.application.service;

import io.edgecert.application.port.in.ExportUseCase;
import io.edgecert.application.port.out.DocumentEncoder;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.probe.ProbeReport;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.ValidationReport;
import java.util.List;

/** Hands plans, reports and rules to the document encoder, so every adapter speaks one JSON. */
public final class ExportService implements ExportUseCase {
  private final DocumentEncoder encoder;

  public ExportService(DocumentEncoder encoder) {
    this.encoder = encoder;
  }

  @Override
  public String planJson(CertificatePlan plan) {
    return encoder.plan(plan);
  }

  @Override
  public byte[] planJsonUtf8(CertificatePlan plan) {
    return encoder.planUtf8(plan);
  }

  @Override
  public String reportJson(ValidationReport report) {
    return encoder.report(report);
  }

  @Override
  public String reportLine(ValidationReport report) {
    return encoder.reportLine(report);
  }

  @Override
  public String rulesJson(List<RuleId> rules) {
    return encoder.rules(rules);
  }

  @Override
  public String probeJson(ProbeReport report) {
    return encoder.probe(report);
  }
}
