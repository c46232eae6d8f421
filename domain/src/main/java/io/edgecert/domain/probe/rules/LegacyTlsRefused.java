package io.edgecert.domain.probe.rules;

import io.edgecert.domain.probe.Member;
import io.edgecert.domain.probe.TlsVersion;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.Finding;

/** NET-TLS-002: a TLS endpoint refuses TLS 1.0 and 1.1. */
final class LegacyTlsRefused implements MemberRule {

  @Override
  public RuleId id() {
    return RuleId.NET_TLS_002;
  }

  @Override
  public Finding evaluate(Member member) {
    if (!member.speaksTls()) {
      return Finding.notApplicable(id(), "reachability only, no TLS");
    }
    if (!member.observation().connected()) {
      return Finding.notApplicable(id(), "not reached");
    }
    String actual = Tls12Accepted.accepted(member);
    boolean legacy =
        member.observation().accepted().contains(TlsVersion.TLS_1_0)
            || member.observation().accepted().contains(TlsVersion.TLS_1_1);
    if (legacy) {
      return Finding.broken(
          id(), member.label() + " still accepts TLS 1.0 or 1.1", "TLS 1.2 or later only", actual);
    }
    return Finding.pass(id(), member.label() + " refuses TLS 1.0 and 1.1", "TLS 1.2 or later only", actual);
  }
}
