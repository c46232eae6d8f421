package io.edgecert.x509;

import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.KeyUsage;

/** The keyUsage bits set in a certificate, by their RFC 5280 names, in bit order. */
final class KeyUsageNames {
  private static final int[] BITS = {
    KeyUsage.digitalSignature, KeyUsage.nonRepudiation, KeyUsage.keyEncipherment,
    KeyUsage.dataEncipherment, KeyUsage.keyAgreement, KeyUsage.keyCertSign, KeyUsage.cRLSign,
    KeyUsage.encipherOnly, KeyUsage.decipherOnly
  };
  private static final String[] NAMES = {
    "digitalSignature", "nonRepudiation", "keyEncipherment", "dataEncipherment", "keyAgreement",
    "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly"
  };

  private KeyUsageNames() {}

  static List<String> of(Extensions extensions) {
    KeyUsage usage = KeyUsage.fromExtensions(extensions);
    List<String> names = new ArrayList<>();
    for (int i = 0; usage != null && i < BITS.length; i++) {
      if (usage.hasUsages(BITS[i])) {
        names.add(NAMES[i]);
      }
    }
    return names;
  }
}
