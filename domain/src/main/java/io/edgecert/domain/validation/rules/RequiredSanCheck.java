package io.edgecert.domain.validation.rules;

import io.edgecert.domain.topology.Fqdn;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.util.List;
import java.util.Set;

/**
 * The check shared by the rules that require names in the external certificate's SAN (EXT-SAN-001
 * to 004, SIPDOM-006, XMPP-001): compared as sets (EXT-SAN-006), naming the missing ones.
 */
abstract class RequiredSanCheck implements CertificateRule {

  /** The names the SAN must hold; empty when the rule has nothing to require. */
  abstract List<String> wanted(ValidationContext context);

  /** What the names are, for the message: "the Access Edge external FQDN". */
  abstract String what();

  /**
   * One of the names, counted in a failure ("planned sip.<domain> name": "lacks 1 of the 2 planned
   * sip.<domain> names"); null for a rule that wants one name, which {@link #what()} names.
   */
  String counted() {
    return null;
  }

  /** Why the rule does not apply when nothing is wanted. */
  abstract String nothingWanted();

  @Override
  public List<Precondition> preconditions() {
    return List.of(
        Preconditions.EXTERNAL_NAMES,
        Precondition.when(c -> !wanted(c).isEmpty(), nothingWanted()));
  }

  @Override
  public Finding check(ValidationContext context) {
    Set<String> wanted = Fqdn.normalizedSet(wanted(context));
    Set<String> present = context.certificateNames();
    Set<String> missing = Fqdn.missing(wanted, present);
    String expected = Fqdn.join(wanted);
    String actual = Fqdn.join(context.asWritten(present));
    if (missing.isEmpty()) {
      return Finding.pass(id(), "the SAN contains " + what(), expected, actual);
    }
    return Finding.broken(
        id(),
        "the SAN lacks "
            + lacking(missing.size(), wanted.size())
            + ": missing "
            + Fqdn.join(context.asWritten(missing)),
        expected,
        actual);
  }

  /** "the Access Edge external FQDN", or how many of how many: "1 of the 2 planned ... names". */
  private String lacking(int missing, int wanted) {
    if (counted() == null) {
      return what();
    }
    return wanted == 1 ? "the " + counted() : missing + " of the " + wanted + " " + counted() + "s";
  }
}
