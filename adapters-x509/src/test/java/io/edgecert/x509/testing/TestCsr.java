package io.edgecert.x509.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.KeyPair;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/** A PKCS#10 certificate request made from a {@link LeafSpec}, in DER and both PEM labels. */
public final class TestCsr {
  private final PKCS10CertificationRequest request;

  private TestCsr(PKCS10CertificationRequest request) {
    this.request = request;
  }

  static TestCsr make(LeafSpec spec) {
    KeyPair keys = TestKeys.pair(spec.keyType, spec.keySlot);
    SignatureType signature =
        spec.signature != null ? spec.signature : spec.keyType.defaultSignature();
    try {
      JcaPKCS10CertificationRequestBuilder builder =
          new JcaPKCS10CertificationRequestBuilder(
              CertificateMaker.name(spec.commonName, spec.organization, spec.country),
              keys.getPublic());
      Extensions extensions = LeafExtensions.of(spec);
      if (extensions != null) {
        builder.addAttribute(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest, extensions);
      }
      return new TestCsr(
          builder.build(CertificateMaker.Signer.contentSigner(keys.getPrivate(), signature)));
    } catch (Exception e) {
      throw new IllegalStateException("cannot make a test request", e);
    }
  }

  public byte[] der() {
    try {
      return request.getEncoded();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** PEM with the label {@code CERTIFICATE REQUEST} (OpenSSL). */
  public byte[] pem() {
    return Pem.bytes(Pem.block("CERTIFICATE REQUEST", der()));
  }

  /** The request with the last byte of its signature changed: the signature no longer verifies. */
  public byte[] tamperedPem() {
    byte[] der = der();
    der[der.length - 1] ^= 0x01;
    return Pem.bytes(Pem.block("CERTIFICATE REQUEST", der));
  }

  /** PEM with the label {@code NEW CERTIFICATE REQUEST} (Windows certreq). */
  public byte[] newPem() {
    return Pem.bytes(Pem.block("NEW CERTIFICATE REQUEST", der()));
  }
}
