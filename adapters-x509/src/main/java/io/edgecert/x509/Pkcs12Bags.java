package io.edgecert.x509;

import io.edgecert.domain.work.WorkBudget;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.pkcs.Attribute;
import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.pkcs.EncryptedData;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.Pfx;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagFactory;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;

/** Opens the safe contents of a PKCS#12 file and decrypts its certificate and key bags. */
final class Pkcs12Bags {
  static final ASN1ObjectIdentifier KEY_PROVIDER = new ASN1ObjectIdentifier("1.3.6.1.4.1.311.17.1");

  /** A bag's value with the attributes that tie keys to certificates and name them. */
  record Entry<T>(T value, ASN1Encodable localKeyId, String friendlyName, String providerName) {}

  final List<Entry<ParsedCertificate>> certificates = new ArrayList<>();
  final List<Entry<PrivateKeyInfo>> keys = new ArrayList<>();

  private Pkcs12Bags() {}

  static Pkcs12Bags open(String file, Pfx pfx, Pkcs12Password password, Pkcs12Work.Total work) {
    Pkcs12Bags bags = new Pkcs12Bags();
    for (ContentInfo info : new PKCS12PfxPdu(pfx).getContentInfos()) {
      WorkBudget.checkpoint();
      for (PKCS12SafeBag bag : safeBags(file, info, password, work)) {
        WorkBudget.checkpoint();
        bags.add(file, bag, password, work);
      }
    }
    return bags;
  }

  private static PKCS12SafeBag[] safeBags(
      String file, ContentInfo info, Pkcs12Password password, Pkcs12Work.Total work) {
    if (!PKCSObjectIdentifiers.encryptedData.equals(info.getContentType())) {
      return InputErrors.decode(
          file,
          "the PKCS#12 file is damaged (unreadable safe contents)",
          () -> new PKCS12SafeBagFactory(info).getSafeBags());
    }
    AlgorithmIdentifier algorithm =
        EncryptedData.getInstance(info.getContent()).getEncryptionAlgorithm();
    work.encryption(algorithm);
    try {
      return new PKCS12SafeBagFactory(info, password.decryptor()).getSafeBags();
    } catch (PKCSException | RuntimeException e) {
      throw Pkcs12Mac.undecryptable(file, password, algorithm.getAlgorithm().getId());
    }
  }

  private void add(String file, PKCS12SafeBag bag, Pkcs12Password password, Pkcs12Work.Total work) {
    Object value = bag.getBagValue();
    if (value instanceof X509CertificateHolder) {
      ParsedCertificate certificate =
          InputErrors.decode(
              file,
              "the PKCS#12 file holds a damaged certificate",
              () -> ParsedCertificate.of((X509CertificateHolder) value));
      certificates.add(entry(bag, certificate));
    } else if (value instanceof PrivateKeyInfo) {
      keys.add(entry(bag, (PrivateKeyInfo) value));
    } else if (value instanceof PKCS8EncryptedPrivateKeyInfo) {
      keys.add(entry(bag, decrypt(file, (PKCS8EncryptedPrivateKeyInfo) value, password, work)));
    }
  }

  private static PrivateKeyInfo decrypt(
      String file,
      PKCS8EncryptedPrivateKeyInfo key,
      Pkcs12Password password,
      Pkcs12Work.Total work) {
    work.encryption(key.getEncryptionAlgorithm());
    try {
      return key.decryptPrivateKeyInfo(password.decryptor());
    } catch (PKCSException | RuntimeException e) {
      throw Pkcs12Mac.undecryptable(
          file, password, key.getEncryptionAlgorithm().getAlgorithm().getId());
    }
  }

  private static <T> Entry<T> entry(PKCS12SafeBag bag, T value) {
    return new Entry<>(
        value,
        attribute(bag, PKCS12SafeBag.localKeyIdAttribute),
        text(attribute(bag, PKCS12SafeBag.friendlyNameAttribute)),
        text(attribute(bag, KEY_PROVIDER)));
  }

  private static ASN1Encodable attribute(PKCS12SafeBag bag, ASN1ObjectIdentifier type) {
    for (Attribute attribute :
        bag.getAttributes() == null ? new Attribute[0] : bag.getAttributes()) {
      if (type.equals(attribute.getAttrType()) && attribute.getAttrValues().size() > 0) {
        return attribute.getAttrValues().getObjectAt(0);
      }
    }
    return null;
  }

  private static String text(ASN1Encodable value) {
    return value instanceof ASN1String ? ((ASN1String) value).getString() : null;
  }
}
