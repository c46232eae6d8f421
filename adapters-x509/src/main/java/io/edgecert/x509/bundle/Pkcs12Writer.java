package io.edgecert.x509.bundle;

import io.edgecert.application.port.out.Pkcs12Protection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.pkcs.PKCS12PfxPduBuilder;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS12SafeBagBuilder;

/**
 * Writes a PKCS#12 file: the certificates (leaf first) in one encrypted safe, the shrouded key in
 * another, the key and the leaf tied by localKeyId and named by friendlyName, RSA keys marked for
 * the legacy CryptoAPI provider that Lync expects (GEN-KEY-005).
 */
final class Pkcs12Writer {
  /** PBKDF2 and MAC iterations of the AES-256 protection. */
  static final int ITERATIONS = 100_000;

  private final Pkcs12Ciphers ciphers;

  Pkcs12Writer(SecureRandom random, int iterations) {
    this.ciphers = new Pkcs12Ciphers(random, iterations);
  }

  byte[] write(
      PrivateKey key,
      List<X509Certificate> chain,
      char[] password,
      String friendlyName,
      Pkcs12Protection protection) {
    try {
      SubjectKeyIdentifier localKeyId =
          new JcaX509ExtensionUtils().createSubjectKeyIdentifier(chain.get(0).getPublicKey());
      PKCS12PfxPduBuilder pfx = new PKCS12PfxPduBuilder();
      pfx.addEncryptedData(
          ciphers.encryptor(protection, password),
          certificateBags(chain, friendlyName, localKeyId));
      pfx.addData(keyBag(key, password, friendlyName, localKeyId, protection));
      return pfx.build(ciphers.mac(protection), password).getEncoded(ASN1Encoding.DER);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException | PKCSException e) {
      throw new IllegalStateException("cannot build the PKCS#12 file", e);
    }
  }

  private static PKCS12SafeBag[] certificateBags(
      List<X509Certificate> chain, String friendlyName, SubjectKeyIdentifier localKeyId)
      throws IOException {
    List<PKCS12SafeBag> bags = new ArrayList<>();
    for (X509Certificate certificate : chain) {
      PKCS12SafeBagBuilder bag = new JcaPKCS12SafeBagBuilder(certificate);
      if (bags.isEmpty()) {
        name(bag, friendlyName, localKeyId);
      }
      bags.add(bag.build());
    }
    return bags.toArray(PKCS12SafeBag[]::new);
  }

  private PKCS12SafeBag keyBag(
      PrivateKey key,
      char[] password,
      String friendlyName,
      SubjectKeyIdentifier localKeyId,
      Pkcs12Protection protection) {
    PKCS12SafeBagBuilder bag =
        new JcaPKCS12SafeBagBuilder(key, ciphers.encryptor(protection, password));
    name(bag, friendlyName, localKeyId);
    if ("RSA".equals(key.getAlgorithm())) {
      bag.addBagAttribute(
          Pkcs12Ciphers.MICROSOFT_CSP_NAME, new DERBMPString(Pkcs12Ciphers.RSA_CSP));
    }
    return bag.build();
  }

  private static void name(
      PKCS12SafeBagBuilder bag, String friendlyName, SubjectKeyIdentifier localKeyId) {
    bag.addBagAttribute(
        PKCSObjectIdentifiers.pkcs_9_at_friendlyName, new DERBMPString(friendlyName));
    bag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_localKeyId, localKeyId);
  }
}
