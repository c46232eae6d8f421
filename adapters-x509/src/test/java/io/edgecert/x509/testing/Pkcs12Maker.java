package io.edgecert.x509.testing;

import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.MacData;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.Pfx;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCS12PfxPduBuilder;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.bc.BcPKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEOutputEncryptorBuilder;

/** Builds PKCS#12 files for tests as a {@link Pkcs12Spec} says. */
final class Pkcs12Maker {
  static final ASN1ObjectIdentifier KEY_PROVIDER = new ASN1ObjectIdentifier("1.3.6.1.4.1.311.17.1");

  private Pkcs12Maker() {}

  static byte[] make(IssuedCertificate certificate, Pkcs12Spec spec) {
    try {
      char[] password = spec.password == null ? new char[0] : spec.password;
      PKCS12PfxPduBuilder builder = new PKCS12PfxPduBuilder();
      List<PKCS12SafeBag> certificates = certificateBags(certificate, spec);
      PKCS12SafeBag key = keyBag(certificate, spec, password);
      if (spec.password == null) {
        for (PKCS12SafeBag bag : certificates) {
          builder.addData(bag);
        }
      } else {
        builder.addEncryptedData(encryptor(spec, password, false),
            certificates.toArray(PKCS12SafeBag[]::new));
      }
      builder.addData(key);
      if (spec.emptyPasswordAsTwoZeroBytes) {
        return Pkcs12Macs.withTwoZeroBytePassword(builder.build(null, password), spec.iterations);
      }
      PKCS12PfxPdu pfx = builder.build(spec.withoutMac ? null : mac(spec), password);
      return spec.claimedIterations > 0 ? claim(pfx, spec.claimedIterations) : pfx.getEncoded();
    } catch (Exception e) {
      throw new IllegalStateException("cannot make a test PKCS#12 file", e);
    }
  }

  private static List<PKCS12SafeBag> certificateBags(IssuedCertificate certificate,
      Pkcs12Spec spec) throws Exception {
    PKCS12SafeBagBuilder leaf = new PKCS12SafeBagBuilder(certificate.holder());
    leaf.addBagAttribute(PKCS12SafeBag.localKeyIdAttribute, localKeyId(certificate));
    if (spec.friendlyName != null) {
      leaf.addBagAttribute(PKCS12SafeBag.friendlyNameAttribute,
          new DERBMPString(spec.friendlyName));
    }
    List<PKCS12SafeBag> bags = new ArrayList<>(List.of(leaf.build()));
    if (spec.withChain) {
      for (IssuedCertificate issuer : certificate.issuers()) {
        bags.add(new PKCS12SafeBagBuilder(issuer.holder()).build());
      }
    }
    return bags;
  }

  private static PKCS12SafeBag keyBag(IssuedCertificate certificate, Pkcs12Spec spec,
      char[] password) throws Exception {
    PrivateKey key = spec.mismatchedKey
        ? TestKeys.pair(certificate.keyType(), TestKeys.MISMATCH).getPrivate()
        : certificate.keyPair().getPrivate();
    PKCS12SafeBagBuilder bag = spec.password == null
        ? new JcaPKCS12SafeBagBuilder(key) : new JcaPKCS12SafeBagBuilder(key,
            encryptor(spec, password, true));
    bag.addBagAttribute(PKCS12SafeBag.localKeyIdAttribute, localKeyId(certificate));
    if (spec.friendlyName != null) {
      bag.addBagAttribute(PKCS12SafeBag.friendlyNameAttribute, new DERBMPString(spec.friendlyName));
    }
    if (spec.providerName != null) {
      bag.addBagAttribute(KEY_PROVIDER, new DERBMPString(spec.providerName));
    }
    return bag.build();
  }

  private static DEROctetString localKeyId(IssuedCertificate certificate) throws Exception {
    return new DEROctetString(new JcaX509ExtensionUtils()
        .createSubjectKeyIdentifier(certificate.keyPair().getPublic()).getKeyIdentifier());
  }

  private static OutputEncryptor encryptor(Pkcs12Spec spec, char[] password, boolean forKey)
      throws Exception {
    JcePKCSPBEOutputEncryptorBuilder builder = !spec.legacyEncryption
        ? new JcePKCSPBEOutputEncryptorBuilder(NISTObjectIdentifiers.id_aes256_CBC)
            .setPRF(new AlgorithmIdentifier(PKCSObjectIdentifiers.id_hmacWithSHA256,
                DERNull.INSTANCE))
        : new JcePKCSPBEOutputEncryptorBuilder(forKey
            ? PKCSObjectIdentifiers.pbeWithSHAAnd3_KeyTripleDES_CBC
            : PKCSObjectIdentifiers.pbeWithSHAAnd40BitRC2_CBC);
    return builder.setProvider(CertificateMaker.PROVIDER).setIterationCount(spec.iterations)
        .build(password);
  }

  private static BcPKCS12MacCalculatorBuilder mac(Pkcs12Spec spec) {
    BcPKCS12MacCalculatorBuilder builder = spec.legacyEncryption
        ? new BcPKCS12MacCalculatorBuilder(new SHA1Digest(),
            new AlgorithmIdentifier(OIWObjectIdentifiers.idSHA1, DERNull.INSTANCE))
        : new BcPKCS12MacCalculatorBuilder(new SHA256Digest(),
            new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE));
    return builder.setIterationCount(spec.iterations);
  }

  private static byte[] claim(PKCS12PfxPdu pdu, int iterations) throws Exception {
    Pfx pfx = pdu.toASN1Structure();
    MacData mac = pfx.getMacData();
    return new Pfx(pfx.getAuthSafe(), new MacData(mac.getMac(), mac.getSalt(), iterations))
        .getEncoded();
  }
}
