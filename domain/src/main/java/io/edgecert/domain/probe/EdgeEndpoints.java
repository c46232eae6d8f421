package io.edgecert.domain.probe;

import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.topology.Edge;
import io.edgecert.domain.topology.Fqdn;
import io.edgecert.domain.topology.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * The endpoints a topology implies: the Access Edge on 443 (client sign-in) and 5061 (federation,
 * MTLS), the Web Conferencing Edge on 443, the A/V Edge on TCP 443 (reachability only: it carries
 * no certificate), the targets of the SRV records found, and with {@code internal} the internal
 * FQDN and every Edge Server on 5061. SRV records move an endpoint to the port they give.
 */
public final class EdgeEndpoints {
  private static final String FEDERATION = "Access Edge, federation (MTLS)";
  private static final String CLIENT = "Access Edge, client sign-in";

  private EdgeEndpoints() {}

  /**
   * The SRV records to look up: per SIP domain the client record, and the federation one when SIP
   * federation is on; per XMPP domain the XMPP server record.
   */
  public static List<SrvLookup> srvQuestions(Topology topology) {
    List<SrvLookup> questions = new ArrayList<>();
    for (String domain : written(topology.sipDomains())) {
      if (topology.federation().sip()) {
        questions.add(new SrvLookup(SrvService.SIP_FEDERATION, domain, List.of(), null));
      }
      questions.add(new SrvLookup(SrvService.SIP_CLIENT, domain, List.of(), null));
    }
    topology
        .federation()
        .xmppFederation()
        .ifPresent(
            xmpp ->
                xmpp.domains()
                    .forEach(
                        d ->
                            questions.add(
                                new SrvLookup(
                                    SrvService.XMPP_SERVER, d.toString(), List.of(), null))));
    return questions;
  }

  /** Every endpoint of the topology, with the answers to {@link #srvQuestions} applied. */
  public static List<Endpoint> derive(
      Topology topology, List<SrvLookup> answers, boolean internal) {
    Edge edge = topology.edge();
    String accessEdge = edge.accessEdge().toString();
    List<Endpoint> endpoints = new ArrayList<>();
    add(endpoints, tls(accessEdge, 5061, CertificateRole.EXTERNAL, FEDERATION));
    add(endpoints, tls(accessEdge, 443, CertificateRole.EXTERNAL, CLIENT));
    add(
        endpoints,
        tls(
            edge.webConferencingEdge().toString(),
            443,
            CertificateRole.EXTERNAL,
            "Web Conferencing Edge"));
    if (edge.avEdge() != null) {
      add(
          endpoints,
          new Endpoint(
              edge.avEdge().toString(),
              443,
              ProbeProtocol.TCP,
              null,
              "A/V Edge (TCP only)",
              null,
              List.of()));
    }
    boolean xmppAnswered = false;
    for (SrvLookup answer : answers) {
      for (SrvRecord record : answer.records()) {
        xmppAnswered |= answer.service() == SrvService.XMPP_SERVER;
        applySrv(endpoints, edge, answer, record);
      }
    }
    if (!xmppAnswered) {
      topology
          .federation()
          .xmppFederation()
          .ifPresent(
              xmpp ->
                  xmpp.domains()
                      .forEach(
                          domain ->
                              add(
                                  endpoints,
                                  xmpp(accessEdge, 5269, domain.toString(), List.of()))));
    }
    if (internal) {
      add(
          endpoints,
          tls(
              edge.internal().toString(),
              5061,
              CertificateRole.INTERNAL,
              "Edge internal interface"));
      written(edge.servers())
          .forEach(
              server ->
                  add(
                      endpoints,
                      tls(
                          server,
                          5061,
                          CertificateRole.INTERNAL,
                          "Edge Server internal interface")));
    }
    return List.copyOf(endpoints);
  }

