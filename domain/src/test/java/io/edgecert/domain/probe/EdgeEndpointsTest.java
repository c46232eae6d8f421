package io.edgecert.domain.probe;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.topology.Topology;
import io.edgecert.domain.topology.XmppSanStyle;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EdgeEndpointsTest {
  private static final String FEDERATION = "Access Edge, federation (MTLS)";
  private static final String CLIENT = "Access Edge, client sign-in";

  @Test
  void givenSipFederation_srvQuestions_asksFederationThenClientPerSipDomainThenXmppPerDomain() {
    Topology topology = contoso().xmpp(XmppSanStyle.DOMAIN, "contoso.com").build();

    assertThat(EdgeEndpoints.srvQuestions(topology))
        .extracting(SrvLookup::name, SrvLookup::records, SrvLookup::problem)
        .containsExactly(
            tuple("_sipfederationtls._tcp.contoso.com", List.of(), null),
            tuple("_sip._tls.contoso.com", List.of(), null),
            tuple("_sipfederationtls._tcp.fabrikam.com", List.of(), null),
            tuple("_sip._tls.fabrikam.com", List.of(), null),
            tuple("_xmpp-server._tcp.contoso.com", List.of(), null));
  }

  @Test
  void givenNoFederation_srvQuestions_asksOnlyTheClientRecords() {
    assertThat(EdgeEndpoints.srvQuestions(contoso().sipFederation(false).build()))
        .extracting(SrvLookup::name)
        .containsExactly("_sip._tls.contoso.com", "_sip._tls.fabrikam.com");
  }

  @Test
  void givenNoAnswers_derive_givesTheAccessWebConferencingAndAvEdgeEndpoints() {
    assertThat(EdgeEndpoints.derive(contoso().build(), List.of(), false))
        .extracting(
            Endpoint::label,
            Endpoint::role,
            Endpoint::purpose,
            Endpoint::xmppDomain,
            e -> e.srvNames())
        .containsExactly(
            tuple(
                "sip.contoso.com:5061/tls", CertificateRole.EXTERNAL, FEDERATION, null, List.of()),
            tuple("sip.contoso.com:443/tls", CertificateRole.EXTERNAL, CLIENT, null, List.of()),
            tuple(
                "webcon.contoso.com:443/tls",
                CertificateRole.EXTERNAL,
                "Web Conferencing Edge",
                null,
                List.of()),
            tuple("av.contoso.com:443/tcp", null, "A/V Edge (TCP only)", null, List.of()));
  }

  @Test
  void givenNoAvEdgeAndOneName_derive_givesOneEndpointPerHostPortAndProtocol() {
    Topology topology = contoso().avEdge(null).webConferencingEdge("SIP.contoso.com").build();

    assertThat(EdgeEndpoints.derive(topology, List.of(), false))
        .extracting(Endpoint::label, Endpoint::purpose)
        .containsExactly(
            tuple("sip.contoso.com:5061/tls", FEDERATION),
            tuple("sip.contoso.com:443/tls", CLIENT));
  }

  @Test
  void givenInternal_derive_addsTheInternalFqdnAndEveryEdgeServerOn5061() {
    assertThat(EdgeEndpoints.derive(contoso().scaledDns().build(), List.of(), true))
        .extracting(Endpoint::label, Endpoint::role, Endpoint::purpose)
        .endsWith(
            tuple(
                "lsedge.contoso.net:5061/tls", CertificateRole.INTERNAL, "Edge internal interface"),
            tuple(
                "edge1.contoso.net:5061/tls",
                CertificateRole.INTERNAL,
                "Edge Server internal interface"),
            tuple(
                "edge2.contoso.net:5061/tls",
                CertificateRole.INTERNAL,
                "Edge Server internal interface"))
        .hasSize(7);
  }

  @Test
  void givenXmppWithoutAnswer_derive_probesTheAccessEdgeOn5269OnceForTheFirstXmppDomain() {
    Topology topology = contoso().xmpp(XmppSanStyle.DOMAIN, "contoso.com", "fabrikam.com").build();
    List<SrvLookup> unanswered =
        List.of(new SrvLookup(SrvService.XMPP_SERVER, "contoso.com", List.of(), "timed out"));

    assertThat(EdgeEndpoints.derive(topology, unanswered, false))
        .filteredOn(e -> e.protocol() == ProbeProtocol.XMPP)
        .extracting(Endpoint::label, Endpoint::xmppDomain, Endpoint::purpose, Endpoint::role)
        .containsExactly(
            tuple(
                "sip.contoso.com:5269/xmpp",
                "contoso.com",
                "XMPP federation of contoso.com",
                CertificateRole.EXTERNAL));
  }

  @Test
  void givenAnXmppAnswerBeforeSipAnswers_derive_probesTheSrvTargetsOnly() {
    Topology topology = contoso().xmpp(XmppSanStyle.DOMAIN, "contoso.com").build();
    List<SrvLookup> answers =
        List.of(
            lookup(SrvService.XMPP_SERVER, "contoso.com", "xmpp.contoso.com", 5270),
            lookup(SrvService.SIP_CLIENT, "contoso.com", "sip.contoso.com", 443));

    assertThat(EdgeEndpoints.derive(topology, answers, false))
        .filteredOn(e -> e.protocol() == ProbeProtocol.XMPP)
        .extracting(Endpoint::label, Endpoint::xmppDomain, e -> e.srvNames())
        .containsExactly(
            tuple(
                "xmpp.contoso.com:5270/xmpp",
                "contoso.com",
                List.of("_xmpp-server._tcp.contoso.com")));
  }

  @Test
  void givenSrvRecordsOnTheAccessEdge_derive_movesItsEndpointsToTheirPortsAndNamesTheRecords() {
    List<SrvLookup> answers =
        List.of(
            lookup(SrvService.SIP_FEDERATION, "contoso.com", "SIP.contoso.com", 5062),
            lookup(SrvService.SIP_CLIENT, "contoso.com", "sip.contoso.com", 444),
            lookup(SrvService.SIP_CLIENT, "fabrikam.com", "sip.contoso.com", 444));

    assertThat(EdgeEndpoints.derive(contoso().avEdge(null).build(), answers, false))
        .extracting(Endpoint::label, Endpoint::purpose, e -> e.srvNames())
        .containsExactly(
            tuple(
                "sip.contoso.com:5062/tls",
                FEDERATION,
                List.of("_sipfederationtls._tcp.contoso.com")),
            tuple(
                "sip.contoso.com:444/tls",
                CLIENT,
                List.of("_sip._tls.contoso.com", "_sip._tls.fabrikam.com")),
            tuple("webcon.contoso.com:443/tls", "Web Conferencing Edge", List.of()));
  }

  @Test
  void givenSrvRecordMovingAnEndpointOntoAnother_derive_keepsOneThatStillNamesTheRecord() {
    List<SrvLookup> answers =
        List.of(lookup(SrvService.SIP_CLIENT, "contoso.com", "sip.contoso.com", 5061));

    assertThat(EdgeEndpoints.derive(contoso().avEdge(null).build(), answers, false))
        .extracting(Endpoint::label, Endpoint::purpose, e -> e.srvNames())
        .containsExactly(
            tuple("sip.contoso.com:5061/tls", FEDERATION, List.of("_sip._tls.contoso.com")),
            tuple("webcon.contoso.com:443/tls", "Web Conferencing Edge", List.of()));
  }

  @Test
  void givenSrvRecordOnAnotherHost_derive_addsAnEndpointNamedAfterTheRecord() {
    List<SrvLookup> answers =
        List.of(
            lookup(SrvService.SIP_FEDERATION, "fabrikam.com", "sip.fabrikam.com", 5061),
            lookup(SrvService.SIP_CLIENT, "fabrikam.com", "sip.fabrikam.com", 443));

    assertThat(EdgeEndpoints.derive(contoso().build(), answers, false))
        .extracting(Endpoint::label, Endpoint::role, Endpoint::purpose, e -> e.srvNames())
        .containsExactly(
            tuple("sip.contoso.com:5061/tls", CertificateRole.EXTERNAL, FEDERATION, List.of()),
            tuple("sip.contoso.com:443/tls", CertificateRole.EXTERNAL, CLIENT, List.of()),
            tuple(
                "webcon.contoso.com:443/tls",
                CertificateRole.EXTERNAL,
                "Web Conferencing Edge",
                List.of()),
            tuple("av.contoso.com:443/tcp", null, "A/V Edge (TCP only)", List.of()),
            tuple(
                "sip.fabrikam.com:5061/tls",
                CertificateRole.EXTERNAL,
                FEDERATION + " via _sipfederationtls._tcp.fabrikam.com",
                List.of("_sipfederationtls._tcp.fabrikam.com")),
            tuple(
                "sip.fabrikam.com:443/tls",
                CertificateRole.EXTERNAL,
                CLIENT + " via _sip._tls.fabrikam.com",
                List.of("_sip._tls.fabrikam.com")));
  }

  @Test
  void givenTargetNamingAnEndpointsHost_withTargets_movesEveryEndpointOfThatHostAndProtocol() {
    Topology topology = contoso().build();
    List<Endpoint> endpoints = EdgeEndpoints.derive(topology, List.of(), false);

    assertThat(EdgeEndpoints.withTargets(endpoints, targets("Sip.Contoso.com:5070"), topology))
        .extracting(Endpoint::label, Endpoint::purpose)
        .containsExactly(
            tuple("sip.contoso.com:5070/tls", FEDERATION),
            tuple("webcon.contoso.com:443/tls", "Web Conferencing Edge"),
            tuple("av.contoso.com:443/tcp", "A/V Edge (TCP only)"));
  }

  @Test
  void givenTargetsWithoutPortOnKnownEndpoints_withTargets_keepsTheEndpointsAsTheyAre() {
    Topology topology = contoso().build();
    List<Endpoint> endpoints = EdgeEndpoints.derive(topology, List.of(), false);

    assertThat(
            EdgeEndpoints.withTargets(
                endpoints, targets("sip.contoso.com", "av.contoso.com/tcp"), topology))
        .isEqualTo(endpoints);
  }

  @Test
  void givenTargetsOfOtherHosts_withTargets_addsThemJudgedByWhereTheyAre() {
    Topology topology =
        contoso().scaledDns().xmpp(XmppSanStyle.DOMAIN, "contoso.com", "fabrikam.com").build();

    assertThat(
            EdgeEndpoints.withTargets(
                List.of(),
                targets(
                    "LSEDGE.contoso.net:5061",
                    "edge2.contoso.net",
                    "sip2.contoso.com",
                    "sip.contoso.com/tcp",
                    "xmpp.fabrikam.com/xmpp",
                    "xmpp.example.org:5269"),
                topology))
        .extracting(
            Endpoint::label,
            Endpoint::role,
            Endpoint::purpose,
            Endpoint::xmppDomain,
            e -> e.srvNames())
        .containsExactly(
            tuple(
                "lsedge.contoso.net:5061/tls",
                CertificateRole.INTERNAL,
                "--target",
                null,
                List.of()),
            tuple(
                "edge2.contoso.net:443/tls", CertificateRole.INTERNAL, "--target", null, List.of()),
            tuple(
                "sip2.contoso.com:443/tls", CertificateRole.EXTERNAL, "--target", null, List.of()),
            tuple("sip.contoso.com:443/tcp", null, "--target", null, List.of()),
            tuple(
                "xmpp.fabrikam.com:5269/xmpp",
                CertificateRole.EXTERNAL,
                "--target",
                "fabrikam.com",
                List.of()),
            tuple(
                "xmpp.example.org:5269/xmpp",
                CertificateRole.EXTERNAL,
                "--target",
                "contoso.com",
                List.of()));
  }

  @Test
  void givenXmppTargetWithoutXmppFederation_withTargets_speaksForTheMatchingSipDomain() {
    Topology topology = contoso().build();

    assertThat(
            EdgeEndpoints.withTargets(
                List.of(), targets("sip.fabrikam.com/xmpp", "fabrikam.com/xmpp"), topology))
        .extracting(Endpoint::label, Endpoint::xmppDomain)
        .containsExactly(
            tuple("sip.fabrikam.com:5269/xmpp", "fabrikam.com"),
            tuple("fabrikam.com:5269/xmpp", "contoso.com"));
  }

  @Test
  void givenSipAnswersButNoXmppAnswer_derive_stillProbesTheAccessEdgeOn5269() {
    Topology topology = contoso().xmpp(XmppSanStyle.DOMAIN, "contoso.com").build();
    List<SrvLookup> answers =
        List.of(
            lookup(SrvService.SIP_CLIENT, "contoso.com", "sip.contoso.com", 443),
            new SrvLookup(SrvService.XMPP_SERVER, "contoso.com", List.of(), "timed out"));

    assertThat(EdgeEndpoints.derive(topology, answers, false))
        .filteredOn(e -> e.protocol() == ProbeProtocol.XMPP)
        .extracting(Endpoint::label, Endpoint::xmppDomain)
        .containsExactly(tuple("sip.contoso.com:5269/xmpp", "contoso.com"));
  }

  @Test
  void givenTargetsBesideTheTopologysEndpoints_withTargets_addsOnlyThoseThatNameNone() {
    Topology topology = contoso().build();
    List<Endpoint> endpoints = EdgeEndpoints.derive(topology, List.of(), true);

    assertThat(
            EdgeEndpoints.withTargets(
                endpoints, targets("lsedge.contoso.net", "sip2.contoso.com"), topology))
        .extracting(Endpoint::label, Endpoint::purpose)
        .containsExactly(
            tuple("sip.contoso.com:5061/tls", FEDERATION),
            tuple("sip.contoso.com:443/tls", CLIENT),
            tuple("webcon.contoso.com:443/tls", "Web Conferencing Edge"),
            tuple("av.contoso.com:443/tcp", "A/V Edge (TCP only)"),
            tuple("lsedge.contoso.net:5061/tls", "Edge internal interface"),
            tuple("sip2.contoso.com:443/tls", "--target"));
  }

  private static SrvLookup lookup(SrvService service, String domain, String target, int port) {
    return new SrvLookup(service, domain, List.of(new SrvRecord(target, port, 0, 0)), null);
  }

  private static List<ProbeTarget> targets(String... texts) {
    return Arrays.stream(texts).map(t -> ProbeTarget.parse("--target", t)).toList();
  }
}
