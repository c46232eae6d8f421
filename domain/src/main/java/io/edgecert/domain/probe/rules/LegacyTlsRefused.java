package io.edgecert.domain.probe.rules;

import io.edgecert.domain.probe.Member;
import io.edgecert.domain.probe.TlsVersion;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.Finding;
import java.util.Optional;

/** NET-TLS-002: a TLS endpoint refuses TLS 1.0 and 1.1. */
final class LegacyTlsRefused implements MemberRule {

  @Override
  public RuleId id() {
    return RuleId.NET_TLS_002;
  }

  @Override
  public Finding evaluate(Member member) {
    Optional<Finding> notApplicable = Tls12Accepted.notApplicable(id(), member);
    if (notApplicable.isPresent()) {
      return notApplicable.get();
    }
    String actual = Tls12Accepted.accepted(member);
    boolean legacy =
        member.observation().accepted().contains(TlsVersion.TLS_1_0)
            || member.observation().accepted().contains(TlsVersion.TLS_1_1);
    if (legacy) {
      return Finding.broken(
          id(), member.label() + " still accepts TLS 1.0 or 1.1", "TLS 1.2 or later only", actual);
    }
    return Finding.pass(
        id(), member.label() + " refuses TLS 1.0 and 1.1", "TLS 1.2 or later only", actual);
  }
}
