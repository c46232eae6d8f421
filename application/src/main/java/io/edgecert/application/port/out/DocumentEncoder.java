package io.edgecert.application.port.out;

import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.probe.ProbeReport;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.ValidationReport;
import java.util.List;

/** Driven port: encodes plans, reports and rules in the JSON wire contract. */
public interface DocumentEncoder {

  String plan(CertificatePlan plan);

  String report(ValidationReport report);

  /** The report in one line of compact JSON, without a line break. */
  String reportLine(ValidationReport report);

  String rules(List<RuleId> rules);

  String probe(ProbeReport report);
}
