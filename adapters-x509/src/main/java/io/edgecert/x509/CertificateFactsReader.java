package io.edgecert.x509;

import io.edgecert.domain.certificate.CertificateFacts;
import java.io.IOException;
import java.time.Instant;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;

/** Translates a decoded certificate or request into the domain's {@link CertificateFacts}. */
final class CertificateFactsReader {

  /** What a certificate has and a request lacks; all null for a request. */
  private record Issuance(
      String issuerDn,
      String serialNumber,
      Instant notBefore,
      Instant notAfter,
      String sha1Thumbprint,
      String sha256Fingerprint) {}

  private CertificateFactsReader() {}

  static CertificateFacts certificate(ParsedCertificate certificate) throws IOException {
    X509CertificateHolder holder = certificate.holder();
    Issuance issuance =
        new Issuance(
            certificate.issuer().text(),
            Hex.of(holder.getSerialNumber().toByteArray()),
            Times.instant(holder.toASN1Structure().getStartDate()),
            Times.instant(holder.toASN1Structure().getEndDate()),
            Hex.digest("SHA-1", certificate.der()),
            certificate.sha256());
    return facts(
        certificate.subject().text(),
        holder.getSubject(),
        holder.getExtensions(),
        holder.getSubjectPublicKeyInfo(),
        holder.getSignatureAlgorithm(),
        issuance);
  }

  /** A request has no issuer, serial, validity or fingerprints: those stay null. */
  static CertificateFacts request(PKCS10CertificationRequest request) throws IOException {
    return facts(
        DistinguishedNames.rfc4514(request.getSubject()),
        request.getSubject(),
        request.getRequestedExtensions(),
        request.getSubjectPublicKeyInfo(),
        request.getSignatureAlgorithm(),
        new Issuance(null, null, null, null, null, null));
  }

  private static CertificateFacts facts(
      String subjectDn,
      X500Name subject,
      Extensions requested,
      SubjectPublicKeyInfo key,
      AlgorithmIdentifier signature,
      Issuance issuance)
      throws IOException {
    ExtensionFacts extensions = ExtensionFacts.of(requested);
    return new CertificateFacts(
        subjectDn,
        DistinguishedNames.commonName(subject),
        issuance.issuerDn(),
        issuance.serialNumber(),
        extensions.dnsNames(),
        extensions.otherNames(),
        extensions.extendedKeyUsagePresent(),
        extensions.extendedKeyUsageOids(),
        extensions.keyUsages(),
        extensions.certificateAuthority(),
        PublicKeyFactsReader.facts(key),
        SignatureNames.facts(signature),
        issuance.notBefore(),
        issuance.notAfter(),
        extensions.crlDistributionPoints(),
        extensions.authorityInformationAccess(),
        issuance.sha1Thumbprint(),
        issuance.sha256Fingerprint(),
        extensions.criticalExtensionOids());
  }
}
