package io.edgecert.application.port.in;

import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.probe.ProbeReport;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Driving port: the JSON wire contract of plans, reports and rules, the same for CLI and REST. */
public interface ExportUseCase {

  String planJson(CertificatePlan plan);

  /** {@link #planJson} in UTF-8, as the REST API sends it. */
  default byte[] planJsonUtf8(CertificatePlan plan) {
    return planJson(plan).getBytes(StandardCharsets.UTF_8);
  }

  String reportJson(ValidationReport report);

  /** The report as one line of compact JSON, ending in no line break (for JSON lines). */
  String reportLine(ValidationReport report);

  String rulesJson(List<RuleId> rules);

  String probeJson(ProbeReport report);
}
