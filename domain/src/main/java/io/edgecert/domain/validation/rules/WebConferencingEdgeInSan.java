package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.util.List;

/** EXT-SAN-003: the SAN contains the Web Conferencing Edge external (or VIP) FQDN (S13, S16). */
final class WebConferencingEdgeInSan implements CertificateRule {

  @Override
  public RuleId id() {
    return RuleId.EXT_SAN_003;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of(
        Preconditions.EXTERNAL_NAMES,
        Precondition.when(
            c -> c.topology().edge().webConferencingEdge() != null,
            "the topology names no Web Conferencing Edge FQDN"));
  }

  @Override
  public Finding check(ValidationContext context) {
    List<String> webConferencing = List.of(context.topology().edge().webConferencingEdge());
    return SanPresence.requireAll(
        id(), context, webConferencing, "the Web Conferencing Edge external FQDN");
  }
}
