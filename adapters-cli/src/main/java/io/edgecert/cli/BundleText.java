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

  static final String TRIPLE_DES =
      "3DES and SHA-1 MAC (every Windows Server that runs Lync Server 2013 or Skype for"
          + " Business Server imports it)";
  static final String AES_256 =
      "AES-256 and SHA-256 MAC (PBES2: Windows Server 2019 or later only; older ones report a"
          + " wrong password)";

  static String summary(CertificateBundle bundle, Path out, boolean tripleDes) {
    StringBuilder text = new StringBuilder("Wrote ").append(out).append(" (PKCS#12, owner-only)\n");
    text.append("  protection:    ").append(tripleDes ? TRIPLE_DES : AES_256).append('\n');
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
    bundle.forced().ifPresent(refusal -> text.append(BundleRefusals.forced(refusal)));
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
