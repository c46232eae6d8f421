package io.edgecert.x509;

import io.edgecert.domain.certificate.SourceFormat;
import io.edgecert.domain.work.WorkBudget;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.pkcs.CertificationRequest;
import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.SignedData;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;

/** Decodes binary inputs (DER or BER): a certificate, a request, PKCS#7 or PKCS#12. */
final class DerInput {

  private DerInput() {}

  static boolean looksLikeDer(byte[] content) {
    DerHeader header = DerHeader.at(content, 0);
    return content[0] == 0x30
        && header != null
        && (!header.definite() || header.totalLength() == content.length);
  }

  static DecodedInput decode(String file, byte[] content, char[] password) {
    ASN1Sequence sequence = sequence(file, content);
    switch (DerKind.of(sequence)) {
      case CERTIFICATE:
        return DecodedInput.certificates(
            SourceFormat.DER, List.of(certificate(file, content, "the certificate")));
      case REQUEST:
        return request(file, sequence);
      case PKCS7:
        return DecodedInput.certificates(SourceFormat.PKCS7, pkcs7(file, sequence));
      case PKCS12:
        return Pkcs12Reader.read(file, sequence, password);
      case PRIVATE_KEY:
        throw InputErrors.invalid(
            file,
            "found a private key (DER) where a certificate was"
                + " expected; give the certificate, or a PKCS#12 file that holds the certificate"
                + " and its key");
      default:
        throw InputErrors.invalid(
            file,
            "holds DER data that is neither a certificate, a"
                + " certificate request, PKCS#7 nor PKCS#12");
    }
  }

  /** The outer SEQUENCE, or an error that says whether the data is truncated or damaged. */
  static ASN1Sequence sequence(String file, byte[] der) {
    DerHeader header = DerHeader.at(der, 0);
    if (header == null || der[0] != 0x30) {
      throw InputErrors.invalid(file, "holds no DER structure where one was expected");
    }
    if (header.definite() && header.totalLength() > der.length) {
      throw InputErrors.invalid(
          file,
          "is truncated: its DER data declares "
              + header.totalLength()
              + " bytes but only "
              + der.length
              + " are there");
    }
    return InputErrors.decode(
        file,
        "is damaged or truncated: its DER data cannot be decoded",
        () -> {
          try (ASN1InputStream in = new ASN1InputStream(der)) {
            return ASN1Sequence.getInstance(in.readObject());
          }
        });
  }

  static ParsedCertificate certificate(String file, byte[] der, String what) {
    DerHeader header = DerHeader.at(der, 0);
    byte[] exact =
        header != null && header.definite() && header.totalLength() < der.length
            ? Arrays.copyOf(der, (int) header.totalLength())
            : der;
    return InputErrors.decode(
        file,
        what + " is not a valid X.509 certificate (damaged or truncated)",
        () -> ParsedCertificate.parse(exact));
  }

  static DecodedInput request(String file, ASN1Sequence sequence) {
    return InputErrors.decode(
        file,
        "holds a damaged certificate request (PKCS#10)",
        () ->
            DecodedInput.request(
                new PKCS10CertificationRequest(CertificationRequest.getInstance(sequence))));
  }

  static List<ParsedCertificate> pkcs7(String file, ASN1Sequence sequence) {
    String damaged = "holds damaged PKCS#7 data";
    ContentInfo info = InputErrors.decode(file, damaged, () -> ContentInfo.getInstance(sequence));
    if (!PKCSObjectIdentifiers.signedData.equals(info.getContentType())) {
      throw InputErrors.invalid(
          file,
          "holds PKCS#7 data of type "
              + info.getContentType()
              + ", not a certificate bundle (signed data)");
    }
    List<ParsedCertificate> certificates =
        InputErrors.decode(
            file,
            damaged,
            () -> bundle(SignedData.getInstance(info.getContent()).getCertificates()));
    if (certificates.isEmpty()) {
      throw InputErrors.invalid(file, "the PKCS#7 bundle holds no certificates");
    }
    return certificates;
  }

  private static List<ParsedCertificate> bundle(ASN1Set set) throws IOException {
    List<ParsedCertificate> certificates = new ArrayList<>();
    for (int i = 0; set != null && i < set.size(); i++) {
      WorkBudget.step();
      ASN1Encodable element = set.getObjectAt(i);
      if (element.toASN1Primitive() instanceof ASN1Sequence) {
        certificates.add(
            ParsedCertificate.of(new X509CertificateHolder(Certificate.getInstance(element))));
      }
    }
    return certificates;
  }
}
