package io.edgecert.x509.request;

import io.edgecert.application.port.in.SubjectFields;
import io.edgecert.domain.plan.PlannedCertificate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.KeyPair;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/** Builds and signs the PKCS#10 request of a planned certificate, SHA-256 with RSA or ECDSA. */
final class CsrBuilder {

  private CsrBuilder() {}

  static String build(PlannedCertificate certificate, SubjectFields subject, KeyPair keyPair) {
    boolean elliptic = certificate.key().algorithm().isElliptic();
    JcaPKCS10CertificationRequestBuilder builder =
        new JcaPKCS10CertificationRequestBuilder(
            RequestSubject.of(certificate.subjectName(), subject), keyPair.getPublic());
    builder.addAttribute(
        PKCSObjectIdentifiers.pkcs_9_at_extensionRequest,
        RequestExtensions.of(certificate, elliptic));
    PKCS10CertificationRequest csr = builder.build(signer(keyPair, elliptic));
    try {
      return PemText.of("CERTIFICATE REQUEST", csr.getEncoded());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ContentSigner signer(KeyPair keyPair, boolean elliptic) {
    try {
      return new JcaContentSignerBuilder(elliptic ? "SHA256withECDSA" : "SHA256withRSA")
          .build(keyPair.getPrivate());
    } catch (OperatorCreationException e) {
      throw new IllegalStateException("the JDK cannot sign the request", e);
    }
  }
}
