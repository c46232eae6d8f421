package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.Fqdn;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * EXT-SAN-008 (appendix Z): the external certificate carries no SAN the plan does not call for,
 * read from the plan; the subject CN's own entry is always planned (EXT-SAN-001 requires it), and
 * the A/V Edge FQDN is tolerated (EXT-SAN-005).
 */
final class NoUnplannedSan implements CertificateRule {

  @Override
  public RuleId id() {
    return RuleId.EXT_SAN_008;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of(Preconditions.EXTERNAL_NAMES);
  }

  @Override
  public Finding check(ValidationContext context) {
    Set<String> unplanned = new LinkedHashSet<>(context.certificateNames());
    unplanned.removeAll(context.plannedNames());
    unplanned.removeAll(tolerated(context));
    String expected = Fqdn.join(context.plannedNames());
    String actual = Fqdn.join(context.asWritten(context.certificateNames()));
    if (unplanned.isEmpty()) {
      return Finding.pass(id(), "every SAN is one the plan calls for", expected, actual);
    }
    return Finding.broken(
        id(),
        "the SAN carries names the plan does not call for: "
            + Fqdn.join(context.asWritten(unplanned))
            + " (often a SIP domain removed from the topology)",
        expected,
        actual);
  }

  private static Set<String> tolerated(ValidationContext context) {
    Set<String> tolerated = new LinkedHashSet<>();
    context.commonName().ifPresent(tolerated::add);
    Fqdn avEdge = context.topology().edge().avEdge();
    if (avEdge != null) {
      tolerated.add(avEdge.normalized());
    }
    return tolerated;
  }
}
