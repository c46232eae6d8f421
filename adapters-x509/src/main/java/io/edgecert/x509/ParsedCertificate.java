package io.edgecert.x509;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.cert.X509CertificateHolder;

/** One decoded X.509 certificate with its DER bytes, and values the chain walk asks for often. */
final class ParsedCertificate {
  private final X509CertificateHolder holder;
  private final byte[] der;
  private volatile String sha256;
  private volatile PublicKey publicKey;

  private ParsedCertificate(X509CertificateHolder holder, byte[] der) {
    this.holder = holder;
    this.der = der;
  }

  /** Decodes one DER certificate; throws on anything else, including trailing bytes. */
  static ParsedCertificate parse(byte[] der) throws IOException {
    Certificate certificate = Certificate.getInstance(ASN1Primitive.fromByteArray(der));
    return new ParsedCertificate(new X509CertificateHolder(certificate), der);
  }

  static ParsedCertificate of(X509CertificateHolder holder) throws IOException {
    return new ParsedCertificate(holder, holder.getEncoded());
  }

  X509CertificateHolder holder() {
    return holder;
  }

  byte[] der() {
    return der;
  }

  X500Name subject() {
    return holder.getSubject();
  }

  X500Name issuer() {
    return holder.getIssuer();
  }

  boolean selfIssued() {
    return holder.getSubject().equals(holder.getIssuer());
  }

  boolean isCa() {
    BasicConstraints constraints = BasicConstraints.fromExtensions(holder.getExtensions());
    return constraints != null && constraints.isCA();
  }

  /** The SHA-256 fingerprint in upper-case hex, computed once. */
  String sha256() {
    String value = sha256;
    if (value == null) {
      value = Hex.digest("SHA-256", der);
      sha256 = value;
    }
    return value;
  }

  /** The subject public key as a JCA key, converted once. */
  PublicKey publicKey() throws GeneralSecurityException {
    PublicKey value = publicKey;
    if (value == null) {
      value = JcaKeys.publicKey(holder.getSubjectPublicKeyInfo());
      publicKey = value;
    }
    return value;
  }

  boolean sameSubjectAndKey(ParsedCertificate other) {
    return subject().equals(other.subject())
        && holder.getSubjectPublicKeyInfo().equals(other.holder.getSubjectPublicKeyInfo());
  }
}
