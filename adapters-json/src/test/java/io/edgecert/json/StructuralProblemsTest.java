package io.edgecert.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.edgecert.application.port.out.TopologyDocument;
import io.edgecert.domain.InputProblem;
import io.edgecert.domain.topology.EdgeLayout;
import io.edgecert.domain.topology.PublicImProvider;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructuralProblemsTest {

  private static List<InputProblem> problemsOf(String yaml) {
    return Documents.yaml(yaml).problems();
  }

  @Test
  void givenAMisspelledKey_read_namesTheAllowedKeysAndSuggestsTheClosest() {
    List<InputProblem> problems = problemsOf("version: 1\nedge:\n  acessEdge: sip.contoso.com\n");

    assertThat(problems).containsExactly(new InputProblem("edge.acessEdge", 3,
        "unknown key \"acessEdge\" (did you mean \"accessEdge\"?); allowed: layout, addressing, "
            + "accessEdge, webConferencingEdge, avEdge, internal, servers"));
  }

  @Test
  void givenAKeyFarFromEveryAllowedKey_read_suggestsNothing() {
    List<InputProblem> problems = problemsOf("version: 1\ncolour: blue\n");

    assertThat(problems).extracting(InputProblem::message).containsExactly(
        "unknown key \"colour\"; allowed: version, product, sipDomains, edge, federation, "
            + "certificates, hybrid");
  }

  @Test
  void givenAStringWhereAListBelongs_read_saysSoAndLeavesTheListOut() {
    TopologyDocument document = Documents.yaml("version: 1\nsipDomains: contoso.com\n");

    assertThat(document.problems()).containsExactly(new InputProblem("sipDomains", 2,
        "expected a list of domain names, found a string"));
    assertThat(document.topology().sipDomains()).isEmpty();
  }

  @Test
  void givenNonBooleansForBooleans_read_doesNotCoerceThem() {
    List<InputProblem> problems = problemsOf(
        """
        version: 1
        federation: {sip: "true"}
        certificates: {separateAvAuthentication: 1, requestedOffEdge: [true]}
        """);

    assertThat(problems).extracting(InputProblem::path, InputProblem::message).containsExactly(
        tuple("federation.sip", "expected true or false, found a string"),
        tuple("certificates.separateAvAuthentication", "expected true or false, found a number (1)"),
        tuple("certificates.requestedOffEdge", "expected true or false, found a list"));
  }

  @Test
  void givenAWrongTypeForOneField_read_leavesOnlyThatFieldNull() {
    TopologyDocument document = Documents.yaml(
        "version: 1\nedge: {layout: single, accessEdge: 42, internal: lsedge.contoso.net}\n");

    assertThat(document.problems()).extracting(InputProblem::message)
        .containsExactly("expected a host name (FQDN), found a number (42)");
    assertThat(document.topology().edge().accessEdge()).isNull();
    assertThat(document.topology().edge().layout()).isEqualTo(EdgeLayout.SINGLE);
    assertThat(document.topology().edge().internal()).isEqualTo("lsedge.contoso.net");
  }

  @Test
  void givenUnknownCodes_read_namesTheChoices() {
    TopologyDocument document = Documents.yaml(
        """
        version: 1
        product: lync-2010
        edge: {layout: scaled}
        federation: {publicIm: [aol, msn], xmpp: {sanStyle: 7}}
        certificates: {keyAlgorithm: dsa}
        """);

    assertThat(document.problems()).extracting(InputProblem::path, InputProblem::message)
        .containsExactly(
            tuple("product", "unknown value \"lync-2010\"; choices: lync-2013 | sfb-2015 | sfb-2019"),
            tuple("edge.layout", "unknown value \"scaled\"; choices: single | scaled-dns | scaled-hlb"),
            tuple("federation.xmpp.sanStyle",
                "expected one of domain | host-and-wildcard, found a number (7)"),
            tuple("federation.publicIm[1]",
                "unknown value \"msn\"; choices: aol | yahoo | windows-live"),
            tuple("certificates.keyAlgorithm",
                "unknown value \"dsa\"; choices: rsa | ecdh-p256 | ecdh-p384 | ecdh-p521"));
    assertThat(document.topology().federation().publicIm()).containsExactly(PublicImProvider.AOL);
  }

  @Test
  void givenNoVersion_read_reportsItOnTheFirstLine() {
    List<InputProblem> problems = problemsOf("\n\nsipDomains: [contoso.com]\n");

    assertThat(problems).containsExactly(
        new InputProblem("version", 3, "missing \"version\"; supported versions: 1"));
  }

  @Test
  void givenAnotherVersion_read_namesTheSupportedVersions() {
    TopologyDocument document = Documents.yaml("version: 2\n");

    assertThat(document.problems()).containsExactly(
        new InputProblem("version", 1, "version 2 is not supported; supported versions: 1"));
    assertThat(document.topology().version()).isEqualTo(2);
  }

  @Test
  void givenAVersionThatIsNotAWholeNumber_read_reportsTheType() {
    assertThat(problemsOf("version: \"1\"\n")).extracting(InputProblem::message).containsExactly(
        "expected a whole number (supported versions: 1), found a string");
    assertThat(problemsOf("version: 1.5\n")).extracting(InputProblem::message).containsExactly(
        "expected a whole number (supported versions: 1), found a number (1.5)");
  }

  @Test
  void givenNullListElements_read_reportsEachAndKeepsTheOtherIndexes() {
    TopologyDocument document = Documents.yaml(
        """
        version: 1
        sipDomains:
          - contoso.com
          -
          - 42
          - fabrikam.com
        federation: {publicIm: [null]}
        """);

    assertThat(document.problems()).containsExactly(
        new InputProblem("sipDomains[1]", 4, "expected a domain name, found null"),
        new InputProblem("sipDomains[2]", 5, "expected a domain name, found a number (42)"),
        new InputProblem("federation.publicIm[0]", 7,
            "expected one of aol | yahoo | windows-live, found null"));
    assertThat(document.topology().sipDomains()).containsExactly("contoso.com", "", "42",
        "fabrikam.com");
  }

  @Test
  void givenASectionThatIsNotAMapping_read_reportsItAndLeavesTheSectionOut() {
    TopologyDocument document = Documents.yaml("version: 1\nedge: sip.contoso.com\n");

    assertThat(document.problems()).extracting(InputProblem::path, InputProblem::message)
        .containsExactly(tuple("edge", "expected a mapping with the keys layout, addressing, "
            + "accessEdge, webConferencingEdge, avEdge, internal, servers, found a string"));
    assertThat(document.topology().edge()).isNull();
  }

  @Test
  void givenAKeySizeThatIsNotPositive_read_reportsItAndKeepsTheDefault() {
    TopologyDocument document = Documents.yaml("version: 1\ncertificates: {keySize: -2048}\n");

    assertThat(document.problems()).extracting(InputProblem::message)
        .containsExactly("expected a key size in bits greater than 0, found -2048");
    assertThat(document.topology().certificates().keySize()).isEqualTo(2048);
  }

  @Test
  void givenManyProblems_read_reportsEveryOneOnItsOwnLineInLineOrder() {
    TopologyDocument document = Documents.yaml(
        """
        version: 3
        sipDomains: [contoso.com, ~]
        edge:
          layout: single
          addressing: natted
          acessEdge: sip.contoso.com
          servers: edge1.contoso.net
        federation:
          sip: yes please
          xmpp:
            domains: [contoso.com, {child: corp}]
        certificates:
          keySize: big
        """);

    assertThat(document.problems()).extracting(InputProblem::line, InputProblem::path).containsExactly(
        tuple(1, "version"),
        tuple(2, "sipDomains[1]"),
        tuple(5, "edge.addressing"),
        tuple(6, "edge.acessEdge"),
        tuple(7, "edge.servers"),
        tuple(9, "federation.sip"),
        tuple(11, "federation.xmpp.domains[1]"),
        tuple(13, "certificates.keySize"));
    assertThat(document.topology().sipDomains()).containsExactly("contoso.com", "");
    assertThat(document.topology().edge().layout()).isEqualTo(EdgeLayout.SINGLE);
  }

  @Test
  void givenTheSameProblemsInJson_read_reportsThemOnTheirLines() {
    TopologyDocument document = Documents.json(
        """
        {
          "version": 1,
          "sipDomains": ["contoso.com", null],
          "edge": {
            "layout": "single", "adressing": "nat"
          },
          "federation": {"sip": "true"}
        }
        """);

    assertThat(document.problems()).extracting(InputProblem::line, InputProblem::path).containsExactly(
        tuple(3, "sipDomains[1]"), tuple(5, "edge.adressing"), tuple(7, "federation.sip"));
  }

  @Test
  void givenYamlYesOrOn_read_treatsThemAsStringsNotBooleans() {
    assertThat(problemsOf("version: 1\nfederation: {sip: yes}\n"))
        .extracting(InputProblem::message)
        .containsExactly("expected true or false, found a string");
  }

  @Test
  void givenAnEmptyYamlValue_read_treatsItAsAbsent() {
    TopologyDocument document = Documents.yaml("version: 1\nedge:\n  accessEdge:\n");

    assertThat(document.problems()).isEmpty();
    assertThat(document.topology().edge().accessEdge()).isNull();
  }
}
