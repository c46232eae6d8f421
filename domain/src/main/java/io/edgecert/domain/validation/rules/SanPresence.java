package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.HostNames;
import io.edgecert.domain.validation.ValidationContext;
import java.util.Collection;
import java.util.Set;

/** The shared check of the rules that require names in the SAN: pass, or name the missing ones. */
final class SanPresence {

  private SanPresence() {}

  /** Passes when the certificate's SAN holds every name of {@code wanted} (compared as sets). */
  static Finding requireAll(
      RuleId rule, ValidationContext context, Collection<String> wanted, String what) {
    Set<String> present = context.certificateNames();
    Set<String> missing = HostNames.missing(wanted, present);
    String expected = HostNames.join(HostNames.set(wanted));
    String actual = HostNames.join(present);
    if (missing.isEmpty()) {
      return Finding.pass(rule, "the SAN contains " + what, expected, actual);
    }
    return Finding.broken(
        rule, "the SAN lacks " + what + ": missing " + HostNames.join(missing), expected, actual);
  }
}
