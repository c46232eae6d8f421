package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.Fqdn;
import java.util.regex.Pattern;

/**
 * FQDN-001 on the names in a certificate: every label of the CN and of each SAN dNSName uses only
 * A-Z, a-z, 0-9 and hyphen (S25, S26, K2, K3). A leading {@code *} label is left to the wildcard
 * rules, and one trailing dot to FQDN-006.
 */
final class CertificateNameSyntax extends CertificateNameCheck {

  private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9-]+");

  @Override
  public RuleId id() {
    return RuleId.FQDN_001;
  }

  @Override
  String expected() {
    return "labels of A-Z, a-z, 0-9 and hyphen only";
  }

  @Override
  String passMessage() {
    return "every name uses letters, digits and hyphens only";
  }

  @Override
  String problem() {
    return "have labels with characters other than A-Z, a-z, 0-9 and hyphen (an underscore,"
        + " a space, Unicode ...); public CAs do not issue such names";
  }

  @Override
  boolean wellFormed(String name) {
    // Not Fqdn.problem: FQDN-001 on a certificate judges the characters only, takes a leading "*"
    // label, and leaves case (Fqdn.normalize would lower it) and label length to other rules.
    String[] labels = Fqdn.withoutTrailingDot(name).split("\\.", -1);
    for (int i = 0; i < labels.length; i++) {
      boolean wildcard = i == 0 && labels[i].equals("*") && labels.length > 1;
      if (!wildcard && !LABEL.matcher(labels[i]).matches()) {
        return false;
      }
    }
    return true;
  }
}
