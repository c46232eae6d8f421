package io.edgecert.domain.validation.rules;

import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.util.ArrayList;
import java.util.List;

/** The host names a certificate holds, as written: the subject CN first, then its SAN dNSNames. */
final class CertificateNames {

  static final Precondition PRESENT =
      Precondition.when(c -> !of(c).isEmpty(), "the certificate holds no host name");

  private CertificateNames() {}

  static List<String> of(ValidationContext context) {
    List<String> names = new ArrayList<>();
    if (context.leaf().commonName() != null) {
      names.add(context.leaf().commonName());
    }
    context.leaf().dnsNames().stream().filter(name -> !names.contains(name)).forEach(names::add);
    return names;
  }
}
