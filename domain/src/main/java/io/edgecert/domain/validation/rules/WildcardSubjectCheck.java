package io.edgecert.domain.validation.rules;

import io.edgecert.domain.topology.Fqdn;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.ValidationContext;

/** The check shared by EXT-SUBJECT-002, INT-SUBJECT-002 and WILD-001: the CN is no wildcard. */
abstract class WildcardSubjectCheck implements CertificateRule {

  private static final String EXPECTED = "an explicit FQDN, no wildcard";

  @Override
  public Finding check(ValidationContext context) {
    String commonName = context.leaf().commonName();
    if (Fqdn.isWildcard(commonName)) {
      return Finding.broken(
          id(),
          "the subject CN " + commonName + " is a wildcard; no Edge role accepts a wildcard CN",
          EXPECTED,
          commonName);
    }
    return Finding.pass(id(), "the subject CN is an explicit name", EXPECTED, commonName);
  }
}
