package io.edgecert.x509;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.ASN1UTF8String;
import org.bouncycastle.asn1.DERUTF8String;
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
      reversed[i] = readable(rdns[rdns.length - 1 - i]);
    }
    return BCStyle.INSTANCE.toString(new X500Name(BCStyle.INSTANCE, reversed));
  }

  /** Lower case, white space runs folded to one space: names that RFC 5280 calls equal match. */
  static String matchKey(String rfc4514) {
    StringBuilder key = new StringBuilder(rfc4514.length());
    boolean space = false;
    for (int i = 0; i < rfc4514.length(); i++) {
      char c = rfc4514.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
        continue;
      }
      if (space && key.length() > 0 && key.charAt(key.length() - 1) != '=') {
        key.append(' ');
      }
      space = false;
      key.append(Character.toLowerCase(c));
    }
    return key.toString();
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
    if (value instanceof ASN1UTF8String utf8) {
      return lenient(utf8);
    }
    return value instanceof ASN1String
        ? ((ASN1String) value).getString()
        : IETFUtils.valueToString(value);
  }

  /**
   * The RDN with every UTF8String that is not UTF-8 (the input's fault, as in the pyca vector
   * invalid_utf8_common_name) decoded with U+FFFD for the bad bytes, so that the name can be shown
   * and checked like any other instead of failing the whole input.
   */
  private static RDN readable(RDN rdn) {
    AttributeTypeAndValue[] values = rdn.getTypesAndValues();
    boolean changed = false;
    for (int i = 0; i < values.length; i++) {
      if (values[i].getValue() instanceof ASN1UTF8String utf8 && !valid(utf8)) {
        values[i] =
            new AttributeTypeAndValue(values[i].getType(), new DERUTF8String(lenient(utf8)));
        changed = true;
      }
    }
    return changed ? new RDN(values) : rdn;
  }

  private static boolean valid(ASN1UTF8String utf8) {
    try {
      utf8.getString();
      return true;
    } catch (IllegalArgumentException invalid) {
      return false;
    }
  }

  private static String lenient(ASN1UTF8String utf8) {
    try {
      return utf8.getString();
    } catch (IllegalArgumentException invalid) {
      return replacingBadBytes(utf8);
    }
  }

  private static String replacingBadBytes(ASN1UTF8String utf8) {
    byte[] der;
    try {
      der = utf8.getEncoded(ASN1Encoding.DER);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int lengthBytes = der[1] >= 0 ? 0 : der[1] & 0x7f;
    int start = 2 + lengthBytes;
    return new String(der, start, der.length - start, StandardCharsets.UTF_8);
  }
}
