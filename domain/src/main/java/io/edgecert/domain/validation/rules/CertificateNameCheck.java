package io.edgecert.domain.validation.rules;

import io.edgecert.domain.topology.Fqdn;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.util.List;

/**
 * The check shared by FQDN-001 and FQDN-006 on the names a certificate holds (CN and SAN dNSNames):
 * every name passes {@link #wellFormed}, or the finding names those that do not.
 */
abstract class CertificateNameCheck implements CertificateRule {

  /** Whether one name, as written in the certificate, keeps the rule. */
  abstract boolean wellFormed(String name);

  /** What the names should be, for the finding's expected value. */
  abstract String expected();

  /** The finding's message when every name keeps the rule. */
  abstract String passMessage();

  /** What is wrong with {@code names}, after "the names ... ". */
  abstract String problem();

  @Override
  public List<Precondition> preconditions() {
    return List.of(CertificateNames.PRESENT);
  }

  @Override
  public Finding check(ValidationContext context) {
    List<String> names = CertificateNames.of(context);
    List<String> bad = names.stream().filter(name -> !wellFormed(name)).toList();
    String actual = Fqdn.join(names);
    if (bad.isEmpty()) {
      return Finding.pass(id(), passMessage(), expected(), actual);
    }
    return Finding.broken(
        id(), "the names " + Fqdn.join(bad) + " " + problem(), expected(), actual);
  }
}
