package io.edgecert.domain.probe.rules;

import io.edgecert.domain.probe.Member;
import io.edgecert.domain.probe.Observation.StartTls;
import io.edgecert.domain.probe.ProbeProtocol;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.Finding;

/**
 * NET-XMPP-001 (XMPP-005, RFC 6120 section 5): the XMPP federation endpoint offers {@code
 * <starttls/>} in its stream features and answers {@code <proceed/>}.
 */
final class StartTlsOffered implements MemberRule {
  private static final String EXPECTED = "<starttls/> offered, then <proceed/>";

  @Override
  public RuleId id() {
    return RuleId.NET_XMPP_001;
  }

  @Override
  public Finding evaluate(Member member) {
    if (member.endpoint().protocol() != ProbeProtocol.XMPP) {
      return Finding.notApplicable(id(), "not an XMPP endpoint");
    }
    StartTls starttls = member.observation().starttls();
    if (starttls == null) {
      return Finding.notApplicable(id(), "no XMPP stream was opened");
    }
    if (!starttls.offered()) {
      return Finding.broken(
          id(),
          member.label() + " does not offer STARTTLS: " + starttls.problem(),
          EXPECTED,
          starttls.problem());
    }
    if (!starttls.proceeded()) {
      return Finding.broken(
          id(),
          member.label() + " offered STARTTLS but did not proceed: " + starttls.problem(),
          EXPECTED,
          starttls.problem());
    }
    return Finding.pass(id(), member.label() + " negotiates STARTTLS", EXPECTED, "proceed");
  }
}
