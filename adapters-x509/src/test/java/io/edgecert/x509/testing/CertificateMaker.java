package io.edgecert.x509.testing;

import java.io.IOException;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.util.Date;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Signs test certificates with BouncyCastle (a provider instance, never registered). */
final class CertificateMaker {
  static final Provider PROVIDER = new BouncyCastleProvider();

  private CertificateMaker() {}

  /** {@code C=..,O=..,CN=..} in encoding order, so it reads {@code CN=..,O=..,C=..}. */
  static X500Name name(String commonName, String organization, String country) {
    X500NameBuilder builder = new X500NameBuilder(BCStyle.INSTANCE);
    if (country != null) {
      builder.addRDN(BCStyle.C, country);
    }
    if (organization != null) {
      builder.addRDN(BCStyle.O, organization);
    }
    if (commonName != null) {
      builder.addRDN(BCStyle.CN, commonName);
    }
    return builder.build();
  }

  static X509CertificateHolder sign(
      X500Name subject,
      PublicKey subjectKey,
      Signer signer,
      BigInteger serial,
      Date from,
      Date until,
      Extensions extensions) {
    return sign(
        subject,
        SubjectPublicKeyInfo.getInstance(subjectKey.getEncoded()),
        signer,
        serial,
        from,
        until,
        extensions);
  }

  /** Signs a certificate for any public key, also one no key factory would accept. */
  static X509CertificateHolder sign(
      X500Name subject,
      SubjectPublicKeyInfo subjectKey,
      Signer signer,
      BigInteger serial,
      Date from,
      Date until,
      Extensions extensions) {
    try {
      X509v3CertificateBuilder builder =
          new X509v3CertificateBuilder(signer.name(), serial, from, until, subject, subjectKey);
      for (ASN1ObjectIdentifier oid :
          extensions == null ? new ASN1ObjectIdentifier[0] : extensions.getExtensionOIDs()) {
        builder.addExtension(extensions.getExtension(oid));
      }
      JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
      builder.addExtension(
          Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(subjectKey));
      builder.addExtension(
          Extension.authorityKeyIdentifier,
          false,
          utils.createAuthorityKeyIdentifier(signer.keys().getPublic()));
      return builder.build(signer.contentSigner());
    } catch (Exception e) {
      throw new IllegalStateException("cannot make a test certificate", e);
    }
  }

  static Extensions caExtensions() {
    try {
      return new Extensions(
          new Extension[] {
            new Extension(
                Extension.basicConstraints, true, new BasicConstraints(true).getEncoded()),
            new Extension(
                Extension.keyUsage,
                true,
                new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign).getEncoded())
          });
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Who signs: the issuer name written into the certificate, its keys and the algorithm. */
  record Signer(X500Name name, KeyPair keys, SignatureType signature) {

    ContentSigner contentSigner() throws Exception {
      return contentSigner(keys.getPrivate(), signature);
    }

    static ContentSigner contentSigner(PrivateKey key, SignatureType signature) throws Exception {
      if (signature.needsRsaKey() != "RSA".equals(key.getAlgorithm())) {
        throw new IllegalArgumentException(
            signature + " cannot sign with a " + key.getAlgorithm() + " key");
      }
      return new JcaContentSignerBuilder(signature.jcaName()).setProvider(PROVIDER).build(key);
    }
  }
}
