package io.edgecert.domain.probe.rules;

import io.edgecert.domain.probe.Member;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.Finding;

/** DNS-A-001 (SIPDOM-002, POOL-001): every endpoint name has an A or AAAA record. */
final class NameResolves implements MemberRule {

  @Override
  public RuleId id() {
    return RuleId.DNS_A_001;
  }

  @Override
  public Finding evaluate(Member member) {
    String host = member.endpoint().host();
    if (!member.resolved()) {
      return Finding.broken(
          id(),
          host + " has no A or AAAA record: " + member.observation().problem(),
          "an A or AAAA record",
          "(none)");
    }
    String address = member.observation().address();
    return Finding.pass(id(), host + " resolves to " + address, "an A or AAAA record", address);
  }
}
