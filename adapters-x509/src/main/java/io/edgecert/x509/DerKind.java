package io.edgecert.x509;

import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;

/** What a top-level DER SEQUENCE is, told from its shape rather than from a file name. */
enum DerKind {
  CERTIFICATE,
  REQUEST,
  PKCS7,
  PKCS12,
  PRIVATE_KEY,
  UNKNOWN;

  static DerKind of(ASN1Sequence sequence) {
    if (sequence.size() == 0) {
      return UNKNOWN;
    }
    ASN1Encodable first = sequence.getObjectAt(0);
    if (first instanceof ASN1ObjectIdentifier) {
      return PKCS7;
    }
    if (first instanceof ASN1Integer) {
      return integerFirst((ASN1Integer) first, sequence);
    }
    if (!(first instanceof ASN1Sequence) || sequence.size() < 2) {
      return UNKNOWN;
    }
    if (sequence.size() == 3 && sequence.getObjectAt(2) instanceof ASN1BitString) {
      return signed((ASN1Sequence) first);
    }
    return sequence.size() == 2 && sequence.getObjectAt(1) instanceof ASN1OctetString
        ? PRIVATE_KEY : UNKNOWN;
  }

  /** A PFX starts with version 3; PKCS#8, RSA, EC and DSA private keys with more fields. */
  private static DerKind integerFirst(ASN1Integer version, ASN1Sequence sequence) {
    if (version.hasValue(3) && sequence.size() >= 2
        && sequence.getObjectAt(1) instanceof ASN1Sequence) {
      return PKCS12;
    }
    return sequence.size() >= 3 ? PRIVATE_KEY : UNKNOWN;
  }

  /** A signed SEQUENCE holds a CertificationRequestInfo (4 fields) or a TBSCertificate. */
  private static DerKind signed(ASN1Sequence body) {
    boolean request = body.size() == 4 && body.getObjectAt(0) instanceof ASN1Integer
        && body.getObjectAt(3) instanceof ASN1TaggedObject;
    return request ? REQUEST : body.size() >= 6 ? CERTIFICATE : UNKNOWN;
  }
}
