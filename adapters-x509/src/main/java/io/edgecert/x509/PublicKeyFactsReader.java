package io.edgecert.x509;

import io.edgecert.domain.certificate.PublicKeyFacts;
import java.io.IOException;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.sec.SECNamedCurves;
import org.bouncycastle.asn1.x509.DSAParameter;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/** Key algorithm and size (RSA modulus bits, EC field bits and named curve) of a public key. */
final class PublicKeyFactsReader {

  private PublicKeyFactsReader() {}

  /** The key's facts with the SHA-256 of its encoded SubjectPublicKeyInfo. */
  static PublicKeyFacts facts(SubjectPublicKeyInfo info) throws IOException {
    PublicKeyFacts facts = shape(info);
    return new PublicKeyFacts(
        facts.algorithm(),
        facts.bits(),
        facts.curveOid(),
        facts.curveName(),
        Hex.digest("SHA-256", info.getEncoded()),
        facts.rsaExponent(),
        facts.rsaModulusEven());
  }

  private static PublicKeyFacts shape(SubjectPublicKeyInfo info) throws IOException {
    ASN1ObjectIdentifier oid = info.getAlgorithm().getAlgorithm();
    ASN1Encodable parameters = info.getAlgorithm().getParameters();
    if (PKCSObjectIdentifiers.rsaEncryption.equals(oid)
        || PKCSObjectIdentifiers.id_RSASSA_PSS.equals(oid)) {
      RSAPublicKey rsa = RSAPublicKey.getInstance(info.parsePublicKey());
      return new PublicKeyFacts("RSA", rsa.getModulus().bitLength(), null, null)
          .withRsa(rsa.getPublicExponent(), !rsa.getModulus().testBit(0));
    }
    if (X9ObjectIdentifiers.id_ecPublicKey.equals(oid)) {
      return elliptic(parameters);
    }
    if (EdECObjectIdentifiers.id_Ed25519.equals(oid)) {
      return new PublicKeyFacts("Ed25519", 256, null, null);
    }
    if (EdECObjectIdentifiers.id_Ed448.equals(oid)) {
      return new PublicKeyFacts("Ed448", 448, null, null);
    }
    if (X9ObjectIdentifiers.id_dsa.equals(oid) && parameters != null) {
      return new PublicKeyFacts(
          "DSA", DSAParameter.getInstance(parameters).getP().bitLength(), null, null);
    }
    return new PublicKeyFacts(oid.getId(), 0, null, null);
  }

  private static PublicKeyFacts elliptic(ASN1Encodable parameters) {
    if (parameters instanceof ASN1ObjectIdentifier) {
      ASN1ObjectIdentifier curve = (ASN1ObjectIdentifier) parameters;
      X9ECParameters named = ECNamedCurveTable.getByOID(curve);
      int bits = named == null ? 0 : named.getCurve().getFieldSize();
      return new PublicKeyFacts("EC", bits, curve.getId(), curveName(curve));
    }
    if (parameters != null && parameters.toASN1Primitive() instanceof ASN1Sequence) {
      int bits = X9ECParameters.getInstance(parameters).getCurve().getFieldSize();
      return new PublicKeyFacts("EC", bits, null, null);
    }
    return new PublicKeyFacts("EC", 0, null, null);
  }

  /** The SEC name where there is one (secp256r1, not prime256v1), else BouncyCastle's name. */
  private static String curveName(ASN1ObjectIdentifier curve) {
    String name = SECNamedCurves.getName(curve);
    return name != null ? name : ECNamedCurveTable.getName(curve);
  }
}
