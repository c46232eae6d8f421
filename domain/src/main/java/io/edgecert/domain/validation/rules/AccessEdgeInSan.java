package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.util.List;

/** EXT-SAN-002: the SAN contains the Access Edge external (or VIP) FQDN (S13, S01-S08). */
final class AccessEdgeInSan implements CertificateRule {

  @Override
  public RuleId id() {
    return RuleId.EXT_SAN_002;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of(
        Preconditions.EXTERNAL_NAMES,
        Precondition.when(
            c -> c.topology().edge().accessEdge() != null,
            "the topology names no Access Edge FQDN"));
  }

  @Override
  public Finding check(ValidationContext context) {
    List<String> access = List.of(context.topology().edge().accessEdge());
    return SanPresence.requireAll(id(), context, access, "the Access Edge external FQDN");
  }
}
