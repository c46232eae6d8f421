package io.edgecert.x509.request;

import io.edgecert.application.port.in.SubjectFields;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;

/** The request subject: C, ST, L, O and OU from the subject fields, then the plan's CN, last. */
final class RequestSubject {
  private static final List<String> ORDER = List.of("C", "ST", "L", "O", "OU");
  private static final Map<String, ASN1ObjectIdentifier> TYPES =
      Map.of("C", BCStyle.C, "ST", BCStyle.ST, "L", BCStyle.L, "O", BCStyle.O, "OU", BCStyle.OU);

  private RequestSubject() {}

  static X500Name of(String commonName, SubjectFields fields) {
    X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE);
    for (String key : ORDER) {
      fields.valuesOf(key).forEach(value -> name.addRDN(TYPES.get(key), value));
    }
    return name.addRDN(BCStyle.CN, commonName).build();
  }
}
