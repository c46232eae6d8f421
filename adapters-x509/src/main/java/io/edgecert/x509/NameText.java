package io.edgecert.x509;

import org.bouncycastle.asn1.x500.X500Name;

/**
 * A distinguished name as RFC 4514 text and as a match key, each made once: chain building compares
 * keys instead of BouncyCastle's costly canonical {@code X500Name.equals}.
 */
final class NameText {
  private final X500Name name;
  private volatile String text;
  private volatile String key;

  NameText(X500Name name) {
    this.name = name;
  }

  String text() {
    String value = text;
    if (value == null) {
      value = DistinguishedNames.rfc4514(name);
      text = value;
    }
    return value;
  }

  /** The text in lower case with white space runs folded (RFC 5280 7.1 caseIgnoreMatch). */
  String key() {
    String value = key;
    if (value == null) {
      value = DistinguishedNames.matchKey(text());
      key = value;
    }
    return value;
  }
}
