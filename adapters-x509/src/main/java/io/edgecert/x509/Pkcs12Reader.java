package io.edgecert.x509;

import io.edgecert.domain.certificate.SourceFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.pkcs.Pfx;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;

/**
 * Reads a PKCS#12 (PFX) file: refuses absurd work factors, finds the password by the MAC, decrypts
 * the bags and picks the key entry and the certificate it belongs to.
 */
final class Pkcs12Reader {

  private Pkcs12Reader() {}

  static DecodedInput read(String file, ASN1Sequence sequence, char[] password) {
    Pfx pfx =
        InputErrors.decode(file, "the PKCS#12 file is damaged", () -> Pfx.getInstance(sequence));
    Pkcs12Work.Total work = new Pkcs12Work.Total(file);
    work.mac(pfx.getMacData());
    Pkcs12Bags bags = Pkcs12Bags.open(file, pfx, Pkcs12Mac.verify(file, pfx, password), work);
    if (bags.certificates.isEmpty()) {
      throw InputErrors.invalid(file, "the PKCS#12 file holds no certificate");
    }
    List<ParsedCertificate> certificates =
        bags.certificates.stream().map(Pkcs12Bags.Entry::value).collect(Collectors.toList());
    if (bags.keys.isEmpty()) {
      return DecodedInput.certificates(SourceFormat.PKCS12, certificates);
    }
    Pkcs12Bags.Entry<PrivateKeyInfo> key =
        bags.keys.stream()
            .filter(candidate -> owner(bags, candidate) != null)
            .findFirst()
            .orElse(bags.keys.get(0));
    Pkcs12Bags.Entry<ParsedCertificate> owner = owner(bags, key);
    String friendlyName =
        key.friendlyName() != null || owner == null ? key.friendlyName() : owner.friendlyName();
    return new DecodedInput(
        SourceFormat.PKCS12,
        certificates,
        null,
        owner == null ? null : owner.value(),
        new Pkcs12Key(key.value(), friendlyName, key.providerName()));
  }

  /** The certificate with the key's local key id, else the one whose public key it matches. */
  private static Pkcs12Bags.Entry<ParsedCertificate> owner(
      Pkcs12Bags bags, Pkcs12Bags.Entry<PrivateKeyInfo> key) {
    for (Pkcs12Bags.Entry<ParsedCertificate> certificate : bags.certificates) {
      if (key.localKeyId() != null && Objects.equals(key.localKeyId(), certificate.localKeyId())) {
        return certificate;
      }
    }
    return bags.certificates.stream()
        .filter(certificate -> KeyMatch.matches(key.value(), certificate.value()))
        .findFirst()
        .orElse(null);
  }
}
