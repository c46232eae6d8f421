package io.edgecert.domain.plan.rules;

import io.edgecert.domain.plan.PlanningRule;
import java.util.List;

/** The planning rules in the order the planner applies them (appendix Y of the reference). */
public final class PlanningRules {

  /** Usages come before the rules that look at them; the subject before the SAN that repeats it. */
  public static final List<PlanningRule> ALL =
      List.of(
          new ExternalUsageRule(),
          new InternalUsageRule(),
          new AvDecouplingRule(),
          new ExternalSubjectRule(),
          new InternalSubjectRule(),
          new SubjectInSanRule(),
          new AccessEdgeSanRule(),
          new WebConferencingSanRule(),
          new SipDomainSanRule(),
          new XmppSanRule(),
          new HybridSipDomainSanRule(),
          new ServerAuthenticationRule(),
          new ClientEkuForAolRule(),
          new ExternalCertificateAuthorityRule(),
          new InternalCertificateAuthorityRule(),
          new PoolExternalKeyRule(),
          new SingleExternalKeyRule(),
          new OffEdgeRequestKeyRule(),
          new AvPoolKeyRule(),
          new PoolInternalKeyRule(),
          new KeyAlgorithmRule(),
          new ManualEnrollmentRule(),
          new HardwareLoadBalancerNamesRule(),
          new DnsPoolNamesRule());

  private PlanningRules() {}
}
