package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.HostNames;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.util.List;

/**
 * FQDN-006: no name in the certificate ends with a dot, which RFC 5280's preferred name syntax
 * (4.2.1.6) leaves out; every comparison still ignores the dot (FQDN-005), so this only warns.
 */
final class NoTrailingDot implements CertificateRule {

  private static final String EXPECTED = "names without a trailing dot";

  @Override
  public RuleId id() {
    return RuleId.FQDN_006;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of(CertificateNames.PRESENT);
  }

  @Override
  public Finding check(ValidationContext context) {
    List<String> names = CertificateNames.of(context);
    List<String> dotted = names.stream().filter(name -> name.strip().endsWith(".")).toList();
    String actual = HostNames.join(names);
    if (dotted.isEmpty()) {
      return Finding.pass(id(), "no name ends with a dot", EXPECTED, actual);
    }
    return Finding.broken(
        id(),
        "the names "
            + HostNames.join(dotted)
            + " end with a dot, which RFC 5280 leaves out of certificate names; edgecert compares"
            + " them without it, some TLS clients may not",
        EXPECTED,
        actual);
  }
}
