package io.edgecert.domain.validation.rules;

import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.util.List;
import java.util.Optional;

/**
 * WILD-001: no role uses a wildcard subject CN (S11, S13), the A/V Authentication certificate
 * included: AV-003 says which names it needs (none), it does not lift the ban (ADR 0008). The
 * external and internal certificates are judged by EXT-SUBJECT-002 and INT-SUBJECT-002, the same
 * check, so that one wildcard CN is one failure (ADR 0047); WILD-001 judges the A/V one.
 */
final class NoWildcardSubject extends WildcardSubjectCheck {

  @Override
  public RuleId id() {
    return RuleId.WILD_001;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of(NoWildcardSubject::judgedByItsRoleRule, Preconditions.HAS_COMMON_NAME);
  }

  private static Optional<String> judgedByItsRoleRule(ValidationContext context) {
    if (context.role() == CertificateRole.EXTERNAL) {
      return Optional.of("the external certificate's CN is judged by EXT-SUBJECT-002");
    }
    if (context.role() == CertificateRole.INTERNAL) {
      return Optional.of("the internal certificate's CN is judged by INT-SUBJECT-002");
    }
    return Optional.empty();
  }
}
