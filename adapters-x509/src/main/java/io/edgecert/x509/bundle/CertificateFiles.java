package io.edgecert.x509.bundle;

import io.edgecert.application.port.in.InputFile;
import io.edgecert.domain.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.openssl.PEMParser;

/**
 * Reads the certificates of a file: PEM (certificates or PKCS#7, text around them ignored) or DER.
 */
final class CertificateFiles {
  private static final String EXPECTED = "expected X.509 certificates as PEM, DER or PKCS#7 (.p7b)";

  private CertificateFiles() {}

  static List<X509Certificate> read(InputFile file) {
    try {
      List<X509Certificate> certificates = isPem(file.content()) ? pem(file) : der(file);
      if (certificates.isEmpty()) {
        throw malformed(file, "no certificate found; " + EXPECTED);
      }
      return certificates;
    } catch (IOException | CertificateException | CMSException | IllegalArgumentException e) {
      throw malformed(file, "not a readable certificate; " + EXPECTED);
    }
  }

  private static List<X509Certificate> pem(InputFile file)
      throws IOException, CertificateException, CMSException {
    List<X509CertificateHolder> holders = new ArrayList<>();
    try (PEMParser parser =
        new PEMParser(
            new InputStreamReader(
                new ByteArrayInputStream(file.content()), StandardCharsets.US_ASCII))) {
      for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
        if (object instanceof X509CertificateHolder) {
          holders.add((X509CertificateHolder) object);
        } else if (object instanceof ContentInfo) {
          holders.addAll(
              new CMSSignedData((ContentInfo) object).getCertificates().getMatches(null));
        }
      }
    }
    JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
    List<X509Certificate> certificates = new ArrayList<>();
    for (X509CertificateHolder holder : holders) {
      certificates.add(converter.getCertificate(holder));
    }
    return certificates;
  }

  private static List<X509Certificate> der(InputFile file) throws CertificateException {
    return CertificateFactory.getInstance("X.509")
        .generateCertificates(new ByteArrayInputStream(file.content()))
        .stream()
        .map(X509Certificate.class::cast)
        .toList();
  }

  private static boolean isPem(byte[] content) {
    return new String(content, StandardCharsets.ISO_8859_1).contains("-----BEGIN");
  }

  private static InvalidInputException malformed(InputFile file, String message) {
    return new InvalidInputException(file.name(), InvalidInputException.Kind.MALFORMED, message);
  }
}
