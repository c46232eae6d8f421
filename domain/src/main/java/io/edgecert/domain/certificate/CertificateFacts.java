package io.edgecert.domain.certificate;

import java.time.Instant;
import java.util.List;

/**
 * What the rules need to know of one X.509 certificate or certificate request, filled in by the
 * x509 adapter. Nullable: {@code commonName} (no CN), {@code issuerDn}, {@code serialNumber},
 * {@code notBefore}, {@code notAfter}, {@code sha1Thumbprint} and {@code sha256Fingerprint} (a
 * request has none of these).
 *
 * @param dnsNames the SAN dNSName entries, in certificate order
 * @param otherNames the other SAN entries, each as {@code TYPE:value} (e.g. {@code IP:10.0.0.1})
 * @param extendedKeyUsageOids the EKU OIDs; empty when the extension is absent
 * @param keyUsages key usage bit names (digitalSignature, keyEncipherment, ...)
 * @param certificateAuthority basicConstraints CA=true
 * @param serialNumber upper-case hex of the serial's two's-complement octets (as DER writes the
 *     INTEGER), so a negative serial starts with 8-F and zero is {@code 00}
 * @param sha1Thumbprint upper-case hex without separators, as Get-CsCertificate shows it
 * @param criticalExtensionOids the OIDs of every extension marked critical, in certificate order
 */
public record CertificateFacts(
    String subjectDn,
    String commonName,
    String issuerDn,
    String serialNumber,
    List<String> dnsNames,
    List<String> otherNames,
    boolean extendedKeyUsagePresent,
    List<String> extendedKeyUsageOids,
    List<String> keyUsages,
    boolean certificateAuthority,
    PublicKeyFacts publicKey,
    SignatureFacts signature,
    Instant notBefore,
    Instant notAfter,
    List<String> crlDistributionPoints,
    List<String> authorityInformationAccess,
    String sha1Thumbprint,
    String sha256Fingerprint,
    List<String> criticalExtensionOids) {

  public CertificateFacts {
    dnsNames = List.copyOf(dnsNames);
    otherNames = List.copyOf(otherNames);
    extendedKeyUsageOids = List.copyOf(extendedKeyUsageOids);
    keyUsages = List.copyOf(keyUsages);
    crlDistributionPoints = List.copyOf(crlDistributionPoints);
    authorityInformationAccess = List.copyOf(authorityInformationAccess);
    criticalExtensionOids = List.copyOf(criticalExtensionOids);
  }
}
