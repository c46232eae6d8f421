package io.edgecert.domain.topology;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.InputProblem;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class TopologyValidatorTest {

  private static List<String> problems(TopologyDraft draft) {
    return TopologyValidator.validate(draft).stream()
        .map(p -> p.path() + ": " + p.message())
        .toList();
  }

  @Test
  void givenTheDocumentationTopologies_validate_findsNothing() {
    assertThat(problems(contoso().draft())).isEmpty();
    assertThat(problems(contoso().scaledDns().draft())).isEmpty();
    assertThat(
            problems(
                contoso().scaledHlb().xmpp(XmppSanStyle.HOST_AND_WILDCARD, "contoso.com").draft()))
        .isEmpty();
  }

  @Test
  @Tag("FQDN-001")
  @Tag("FQDN-002")
  @Tag("HLB-002")
  void givenSeveralMistakes_validate_reportsEveryOne() {
    TopologyDraft topology =
        contoso()
            .accessEdge("sip_contoso.com")
            .webConferencingEdge("webcon")
            .sipDomains("contoso.com", "Contoso.com")
            .scaledHlb()
            .addressing(Addressing.NAT)
            .servers(List.of("edge1.contoso.net"))
            .draft();

    assertThat(problems(topology))
        .containsExactlyInAnyOrder(
            "sipDomains[1]: \"Contoso.com\" is listed twice",
            "edge.accessEdge: \"sip_contoso.com\" is not a valid FQDN (label \"sip_contoso\" contains \"_\"; "
                + "only letters, digits and hyphens are allowed (FQDN-001))",
            "edge.webConferencingEdge: \"webcon\" is not a valid FQDN (is a single label; Topology Builder "
                + "needs full FQDNs, not short names (FQDN-002))",
            "edge.servers: a scaled-hlb pool needs at least 2 Edge Servers, found 1",
            "edge.addressing: nat is not supported with scaled-hlb: Edge pools behind hardware load "
                + "balancers need publicly routable addresses (HLB-002); use public, or scaled-dns");
  }

  @Test
  @Tag("FQDN-003")
  void givenAnInternationalizedName_validate_asksForItsALabel() {
    assertThat(problems(contoso().accessEdge("sip.contosö.com").draft()))
        .singleElement()
        .asString()
        .isEqualTo(
            "edge.accessEdge: \"sip.contosö.com\" is not a valid FQDN (contains non-ASCII characters;"
                + " an internationalized name goes in a certificate as its A-label: write"
                + " \"sip.xn--contos-1xa.com\" (FQDN-003))");
  }

  @Test
  void givenMissingRequiredParts_validate_namesEachField() {
    TopologyDraft topology =
        new TopologyDraft(
            1,
            null,
            List.of(),
            new TopologyDraft.EdgeDraft(null, null, null, null, null, null, List.of()),
            null,
            null,
            null);
    assertThat(TopologyValidator.validate(topology))
        .extracting(InputProblem::path)
        .containsExactly(
            "sipDomains",
            "edge.layout",
            "edge.addressing",
            "edge.accessEdge",
            "edge.webConferencingEdge",
            "edge.internal");
  }

  @Test
  void givenNoEdge_validate_asksForIt() {
    assertThat(problems(new TopologyDraft(1, null, List.of("contoso.com"), null, null, null, null)))
        .singleElement()
        .asString()
        .startsWith("edge: is required");
  }

  @Test
  @Tag("XMPP-009")
  void givenXmppOnSkypeForBusiness2019_validate_rejectsIt() {
    assertThat(
            problems(
                contoso()
                    .product(Product.SFB_2019)
                    .xmpp(XmppSanStyle.DOMAIN, "contoso.com")
                    .draft()))
        .singleElement()
        .asString()
        .startsWith("federation.xmpp: ")
        .contains("XMPP-009");
  }

  @Test
  void givenXmppOnSkypeForBusiness2015_validate_acceptsIt() {
    assertThat(
            problems(
                contoso()
                    .product(Product.SFB_2015)
                    .xmpp(XmppSanStyle.DOMAIN, "contoso.com")
                    .draft()))
        .isEmpty();
  }

  @Test
  void givenASinglePoolWithTwoServers_validate_suggestsAScaledLayout() {
    assertThat(
            problems(contoso().single().servers(List.of("a.contoso.net", "b.contoso.net")).draft()))
        .singleElement()
        .asString()
        .contains("use layout scaled-dns or scaled-hlb");
  }

  @Test
  void givenDuplicateServersOrProviders_validate_reportsThem() {
    TopologyDraft topology =
        contoso()
            .scaledDns()
            .servers(List.of("a.contoso.net", "A.contoso.net"))
            .publicIm(PublicImProvider.AOL, PublicImProvider.AOL)
            .draft();
    assertThat(problems(topology))
        .containsExactlyInAnyOrder(
            "edge.servers[1]: \"A.contoso.net\" is listed twice",
            "federation.publicIm: lists a provider twice");
  }

  @Test
  @Tag("SIPDOM-006")
  void givenBadHybridDomains_validate_acceptsTheTenantDomainAndExplainsTheDuplicate() {
    TopologyDraft topology =
        contoso().onlineSipDomains("contoso.onmicrosoft.com", "fabrikam.com").draft();
    assertThat(problems(topology))
        .containsExactly(
            "hybrid.onlineSipDomains[1]: \"fabrikam.com\" is also listed in sipDomains; an online-only SIP "
                + "domain belongs in one list");
  }

  @Test
  @Tag("GEN-KEY-001")
  void givenAnUndocumentedKeySize_validate_acceptsItAndRefusesOnlyUnusableSizes() {
    assertThat(problems(contoso().key(KeyAlgorithm.RSA, 3072).draft())).isEmpty();
    assertThat(problems(contoso().key(KeyAlgorithm.RSA, 1024).draft())).isEmpty();
    assertThat(problems(contoso().key(KeyAlgorithm.RSA, 512).draft()))
        .singleElement()
        .asString()
        .isEqualTo(
            "certificates.keySize: 512 bits is no usable RSA key size; expected 2048 or "
                + "4096 (GEN-KEY-001; 1024 and other sizes from 1024 to 16384 draw a warning)");
    assertThat(problems(contoso().key(KeyAlgorithm.ECDH_P256, 2048).draft()))
        .singleElement()
        .asString()
        .contains("does not fit ecdh-p256");
    assertThat(problems(contoso().key(KeyAlgorithm.ECDH_P521, 0).draft())).isEmpty();
  }

  @Test
  void givenAnInvalidXmppDomain_validate_pointsAtTheListElement() {
    assertThat(
            problems(contoso().xmpp(XmppSanStyle.DOMAIN, "contoso.com", "bad_domain.com").draft()))
        .singleElement()
        .asString()
        .startsWith("federation.xmpp.domains[1]: ");
  }

  @Test
  void givenAValidDraft_check_makesTheTopologyOfIt() {
    Topology expected = contoso().scaledDns().build();

    TopologyValidator.Checked checked = TopologyValidator.check(TopologyDraft.of(expected));

    assertThat(checked.isValid()).isTrue();
    assertThat(checked.topology()).isEqualTo(expected);
    assertThat(checked.problems()).isEmpty();
  }

  @Test
  void givenADraftWithProblems_check_makesNoTopologyAndListsThemAll() {
    TopologyDraft draft =
        new TopologyDraft(
            1,
            null,
            List.of("contoso.com"),
            new TopologyDraft.EdgeDraft(
                EdgeLayout.SINGLE,
                Addressing.NAT,
                "sip_contoso.com",
                null,
                null,
                "lsedge.contoso.net",
                List.of()),
            null,
            null,
            null);

    TopologyValidator.Checked checked = TopologyValidator.check(draft);

    assertThat(checked.isValid()).isFalse();
    assertThat(checked.topology()).isNull();
    assertThat(checked.problems())
        .extracting(InputProblem::path)
        .containsExactly("edge.accessEdge", "edge.webConferencingEdge");
  }

  @Test
  void givenAMissingEdgeOrEdgeField_topology_isRefusedAsAProgrammingError() {
    org.assertj.core.api.Assertions.assertThatNullPointerException()
        .isThrownBy(
            () -> new Topology(1, null, List.of(Fqdn.of("contoso.com")), null, null, null, null))
        .withMessage("edge");
    org.assertj.core.api.Assertions.assertThatNullPointerException()
        .isThrownBy(
            () ->
                new Edge(
                    EdgeLayout.SINGLE,
                    Addressing.NAT,
                    Fqdn.of("sip.contoso.com"),
                    null,
                    null,
                    Fqdn.of("lsedge.contoso.net"),
                    List.of()))
        .withMessage("webConferencingEdge");
  }
}
