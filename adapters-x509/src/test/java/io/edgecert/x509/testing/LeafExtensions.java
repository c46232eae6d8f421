package io.edgecert.x509.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;

/** Turns a {@link LeafSpec} into X.509 extensions (also used for a request's extensionRequest). */
final class LeafExtensions {
  private static final Map<String, Integer> KEY_USAGE_BITS =
      Map.of(
          "digitalSignature",
          KeyUsage.digitalSignature,
          "nonRepudiation",
          KeyUsage.nonRepudiation,
          "keyEncipherment",
          KeyUsage.keyEncipherment,
          "dataEncipherment",
          KeyUsage.dataEncipherment,
          "keyAgreement",
          KeyUsage.keyAgreement,
          "keyCertSign",
          KeyUsage.keyCertSign,
          "cRLSign",
          KeyUsage.cRLSign,
          "encipherOnly",
          KeyUsage.encipherOnly,
          "decipherOnly",
          KeyUsage.decipherOnly);

  private LeafExtensions() {}

  /** The extensions, or null when the spec asks for none. */
  static Extensions of(LeafSpec spec) {
    try {
      ExtensionsGenerator generator = new ExtensionsGenerator();
      GeneralNames names = subjectAltNames(spec);
      if (names.getNames().length > 0) {
        generator.addExtension(Extension.subjectAlternativeName, false, names);
      }
      if (!spec.ekus.isEmpty()) {
        generator.addExtension(
            Extension.extendedKeyUsage,
            false,
            new ExtendedKeyUsage(
                spec.ekus.stream()
                    .map(oid -> KeyPurposeId.getInstance(new ASN1ObjectIdentifier(oid)))
                    .toArray(KeyPurposeId[]::new)));
      }
      if (!spec.keyUsages.isEmpty()) {
        int bits = spec.keyUsages.stream().mapToInt(KEY_USAGE_BITS::get).reduce(0, (a, b) -> a | b);
        generator.addExtension(Extension.keyUsage, true, new KeyUsage(bits));
      }
      if (spec.ca) {
        generator.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
      }
      addLocations(spec, generator);
      for (String oid : spec.criticalExtensionOids) {
        generator.addExtension(new ASN1ObjectIdentifier(oid), true, DERNull.INSTANCE);
      }
      return generator.isEmpty() ? null : generator.generate();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static GeneralNames subjectAltNames(LeafSpec spec) {
    List<GeneralName> names = new ArrayList<>();
    spec.dnsNames.forEach(name -> names.add(new GeneralName(GeneralName.dNSName, name)));
    spec.ipAddresses.forEach(ip -> names.add(new GeneralName(GeneralName.iPAddress, ip)));
    spec.uris.forEach(uri -> names.add(uri(uri)));
    spec.emails.forEach(mail -> names.add(new GeneralName(GeneralName.rfc822Name, mail)));
    spec.otherNameOids.forEach(
        oid ->
            names.add(
                new GeneralName(
                    GeneralName.otherName,
                    new DERSequence(
                        new ASN1Encodable[] {
                          new ASN1ObjectIdentifier(oid),
                          new DERTaggedObject(true, 0, new DERUTF8String("user@contoso.com"))
                        }))));
    return new GeneralNames(names.toArray(GeneralName[]::new));
  }

  private static void addLocations(LeafSpec spec, ExtensionsGenerator generator)
      throws IOException {
    if (!spec.crlUris.isEmpty()) {
      generator.addExtension(
          Extension.cRLDistributionPoints,
          false,
          new CRLDistPoint(
              spec.crlUris.stream()
                  .map(
                      uri ->
                          new DistributionPoint(
                              new DistributionPointName(new GeneralNames(uri(uri))), null, null))
                  .toArray(DistributionPoint[]::new)));
    }
    List<AccessDescription> access = new ArrayList<>();
    spec.caIssuerUris.forEach(
        uri -> access.add(new AccessDescription(AccessDescription.id_ad_caIssuers, uri(uri))));
    spec.ocspUris.forEach(
        uri -> access.add(new AccessDescription(AccessDescription.id_ad_ocsp, uri(uri))));
    if (!access.isEmpty()) {
      generator.addExtension(
          Extension.authorityInfoAccess,
          false,
          new AuthorityInformationAccess(access.toArray(AccessDescription[]::new)));
    }
  }

  private static GeneralName uri(String uri) {
    return new GeneralName(GeneralName.uniformResourceIdentifier, uri);
  }
}
