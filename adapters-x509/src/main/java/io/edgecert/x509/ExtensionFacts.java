package io.edgecert.x509;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;

/** The extension values the rules read, from a certificate or a request's extensionRequest. */
record ExtensionFacts(
    List<String> dnsNames,
    List<String> otherNames,
    boolean extendedKeyUsagePresent,
    List<String> extendedKeyUsageOids,
    List<String> keyUsages,
    boolean certificateAuthority,
    List<String> crlDistributionPoints,
    List<String> authorityInformationAccess,
    List<String> criticalExtensionOids) {

  /** Reads {@code extensions}, which may be null (a v1 certificate or a request without any). */
  static ExtensionFacts of(Extensions extensions) {
    if (extensions == null) {
      return new ExtensionFacts(
          List.of(), List.of(), false, List.of(), List.of(), false, List.of(), List.of(),
          List.of());
    }
    List<String> dns = new ArrayList<>();
    List<String> other = new ArrayList<>();
    splitSubjectAltNames(extensions, dns, other);
    BasicConstraints constraints = BasicConstraints.fromExtensions(extensions);
    return new ExtensionFacts(
        dns,
        other,
        extensions.getExtension(Extension.extendedKeyUsage) != null,
        extendedKeyUsages(extensions),
        KeyUsageNames.of(extensions),
        constraints != null && constraints.isCA(),
        LocationUris.crlDistributionPoints(extensions),
        LocationUris.authorityInformationAccess(extensions),
        Arrays.stream(extensions.getCriticalExtensionOIDs())
            .map(ASN1ObjectIdentifier::getId)
            .toList());
  }

  private static void splitSubjectAltNames(
      Extensions extensions, List<String> dns, List<String> other) {
    GeneralNames names = GeneralNames.fromExtensions(extensions, Extension.subjectAlternativeName);
    if (names == null) {
      return;
    }
    for (GeneralName name : names.getNames()) {
      if (name.getTagNo() == GeneralName.dNSName) {
        dns.add(GeneralNameText.plain(name));
      } else {
        other.add(GeneralNameText.typed(name));
      }
    }
  }

  private static List<String> extendedKeyUsages(Extensions extensions) {
    ExtendedKeyUsage usage = ExtendedKeyUsage.fromExtensions(extensions);
    List<String> oids = new ArrayList<>();
    if (usage != null) {
      for (KeyPurposeId purpose : usage.getUsages()) {
        oids.add(purpose.getId());
      }
    }
    return oids;
  }
}
