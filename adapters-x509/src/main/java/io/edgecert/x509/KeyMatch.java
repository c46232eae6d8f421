package io.edgecert.x509;

import java.io.IOException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Whether a private key belongs to a certificate: the public key is derived from the private key
 * (RSA: modulus and exponent; EC: d times the generator; Ed25519) and compared with the subject's.
 * The one place that answers it, for the reader (PKCS#12 bags, PEM key plus certificate) and for
 * bundle and serve (JCA keys).
 */
public final class KeyMatch {

  private KeyMatch() {}

  /** Whether the JCA private key belongs to the JCA public key (of a certificate). */
  public static boolean matches(PrivateKey key, PublicKey publicKey) {
    try {
      return matches(
          PrivateKeyInfo.getInstance(key.getEncoded()),
          SubjectPublicKeyInfo.getInstance(publicKey.getEncoded()));
    } catch (RuntimeException e) {
      return false;
    }
  }

  static boolean matches(PrivateKeyInfo key, ParsedCertificate certificate) {
    return matches(key, certificate.holder().getSubjectPublicKeyInfo());
  }

  /** Whether the private key belongs to the subject public key; false for unreadable keys. */
  public static boolean matches(PrivateKeyInfo key, SubjectPublicKeyInfo subject) {
    ASN1ObjectIdentifier algorithm = key.getPrivateKeyAlgorithm().getAlgorithm();
    try {
      if (isRsa(algorithm) && isRsa(subject.getAlgorithm().getAlgorithm())) {
        return rsa(
            RSAPrivateKey.getInstance(key.parsePrivateKey()),
            RSAPublicKey.getInstance(subject.parsePublicKey()));
      }
      if (X9ObjectIdentifiers.id_ecPublicKey.equals(algorithm)
          && X9ObjectIdentifiers.id_ecPublicKey.equals(subject.getAlgorithm().getAlgorithm())) {
        return elliptic(key, subject);
      }
      if (EdECObjectIdentifiers.id_Ed25519.equals(algorithm)) {
        byte[] secret = ASN1OctetString.getInstance(key.parsePrivateKey()).getOctets();
        byte[] derived = new Ed25519PrivateKeyParameters(secret).generatePublicKey().getEncoded();
        return Arrays.equals(derived, subject.getPublicKeyData().getBytes());
      }
      return false;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static boolean isRsa(ASN1ObjectIdentifier algorithm) {
    return PKCSObjectIdentifiers.rsaEncryption.equals(algorithm)
        || PKCSObjectIdentifiers.id_RSASSA_PSS.equals(algorithm);
  }

  private static boolean rsa(RSAPrivateKey key, RSAPublicKey subject) {
    return key.getModulus().equals(subject.getModulus())
        && key.getPublicExponent().equals(subject.getPublicExponent());
  }

  private static boolean elliptic(PrivateKeyInfo key, SubjectPublicKeyInfo subject)
      throws IOException {
    ASN1Encodable parameters = key.getPrivateKeyAlgorithm().getParameters();
    X9ECParameters curve =
        parameters instanceof ASN1ObjectIdentifier
            ? ECNamedCurveTable.getByOID((ASN1ObjectIdentifier) parameters)
            : X9ECParameters.getInstance(parameters);
    ECPoint expected = curve.getCurve().decodePoint(subject.getPublicKeyData().getBytes());
    ECPoint derived =
        curve.getG().multiply(ECPrivateKey.getInstance(key.parsePrivateKey()).getKey()).normalize();
    return derived.equals(expected);
  }
}