  /**
   * The endpoints with the user's targets applied: a target naming the host and protocol of an
   * endpoint moves it (every endpoint of that host and protocol) to the target's port; any other
   * target is added, judged as the internal certificate when it names the internal FQDN or an Edge
   * Server, else as the external one.
   */
  public static List<Endpoint> withTargets(
      List<Endpoint> endpoints, List<ProbeTarget> targets, Topology topology) {
    List<Endpoint> result = new ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      ProbeTarget moved = targets.stream().filter(t -> names(t, endpoint)).findFirst().orElse(null);
      add(
          result,
          moved == null || moved.port() == 0 ? endpoint : endpoint.withPort(moved.effectivePort()));
    }
    for (ProbeTarget target : targets) {
      if (endpoints.stream().noneMatch(e -> names(target, e))) {
        add(result, fromTarget(target, topology));
      }
    }
    return List.copyOf(result);
  }

  /** The endpoint a target names on its own, without a topology endpoint to move. */
  static Endpoint fromTarget(ProbeTarget target, Topology topology) {
    ProbeProtocol protocol = target.effectiveProtocol();
    Edge edge = topology.edge();
    boolean inside =
        Fqdn.same(target.host(), edge.internal().toString())
            || edge.servers().stream().anyMatch(s -> Fqdn.same(s.toString(), target.host()));
    CertificateRole role =
        protocol == ProbeProtocol.TCP
            ? null
            : inside ? CertificateRole.INTERNAL : CertificateRole.EXTERNAL;
    String xmppDomain = protocol == ProbeProtocol.XMPP ? xmppDomain(target.host(), topology) : null;
    return new Endpoint(
        target.host(), target.effectivePort(), protocol, role, "--target", xmppDomain, List.of());
  }

  private static String xmppDomain(String host, Topology topology) {
    List<String> domains =
        written(
            topology
                .federation()
                .xmppFederation()
                .map(x -> x.domains())
                .orElse(topology.sipDomains()));
    return domains.stream()
        .filter(d -> Fqdn.normalize(host).endsWith("." + Fqdn.normalize(d)))
        .findFirst()
        .orElse(domains.isEmpty() ? host : domains.get(0));
  }

  private static List<String> written(List<Fqdn> names) {
    return names.stream().map(Fqdn::toString).toList();
  }

  private static boolean names(ProbeTarget target, Endpoint endpoint) {
    return Fqdn.same(target.host(), endpoint.host())
        && target.effectiveProtocol() == endpoint.protocol();
  }

  private static void applySrv(
      List<Endpoint> endpoints, Edge edge, SrvLookup answer, SrvRecord record) {
    String name = answer.name();
    SrvService service = answer.service();
    if (service == SrvService.XMPP_SERVER) {
      add(endpoints, xmpp(record.target(), record.port(), answer.domain(), List.of(name)));
      return;
    }
    String purpose = service == SrvService.SIP_FEDERATION ? FEDERATION : CLIENT;
    for (int i = 0; i < endpoints.size(); i++) {
      Endpoint e = endpoints.get(i);
      if (e.purpose().equals(purpose) && Fqdn.same(e.host(), record.target())) {
        endpoints.set(i, e.withPort(record.port()).withSrvName(name));
        dedupe(endpoints, i);
        return;
      }
    }
    add(
        endpoints,
        new Endpoint(
            record.target(),
            record.port(),
            service.protocol(),
            service.role(),
            purpose + " via " + name,
            null,
            List.of(name)));
  }

  /** Folds the endpoint at {@code moved} into an equal one, keeping its SRV names, if any. */
  private static void dedupe(List<Endpoint> endpoints, int moved) {
    Endpoint e = endpoints.get(moved);
    for (int j = 0; j < endpoints.size(); j++) {
      if (j != moved && endpoints.get(j).sameAs(e)) {
        endpoints.set(j, withSrvNames(endpoints.get(j), e));
        endpoints.remove(moved);
        return;
      }
    }
  }

  private static Endpoint tls(String host, int port, CertificateRole role, String purpose) {
    if (host == null) {
      return null;
    }
    return new Endpoint(host, port, ProbeProtocol.TLS, role, purpose, null, List.of());
  }

  private static Endpoint xmpp(String host, int port, String domain, List<String> srvNames) {
    return new Endpoint(
        host,
        port,
        ProbeProtocol.XMPP,
        CertificateRole.EXTERNAL,
        "XMPP federation of " + domain,
        domain,
        srvNames);
  }

  /** Adds {@code endpoint} unless the list has it already; then merges its SRV names into it. */
  private static void add(List<Endpoint> endpoints, Endpoint endpoint) {
    if (endpoint == null) {
      return;
    }
    for (int i = 0; i < endpoints.size(); i++) {
      if (endpoints.get(i).sameAs(endpoint)) {
        endpoints.set(i, withSrvNames(endpoints.get(i), endpoint));
        return;
      }
    }
    endpoints.add(endpoint);
  }

  private static Endpoint withSrvNames(Endpoint kept, Endpoint folded) {
    Endpoint merged = kept;
    for (String srv : folded.srvNames()) {
      merged = merged.withSrvName(srv);
    }
    return merged;
  }
}
