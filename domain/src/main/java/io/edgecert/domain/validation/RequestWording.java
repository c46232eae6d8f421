package io.edgecert.domain.validation;

import java.util.regex.Pattern;

/**
 * Findings on a certificate request (PKCS#10) speak of "the request", not "the certificate", so the
 * admin sees that the request already breaks the rule, before any CA has signed it: "the
 * certificate" becomes "the request", and a message that names neither starts "in the request, ".
 */
final class RequestWording {
  private static final Pattern CERTIFICATE =
      Pattern.compile("\\b(the|this) certificate\\b(?! request)", Pattern.CASE_INSENSITIVE);
  private static final Pattern REQUEST = Pattern.compile("\\brequest\\b", Pattern.CASE_INSENSITIVE);

  private RequestWording() {}

  static Finding of(Finding finding) {
    String message = CERTIFICATE.matcher(finding.message()).replaceAll("$1 request");
    if (!REQUEST.matcher(message).find()) {
      message = "in the request, " + message;
    }
    return new Finding(
        finding.rule(),
        finding.status(),
        finding.severity(),
        message,
        finding.expected(),
        finding.actual(),
        finding.sources());
  }
}
