package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.util.List;

/**
 * INT-SUBJECT-001: the internal subject CN is the Edge internal FQDN: the server, internal pool or
 * internal VIP FQDN (S02-S06, S13, S25).
 */
final class InternalSubjectIsInternalFqdn implements CertificateRule {

  @Override
  public RuleId id() {
    return RuleId.INT_SUBJECT_001;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of(Preconditions.INTERNAL);
  }

  @Override
  public Finding check(ValidationContext context) {
    return SubjectNames.matchPlanned(id(), context, "Edge internal FQDN", "");
  }
}
