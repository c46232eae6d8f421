package io.edgecert.x509;

import java.net.InetAddress;
import java.net.UnknownHostException;
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

  private static String address(byte[] octets) {
    if (octets.length != 4 && octets.length != 16) {
      return Hex.of(octets);
    }
    try {
      return InetAddress.getByAddress(octets).getHostAddress();
    } catch (UnknownHostException e) {
      return Hex.of(octets);
    }
  }
}
