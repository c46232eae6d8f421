package io.edgecert.x509;

import io.edgecert.domain.certificate.SourceFormat;
import java.util.List;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;

/**
 * What a certificate input held once decoded, before leaf selection and chain building.
 *
 * @param request the PKCS#10 request, or null for certificate inputs
 * @param keyCertificate the certificate a PKCS#12 key belongs to (by local key id or public key),
 *     or null to let the leaf be chosen from the certificates
 * @param key the PKCS#12 private key and its bag attributes, or null
 */
record DecodedInput(
    SourceFormat format,
    List<ParsedCertificate> certificates,
    PKCS10CertificationRequest request,
    ParsedCertificate keyCertificate,
    Pkcs12Key key) {

  DecodedInput {
    certificates = List.copyOf(certificates);
  }

  static DecodedInput certificates(SourceFormat format, List<ParsedCertificate> certificates) {
    return new DecodedInput(format, certificates, null, null, null);
  }

  static DecodedInput request(PKCS10CertificationRequest request) {
    return new DecodedInput(SourceFormat.PKCS10, List.of(), request, null, null);
  }
}
