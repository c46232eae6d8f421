package io.edgecert.x509.request;

import io.edgecert.domain.plan.ExtendedKeyUsage;
import io.edgecert.domain.plan.PlannedCertificate;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * The extensions a request asks for: SAN dNSNames in plan order (none when the plan has none), the
 * planned EKUs, and key usage digitalSignature plus keyEncipherment for RSA keys.
 */
final class RequestExtensions {

  private RequestExtensions() {}

  static Extensions of(PlannedCertificate certificate, boolean elliptic) {
    ExtensionsGenerator extensions = new ExtensionsGenerator();
    try {
      if (!certificate.dnsNames().isEmpty()) {
        extensions.addExtension(Extension.subjectAlternativeName, false, names(certificate));
      }
      extensions.addExtension(Extension.extendedKeyUsage, false, usages(certificate));
      int keyUsage =
          elliptic
              ? KeyUsage.digitalSignature
              : KeyUsage.digitalSignature | KeyUsage.keyEncipherment;
      extensions.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return extensions.generate();
  }

  private static GeneralNames names(PlannedCertificate certificate) {
    return new GeneralNames(
        certificate.dnsNames().stream()
            .map(name -> new GeneralName(GeneralName.dNSName, name))
            .toArray(GeneralName[]::new));
  }

  private static org.bouncycastle.asn1.x509.ExtendedKeyUsage usages(
      PlannedCertificate certificate) {
    return new org.bouncycastle.asn1.x509.ExtendedKeyUsage(
        certificate.extendedKeyUsages().stream()
            .map(RequestExtensions::purpose)
            .toArray(KeyPurposeId[]::new));
  }

  private static KeyPurposeId purpose(ExtendedKeyUsage usage) {
    return usage == ExtendedKeyUsage.CLIENT_AUTH
        ? KeyPurposeId.id_kp_clientAuth
        : KeyPurposeId.id_kp_serverAuth;
  }
}
