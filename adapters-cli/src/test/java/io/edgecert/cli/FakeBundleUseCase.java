package io.edgecert.cli;

import io.edgecert.application.port.in.BundleCommand;
import io.edgecert.application.port.in.BundleRefusal;
import io.edgecert.application.port.in.BundleUseCase;
import io.edgecert.application.port.in.CertificateBundle;
import io.edgecert.application.port.in.InputFile;
import io.edgecert.application.port.in.InspectKeyUseCase;
import io.edgecert.domain.validation.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A bundle use case that remembers the command and its secrets, and packs a readable marker. */
final class FakeBundleUseCase implements BundleUseCase, InspectKeyUseCase {
  static final String THUMBPRINT = "0123456789ABCDEF0123456789ABCDEF01234567";
  BundleCommand command;
  String keyPassphrase;
  String pfxPassword;
  ValidationReport report;
  RuntimeException failure;
  BundleRefusal forced;

  /** As the x509 adapter would tell it of the test's PEM texts. */
  @Override
  public boolean encrypted(InputFile key) {
    return new String(key.content(), StandardCharsets.US_ASCII).contains("BEGIN ENCRYPTED");
  }

  @Override
  public CertificateBundle bundle(BundleCommand command) {
    this.command = command;
    keyPassphrase = command.keyPassphrase() == null ? null : new String(command.keyPassphrase());
    pfxPassword = new String(command.pfxPassword());
    if (failure != null) {
      throw failure;
    }
    return new CertificateBundle(
        ("PFX for " + command.certificate().name()).getBytes(StandardCharsets.UTF_8),
        THUMBPRINT,
        "External Edge Certificate",
        List.of("CN=sip.contoso.com", "CN=Issuing CA", "CN=Root"),
        null,
        List.of(
            "# Run on each of: edge1.contoso.net, edge2.contoso.net",
            "Set-CsCertificate -Type AccessEdgeExternal -Thumbprint " + THUMBPRINT),
        report,
        forced);
  }
}
