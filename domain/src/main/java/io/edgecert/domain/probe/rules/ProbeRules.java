package io.edgecert.domain.probe.rules;

import java.util.List;

/** The rules a live probe applies, as explicit lists in the catalogue's order. */
public final class ProbeRules {

  /** The rules on each SRV record the plan implies. */
  public static final List<SrvRule> SRV =
      List.of(
          new FederationSrvPublished(),
          new ClientSrvPublished(),
          new XmppSrvPublished(),
          new SrvTargetInDomain());

  /** The rules on each address of each endpoint. */
  public static final List<MemberRule> MEMBER =
      List.of(
          new NameResolves(),
          new EndpointReachable(),
          new ReachedNameInSan(),
          new Tls12Accepted(),
          new LegacyTlsRefused(),
          new StartTlsOffered());

  /**
   * The rules comparing the members of one pool: the addresses of one external endpoint, or every
   * internal interface.
   */
  public static final List<PoolRule> POOL =
      List.of(new PoolMembersIdentical(), new InternalPoolMembersIdentical());

  /** Every probe rule, for the rule reference. */
  public static final List<ProbeRule> ALL = all();

  private ProbeRules() {}

  private static List<ProbeRule> all() {
    List<ProbeRule> all = new java.util.ArrayList<>();
    all.addAll(SRV);
    all.addAll(MEMBER);
    all.addAll(POOL);
    return List.copyOf(all);
  }
}
