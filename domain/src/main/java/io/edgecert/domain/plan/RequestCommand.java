package io.edgecert.domain.plan;

import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * The Request-CsCertificate line that requests a planned certificate offline (PS-REQ-001): -Type
 * with its usages, -DomainName with its SANs, -PrivateKeyExportable and -ClientEku only where
 * required.
 */
final class RequestCommand {
  static final String CLIENT_EKU_TEMPLATE = "<template that allows Client Authentication>";

  private RequestCommand() {}

  static String of(PlannedCertificate certificate) {
    StringJoiner line = new StringJoiner(" ");
    line.add("Request-CsCertificate -New");
    line.add(
        "-Type "
            + certificate.usages().stream()
                .map(UsageType::typeName)
                .collect(Collectors.joining(",")));
    line.add("-Output \"C:\\Certificates\\edge-" + certificate.id().code() + ".req\"");
    line.add("-FriendlyName \"" + certificate.id().friendlyName() + "\"");
    line.add(keyParameters(certificate.key()));
    if (certificate.privateKeyExportable()) {
      line.add("-PrivateKeyExportable $true");
    }
    if (certificate.requires(ExtendedKeyUsage.CLIENT_AUTH)) {
      line.add("-ClientEku $true -Template \"" + CLIENT_EKU_TEMPLATE + "\"");
    }
    if (!certificate.subjectAlternativeNames().isEmpty()) {
      line.add("-DomainName \"" + String.join(",", certificate.dnsNames()) + "\"");
    }
    return line.toString();
  }

  private static String keyParameters(KeySpec key) {
    if (key.algorithm().isElliptic()) {
      return "-KeyAlg " + key.algorithm().powerShellName();
    }
    return "-KeySize " + key.size();
  }
}
