package io.edgecert.domain.probe.rules;

import io.edgecert.domain.probe.Member;
import io.edgecert.domain.probe.Observation;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.Finding;

/**
 * NET-REACH-001: an endpoint the plan requires answers: a TCP connection for the A/V Edge, a server
 * certificate for a TLS or XMPP endpoint (a handshake that then stops for want of a client
 * certificate still counts: the Edge presented its certificate).
 */
final class EndpointReachable implements MemberRule {

  @Override
  public RuleId id() {
    return RuleId.NET_REACH_001;
  }

  @Override
  public Finding evaluate(Member member) {
    if (!member.resolved()) {
      return Finding.notApplicable(id(), "the name does not resolve");
    }
    Observation seen = member.observation();
    String expected = member.speaksTls() ? "a server certificate" : "a TCP connection";
    if (!seen.connected()) {
      return Finding.broken(
          id(), member.label() + " cannot be reached: " + seen.problem(), expected, seen.problem());
    }
    if (!member.speaksTls()) {
      return Finding.pass(id(), member.label() + " accepts TCP connections", expected, "connected");
    }
    if (seen.chain().isEmpty()) {
      return Finding.broken(
          id(),
          member.label() + " presented no certificate: " + seen.problem(),
          expected,
          seen.problem());
    }
    return Finding.pass(
        id(), member.label() + " presented its certificate", expected, actual(seen));
  }

  private static String actual(Observation seen) {
    String sent = seen.chain().size() + " certificate(s) sent";
    if (seen.problem() == null) {
      return sent;
    }
    return sent + "; then: " + seen.problem();
  }
}
