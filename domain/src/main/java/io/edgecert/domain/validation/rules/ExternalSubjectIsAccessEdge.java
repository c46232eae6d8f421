package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.util.List;

/**
 * EXT-SUBJECT-001: the external subject CN should be the Access Edge external FQDN, or its VIP FQDN
 * with HLB (S01-S08, S13, K1); a recommendation for OCS compatibility (AMB-05).
 */
final class ExternalSubjectIsAccessEdge implements CertificateRule {

  @Override
  public RuleId id() {
    return RuleId.EXT_SUBJECT_001;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of(Preconditions.EXTERNAL_NAMES);
  }

  @Override
  public Finding check(ValidationContext context) {
    return SubjectNames.matchPlanned(
        id(),
        context,
        "Access Edge external FQDN",
        " (recommended for OCS compatibility; the CN must still be in the SAN)");
  }
}
