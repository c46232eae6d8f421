package io.edgecert.application.service;

import io.edgecert.domain.plan.UsageType;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The lines to run on every Edge Server that gets the bundle: Import-CsCertificate of the PFX
 * (PS-IMP-001) and Set-CsCertificate of its usages by thumbprint (PS-SET-001).
 */
final class PowerShellLines {
  static final String FOLDER = "C:\\Certificates\\";
  static final String ANY_USAGES =
      "<AccessEdgeExternal,DataEdgeExternal,AudioVideoAuthentication|Internal>";

  private PowerShellLines() {}

  static List<String> of(String pfxFileName, BundleTarget target, String thumbprint) {
    return List.of(
        where(target),
        importLine(pfxFileName, target.exportable()),
        "Set-CsCertificate -Type " + types(target.usages()) + " -Thumbprint " + thumbprint);
  }

  private static String where(BundleTarget target) {
    if (target.servers().isEmpty()) {
      return "# Run on every Edge Server that uses this certificate (each pool member):";
    }
    return "# Run on each of: " + String.join(", ", target.servers());
  }

  private static String importLine(String pfxFileName, boolean exportable) {
    String fileName = Path.of(pfxFileName).getFileName().toString();
    return "Import-CsCertificate -Path "
        + FOLDER
        + fileName
        + " -Password (Read-Host -AsSecureString)"
        + (exportable ? " -PrivateKeyExportable $true" : "");
  }

  private static String types(List<UsageType> usages) {
    if (usages.isEmpty()) {
      return ANY_USAGES;
    }
    return usages.stream().map(UsageType::typeName).collect(Collectors.joining(","));
  }
}
