package io.edgecert.application.service;

import io.edgecert.domain.plan.UsageType;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The lines to run on every Edge Server that gets the bundle, each working as printed: the PFX
 * password read without echo as a SecureString, Import-PfxCertificate (which takes a SecureString,
 * unlike Import-CsCertificate's String -Password) into the local computer store, then
 * Set-CsCertificate of its usages by thumbprint (PS-SET-001).
 */
final class PowerShellLines {
  static final String FOLDER = "C:\\Certificates\\";
  static final String ANY_USAGES =
      "<AccessEdgeExternal,DataEdgeExternal,AudioVideoAuthentication|Internal>";

  private PowerShellLines() {}

  static List<String> of(String pfxFileName, BundleTarget target, String thumbprint) {
    String fileName = Path.of(pfxFileName).getFileName().toString();
    return List.of(
        where(target),
        "$pfxPassword = Read-Host -AsSecureString -Prompt \"Password of " + fileName + "\"",
        importLine(fileName),
        "Set-CsCertificate -Type " + types(target.usages()) + " -Thumbprint " + thumbprint);
  }

  private static String where(BundleTarget target) {
    if (target.servers().isEmpty()) {
      return "# Run on every Edge Server that uses this certificate (each pool member):";
    }
    return "# Run on each of: " + String.join(", ", target.servers());
  }

  /** Always -Exportable: the key was kept in a file off the Edge (EXT-KEY-003). */
  private static String importLine(String fileName) {
    return "Import-PfxCertificate -FilePath "
        + FOLDER
        + fileName
        + " -CertStoreLocation Cert:\\LocalMachine\\My -Password $pfxPassword -Exportable";
  }

  private static String types(List<UsageType> usages) {
    if (usages.isEmpty()) {
      return ANY_USAGES;
    }
    return usages.stream().map(UsageType::typeName).collect(Collectors.joining(","));
  }
}
