package io.edgecert.x509;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;

/** One SAN (or CRL/AIA location) entry as text: {@code IP:10.0.0.1}, {@code URI:http://...}. */
final class GeneralNameText {

  private GeneralNameText() {}

  /** The value of a dNSName, rfc822Name or URI entry. */
  static String plain(GeneralName name) {
    return ((ASN1String) name.getName()).getString();
  }

  /** Any entry other than a dNSName, with its type prefix. */
  static String typed(GeneralName name) {
    switch (name.getTagNo()) {
      case GeneralName.iPAddress:
        return "IP:" + address(ASN1OctetString.getInstance(name.getName()).getOctets());
      case GeneralName.uniformResourceIdentifier:
        return "URI:" + plain(name);
      case GeneralName.rfc822Name:
        return "email:" + plain(name);
      case GeneralName.otherName:
        return "otherName:" + ASN1ObjectIdentifier.getInstance(
            ASN1Sequence.getInstance(name.getName()).getObjectAt(0)).getId();
      case GeneralName.directoryName:
        return "DirName:" + DistinguishedNames.rfc4514(X500Name.getInstance(name.getName()));
      case GeneralName.registeredID:
        return "RID:" + ASN1ObjectIdentifier.getInstance(name.getName()).getId();
      case GeneralName.x400Address:
        return "x400Address";
      default:
        return "ediPartyName";
    }
  }

  /** IPv4 dotted, IPv6 in RFC 5952 form ({@code 2001:db8::1}), anything else as hex. */
  private static String address(byte[] octets) {
    if (octets.length == 4) {
      return (octets[0] & 0xFF) + "." + (octets[1] & 0xFF) + "." + (octets[2] & 0xFF) + "."
          + (octets[3] & 0xFF);
    }
    return octets.length == 16 ? ipv6(octets) : Hex.of(octets);
  }

  private static String ipv6(byte[] octets) {
    int[] groups = new int[8];
    for (int i = 0; i < 8; i++) {
      groups[i] = ((octets[2 * i] & 0xFF) << 8) | (octets[2 * i + 1] & 0xFF);
    }
    int zerosAt = -1;
    int zeros = 1;
    for (int i = 0, run = 0; i < 8; i++) {
      run = groups[i] == 0 ? run + 1 : 0;
      if (run > zeros) {
        zeros = run;
        zerosAt = i - run + 1;
      }
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == zerosAt) {
        text.append("::");
        i += zeros - 1;
      } else {
        text.append(text.length() == 0 || text.charAt(text.length() - 1) == ':' ? "" : ":")
            .append(Integer.toHexString(groups[i]));
      }
    }
    return text.toString();
  }
}
