package io.edgecert.x509;

import io.edgecert.domain.certificate.CertificateFacts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * One decoded X.509 certificate with its DER bytes, and the values the chain walk and the facts ask
 * for, each computed once. CA certificates are kept by fingerprint (at most 1,024), since the same
 * intermediates come with many leaves.
 */
final class ParsedCertificate {
  private static final int MAX_CACHED = 1024;
  private static final Map<String, ParsedCertificate> CACHED_CAS = new ConcurrentHashMap<>();
  private final X509CertificateHolder holder;
  private final byte[] der;
  private final String sha256;
  private final NameText subject;
  private final NameText issuer;
  private final boolean ca;
  private volatile PublicKey publicKey;
  private volatile CertificateFacts facts;

  private ParsedCertificate(X509CertificateHolder holder, byte[] der, String sha256) {
    this.holder = holder;
    this.der = der;
    this.sha256 = sha256;
    this.subject = new NameText(holder.getSubject());
    this.issuer = new NameText(holder.getIssuer());
    // BouncyCastle reads the attributes of a name lazily: a malformed one (found by fuzzing: a
    // tagged object where an attribute value belongs) must fail here, while the certificate is
    // decoded and the failure is the input's, not later in leaf selection or chain building.
    subject.key();
    issuer.key();
    // The same for basic constraints (found by fuzzing: a damaged extension, "unknown tag 10").
    BasicConstraints constraints = BasicConstraints.fromExtensions(holder.getExtensions());
    this.ca = constraints != null && constraints.isCA();
  }

  /** Decodes one DER certificate; throws on anything else, including trailing bytes. */
  static ParsedCertificate parse(byte[] der) throws IOException {
    String sha256 = Hex.digest("SHA-256", der);
    ParsedCertificate known = CACHED_CAS.get(sha256);
    if (known != null) {
      return known;
    }
    Certificate certificate = Certificate.getInstance(ASN1Primitive.fromByteArray(der));
    ParsedCertificate parsed =
        new ParsedCertificate(new X509CertificateHolder(certificate), der, sha256);
    if (parsed.isCa()) {
      if (CACHED_CAS.size() >= MAX_CACHED) {
        CACHED_CAS.clear();
      }
      CACHED_CAS.put(sha256, parsed);
    }
    return parsed;
  }

  static ParsedCertificate of(X509CertificateHolder holder) throws IOException {
    byte[] der = holder.getEncoded();
    return new ParsedCertificate(holder, der, Hex.digest("SHA-256", der));
  }

  X509CertificateHolder holder() {
    return holder;
  }

  byte[] der() {
    return der;
  }

  /** The subject as RFC 4514 text and as the key names are matched by. */
  NameText subject() {
    return subject;
  }

  NameText issuer() {
    return issuer;
  }

  boolean selfIssued() {
    return subject.key().equals(issuer.key());
  }

  boolean isCa() {
    return ca;
  }

  /** The SHA-256 fingerprint in upper-case hex. */
  String sha256() {
    return sha256;
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

  /** The facts of this certificate, extracted once; throws on malformed extensions. */
  CertificateFacts facts() {
    CertificateFacts value = facts;
    if (value == null) {
      try {
        value = CertificateFactsReader.certificate(this);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      facts = value;
    }
    return value;
  }

  boolean sameSubjectAndKey(ParsedCertificate other) {
    return subject.key().equals(other.subject.key())
        && holder.getSubjectPublicKeyInfo().equals(other.holder.getSubjectPublicKeyInfo());
  }
}
