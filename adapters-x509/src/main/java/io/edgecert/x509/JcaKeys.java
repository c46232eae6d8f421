package io.edgecert.x509;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/** Turns a subject public key into a JCA key: the JDK first, BouncyCastle for what it lacks. */
final class JcaKeys {

  private JcaKeys() {}

  static PublicKey publicKey(SubjectPublicKeyInfo info) throws GeneralSecurityException {
    String oid = info.getAlgorithm().getAlgorithm().getId();
    String algorithm = X9ObjectIdentifiers.id_ecPublicKey.getId().equals(oid) ? "EC" : oid;
    X509EncodedKeySpec spec = new X509EncodedKeySpec(encoded(info));
    try {
      return KeyFactory.getInstance(algorithm).generatePublic(spec);
    } catch (NoSuchAlgorithmException e) {
      return KeyFactory.getInstance(oid, Providers.bouncyCastle()).generatePublic(spec);
    }
  }

  private static byte[] encoded(SubjectPublicKeyInfo info) throws InvalidKeySpecException {
    try {
      return info.getEncoded();
    } catch (IOException e) {
      throw new InvalidKeySpecException("cannot encode the public key", e);
    }
  }
}
