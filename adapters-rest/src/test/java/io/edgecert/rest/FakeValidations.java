package io.edgecert.rest;

import io.edgecert.application.port.in.CertificateSource;
import io.edgecert.application.port.in.ValidateCommand;
import io.edgecert.application.port.in.ValidateUseCase;
import io.edgecert.domain.InvalidInputException;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.CertificateReport;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A validator whose report shows what it was given: each certificate's source name, role and the
 * SHA-1 of its bytes as thumbprint; content "FAIL" fails a must-rule, "UNREADABLE" is refused.
 */
final class FakeValidations implements ValidateUseCase {
  static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
  static final String UNREADABLE = "UNREADABLE";

  final AtomicReference<ValidateCommand> last = new AtomicReference<>();

  @Override
  public ValidationReport validate(ValidateCommand command) {
    last.set(command);
    Cues.act(
        new String(command.topology().content(), StandardCharsets.UTF_8),
        command.topology().name());
    Instant at = command.at() == null ? NOW : command.at();
    return new ValidationReport(
        at, command.certificates().stream().map(FakeValidations::report).toList());
  }

  private static CertificateReport report(CertificateSource source) {
    String content = new String(source.content(), StandardCharsets.ISO_8859_1);
    if (content.contains(UNREADABLE)) {
      throw new InvalidInputException(
          source.name(),
          InvalidInputException.Kind.INVALID,
          "not a certificate, PKCS#7, PKCS#12 or certificate request");
    }
    FindingStatus status = content.contains("FAIL") ? FindingStatus.FAIL : FindingStatus.PASS;
    Finding finding =
        Finding.of(RuleId.GEN_EKU_001, status, "server authentication EKU", null, null);
    CertificateRole role = source.role() == null ? CertificateRole.EXTERNAL : source.role();
    return new CertificateReport(
        role, source.name(), "CN=test", thumbprint(source.content()), java.util.List.of(finding));
  }

  /** The SHA-1 of {@code content} in upper-case hex, the form of a certificate's thumbprint. */
  static String thumbprint(byte[] content) {
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      return HexFormat.of().withUpperCase().formatHex(sha1.digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
