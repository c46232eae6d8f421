package io.edgecert.x509.bundle;

import io.edgecert.x509.request.PemFiles;
import io.edgecert.x509.testing.IssuedCertificate;
import io.edgecert.x509.testing.LeafSpec;
import io.edgecert.x509.testing.Pem;
import io.edgecert.x509.testing.TestCsr;
import io.edgecert.x509.testing.TestPki;
import java.math.BigInteger;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;

/**
 * A CA for round trips: TestPki's issuing CA signs a request with the extensions it asks for (some
 * dropped on demand, as a careless CA would), a CRL distribution point, valid a year from NOW.
 */
public final class TestCa {
  private static final String CRL = "http://crl.contoso.com/edgecert-test.crl";
  private static final AtomicLong SERIALS = new AtomicLong(0x5000);
  private final TestPki pki = TestPki.create();

  public IssuedCertificate root() {
    return pki.root();
  }

  public IssuedCertificate intermediate() {
    return pki.intermediate();
  }

  /** The intermediate then the root, as a CA sends its chain. */
  public String chainPem() {
    return pki.intermediate().pem() + pki.root().pem();
  }

  /** A request for {@code spec} (made with BouncyCastle, its key from TestKeys). */
  public TestCsr csr(LeafSpec spec) {
    return pki.csr(spec);
  }

  /** Signs the PEM request, leaving out the requested extensions in {@code dropped}. */
  public X509Certificate sign(String csrPem, ASN1ObjectIdentifier... dropped) {
    try {
      JcaPKCS10CertificationRequest csr =
          new JcaPKCS10CertificationRequest((PKCS10CertificationRequest) PemFiles.read(csrPem));
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              pki.intermediate().holder().getSubject(),
              BigInteger.valueOf(SERIALS.getAndIncrement()),
              Date.from(TestPki.NOW.minus(Duration.ofDays(1))),
              Date.from(TestPki.NOW.plus(Duration.ofDays(365))),
              csr.getSubject(),
              csr.getPublicKey());
      Extensions requested =
          Extensions.getInstance(
              csr.getAttributes(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest)[0]
                  .getAttrValues()
                  .getObjectAt(0));
      List<ASN1ObjectIdentifier> drop = Arrays.asList(dropped);
      for (ASN1ObjectIdentifier oid : requested.getExtensionOIDs()) {
        if (!drop.contains(oid)) {
          builder.addExtension(requested.getExtension(oid));
        }
      }
      addIssuerExtensions(builder, csr);
      return new JcaX509CertificateConverter()
          .getCertificate(
              builder.build(
                  new JcaContentSignerBuilder("SHA256withRSA")
                      .build(pki.intermediate().keyPair().getPrivate())));
    } catch (Exception e) {
      throw new IllegalStateException("the test CA cannot sign the request", e);
    }
  }

  private void addIssuerExtensions(
      X509v3CertificateBuilder builder, JcaPKCS10CertificationRequest csr) throws Exception {
    JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
    builder.addExtension(
        Extension.subjectKeyIdentifier,
        false,
        utils.createSubjectKeyIdentifier(csr.getPublicKey()));
    builder.addExtension(
        Extension.authorityKeyIdentifier,
        false,
        utils.createAuthorityKeyIdentifier(pki.intermediate().keyPair().getPublic()));
    GeneralNames crl =
        new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, CRL));
    builder.addExtension(
        Extension.cRLDistributionPoints,
        false,
        new CRLDistPoint(
            new DistributionPoint[] {
              new DistributionPoint(new DistributionPointName(crl), null, null)
            }));
  }

  /** PEM of a certificate signed here. */
  public static String pem(X509Certificate certificate) {
    try {
      return Pem.block("CERTIFICATE", certificate.getEncoded());
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }
}
