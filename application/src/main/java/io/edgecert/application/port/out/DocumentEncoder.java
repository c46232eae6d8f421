package io.edgecert.application.port.out;

import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.probe.ProbeReport;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Driven port: encodes plans, reports and rules in the JSON wire contract. */
public interface DocumentEncoder {

  String plan(CertificatePlan plan);

  /** {@link #plan} in UTF-8, as the REST API sends it (an encoder may write the bytes directly). */
  default byte[] planUtf8(CertificatePlan plan) {
    return plan(plan).getBytes(StandardCharsets.UTF_8);
  }

  String report(ValidationReport report);

  /** The report in one line of compact JSON, without a line break. */
  String reportLine(ValidationReport report);

  String rules(List<RuleId> rules);

  String probe(ProbeReport report);
}
