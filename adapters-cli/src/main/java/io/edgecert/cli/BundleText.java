package io.edgecert.cli;

import io.edgecert.application.port.in.CertificateBundle;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.ValidationReport;
import io.edgecert.domain.validation.Verdict;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What bundle prints: the file written, the chain, the validation outcome and the PowerShell. */
final class BundleText {

  private BundleText() {}

  static String summary(CertificateBundle bundle, Path out) {
    StringBuilder text = new StringBuilder("Wrote ").append(out).append(" (PKCS#12, owner-only)\n");
    text.append("  friendly name: ").append(bundle.friendlyName()).append('\n');
    text.append("  thumbprint:    ").append(bundle.thumbprint()).append('\n');
    text.append("  chain:         ")
        .append(String.join("\n                 ", bundle.chain()))
        .append('\n');
    if (bundle.missingIssuer() != null) {
      text.append("  WARNING: the chain is incomplete; the issuer \"")
          .append(bundle.missingIssuer())
          .append("\" must already be trusted on every Edge Server\n");
    }
    bundle.validation().ifPresent(report -> validation(text, report));
    text.append('\n');
    bundle.powerShell().forEach(line -> text.append(line).append('\n'));
    return text.toString();
  }

  private static void validation(StringBuilder text, ValidationReport report) {
    List<Finding> notable =
        report.certificates().stream()
            .flatMap(certificate -> certificate.findings().stream())
            .filter(f -> f.status() == FindingStatus.FAIL || f.status() == FindingStatus.WARN)
            .toList();
    text.append("  validation:    ")
        .append(report.verdict().code())
        .append(report.verdict() == Verdict.FAIL ? " (written anyway: --force)" : "")
        .append('\n');
    for (Finding finding : notable) {
      String status = finding.status().code().toUpperCase(Locale.ROOT);
      text.append(
          String.format("    %-5s %-12s %s%n", status, finding.rule().id(), finding.message()));
    }
  }
}
