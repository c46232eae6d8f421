package io.edgecert.cli;

import io.edgecert.application.port.in.ExportUseCase;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.ValidationReport;
import java.util.List;

/** An encoder stand-in whose output names what it was given, so tests can tell it apart. */
final class FakeExportUseCase implements ExportUseCase {

  @Override
  public String planJson(CertificatePlan plan) {
    return "{\"plan\":" + plan.certificates().size() + ",\"asOf\":\"" + plan.asOf() + "\"}";
  }

  @Override
  public String reportJson(ValidationReport report) {
    return "{\"verdict\":\"" + report.verdict().code() + "\"}";
  }

  @Override
  public String reportLine(ValidationReport report) {
    return "{\"verdict\":\""
        + report.verdict().code()
        + "\",\"certificates\":"
        + report.certificates().size()
        + "}";
  }

  @Override
  public String rulesJson(List<RuleId> rules) {
    return "{\"rules\":" + rules + "}";
  }

  @Override
  public String probeJson(io.edgecert.domain.probe.ProbeReport report) {
    return "{\"probe\":\"" + report.verdict().code() + "\"}";
  }
}
