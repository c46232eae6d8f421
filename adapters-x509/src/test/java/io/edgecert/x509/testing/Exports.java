package io.edgecert.x509.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSAbsentContent;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.util.CollectionStore;

/** Bundles of test certificates in the order given: PEM text and PKCS#7 (DER or PEM). */
public final class Exports {

  private Exports() {}

  /** PEM blocks in exactly the given order (any order is legal input). */
  public static byte[] pem(IssuedCertificate... certificates) {
    StringBuilder text = new StringBuilder();
    Arrays.stream(certificates).forEach(certificate -> text.append(certificate.pem()));
    return Pem.bytes(text.toString());
  }

  /** A degenerate PKCS#7 SignedData holding only certificates (a .p7b file). */
  public static byte[] pkcs7Der(IssuedCertificate... certificates) {
    List<X509CertificateHolder> holders = new ArrayList<>();
    Arrays.stream(certificates).forEach(certificate -> holders.add(certificate.holder()));
    try {
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addCertificates(new CollectionStore<>(holders));
      return generator.generate(new CMSAbsentContent()).getEncoded();
    } catch (CMSException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] pkcs7Pem(IssuedCertificate... certificates) {
    return Pem.bytes(Pem.block("PKCS7", pkcs7Der(certificates)));
  }
}
