package io.edgecert.application.service;

import io.edgecert.domain.InputProblem;
import io.edgecert.domain.validation.CertificateReport;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.PlanNotSatisfiedException;
import java.util.ArrayList;
import java.util.List;

/** The refusal to bundle a certificate that fails a must-rule of its planned certificate. */
final class ValidationRefusal {

  private ValidationRefusal() {}

  static PlanNotSatisfiedException of(String file, String topologyName, CertificateReport report) {
    List<InputProblem> problems = new ArrayList<>();
    problems.add(
        InputProblem.of(
            "the certificate does not satisfy the plan of "
                + topologyName
                + " for the "
                + report.role().code()
                + " certificate; nothing was bundled "
                + "(--force bundles it anyway)"));
    report.findings().stream()
        .filter(Finding::breaksVerdict)
        .forEach(f -> problems.add(InputProblem.at(f.rule().id(), describe(f))));
    return new PlanNotSatisfiedException(file, problems);
  }

  private static String describe(Finding finding) {
    StringBuilder text = new StringBuilder(finding.message());
    if (finding.expected() != null) {
      text.append(" (expected: ").append(finding.expected());
      text.append(finding.actual() != null ? "; found: " + finding.actual() + ")" : ")");
    }
    return text.toString();
  }
}
