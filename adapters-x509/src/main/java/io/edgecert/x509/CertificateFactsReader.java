package io.edgecert.x509;

import io.edgecert.domain.certificate.CertificateFacts;
import java.io.IOException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;

/** Translates a decoded certificate or request into the domain's {@link CertificateFacts}. */
final class CertificateFactsReader {

  private CertificateFactsReader() {}

  static CertificateFacts certificate(ParsedCertificate certificate) throws IOException {
    X509CertificateHolder holder = certificate.holder();
    ExtensionFacts extensions = ExtensionFacts.of(holder.getExtensions());
    return new CertificateFacts(
        DistinguishedNames.rfc4514(holder.getSubject()),
        DistinguishedNames.commonName(holder.getSubject()),
        DistinguishedNames.rfc4514(holder.getIssuer()),
        Hex.of(holder.getSerialNumber().toByteArray()),
        extensions.dnsNames(),
        extensions.otherNames(),
        extensions.extendedKeyUsagePresent(),
        extensions.extendedKeyUsageOids(),
        extensions.keyUsages(),
        extensions.certificateAuthority(),
        PublicKeyFactsReader.facts(holder.getSubjectPublicKeyInfo()),
        SignatureNames.facts(holder.getSignatureAlgorithm()),
        holder.getNotBefore().toInstant(),
        holder.getNotAfter().toInstant(),
        extensions.crlDistributionPoints(),
        extensions.authorityInformationAccess(),
        Hex.digest("SHA-1", certificate.der()),
        certificate.sha256());
  }

  /** A request has no issuer, serial, validity or fingerprints: those stay null. */
  static CertificateFacts request(PKCS10CertificationRequest request) throws IOException {
    ExtensionFacts extensions = ExtensionFacts.of(request.getRequestedExtensions());
    return new CertificateFacts(
        DistinguishedNames.rfc4514(request.getSubject()),
        DistinguishedNames.commonName(request.getSubject()),
        null,
        null,
        extensions.dnsNames(),
        extensions.otherNames(),
        extensions.extendedKeyUsagePresent(),
        extensions.extendedKeyUsageOids(),
        extensions.keyUsages(),
        extensions.certificateAuthority(),
        PublicKeyFactsReader.facts(request.getSubjectPublicKeyInfo()),
        SignatureNames.facts(request.getSignatureAlgorithm()),
        null,
        null,
        extensions.crlDistributionPoints(),
        extensions.authorityInformationAccess(),
        null,
        null);
  }
}
