package io.edgecert.x509;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/** Distinguished names as text: RFC 4514 order (most specific first) and the common name. */
final class DistinguishedNames {

  private DistinguishedNames() {}

  /** {@code CN=sip.contoso.com,O=Contoso,C=US}: the RDNs in reverse encoding order. */
  static String rfc4514(X500Name name) {
    RDN[] rdns = name.getRDNs();
    RDN[] reversed = new RDN[rdns.length];
    for (int i = 0; i < rdns.length; i++) {
      reversed[i] = rdns[rdns.length - 1 - i];
    }
    return BCStyle.INSTANCE.toString(new X500Name(BCStyle.INSTANCE, reversed));
  }

  /** The most specific CN value, unescaped, or null when the name has none. */
  static String commonName(X500Name name) {
    RDN[] rdns = name.getRDNs();
    for (int i = rdns.length - 1; i >= 0; i--) {
      for (AttributeTypeAndValue value : rdns[i].getTypesAndValues()) {
        if (BCStyle.CN.equals(value.getType())) {
          return text(value.getValue());
        }
      }
    }
    return null;
  }

  private static String text(ASN1Encodable value) {
    return value instanceof ASN1String ? ((ASN1String) value).getString()
        : IETFUtils.valueToString(value);
  }
}
