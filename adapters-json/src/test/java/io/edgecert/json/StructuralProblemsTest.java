package io.edgecert.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.edgecert.application.port.out.TopologyDocument;
import io.edgecert.domain.InputProblem;
import io.edgecert.domain.InvalidInputException;
import io.edgecert.domain.topology.EdgeLayout;
import io.edgecert.domain.topology.PublicImProvider;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Unknown keys, unknown codes, versions, and many problems at once. */
class StructuralProblemsTest {

  @Test
  void givenAMisspelledKey_read_namesTheAllowedKeysAndSuggestsTheClosest() {
    List<InputProblem> problems =
        Documents.problemsOf("version: 1\nedge:\n  acessEdge: sip.contoso.com\n");

    assertThat(problems)
        .containsExactly(
            new InputProblem(
                "edge.acessEdge",
                3,
                "unknown key \"acessEdge\" (did you mean \"accessEdge\"?); allowed: layout,"
                    + " addressing, accessEdge, webConferencingEdge, avEdge, internal, servers"));
  }

  @Test
  void givenAKeyFarFromEveryAllowedKey_read_suggestsNothing() {
    List<InputProblem> problems = Documents.problemsOf("version: 1\ncolour: blue\n");

    assertThat(problems)
        .extracting(InputProblem::message)
        .containsExactly(
            "unknown key \"colour\"; allowed: version, product, sipDomains, edge, federation, "
                + "certificates, hybrid");
  }

  @Test
  void givenUnknownCodes_read_namesTheChoices() {
    TopologyDocument document =
        Documents.yaml(
            """
            version: 1
            product: lync-2010
            edge: {layout: scaled}
            federation: {publicIm: [aol, msn], xmpp: {sanStyle: 7}}
            certificates: {keyAlgorithm: dsa}
            """);

    assertThat(document.problems())
        .extracting(InputProblem::path, InputProblem::message)
        .containsExactly(
            tuple(
                "product", "unknown value \"lync-2010\"; choices: lync-2013 | sfb-2015 | sfb-2019"),
            tuple(
                "edge.layout",
                "unknown value \"scaled\"; choices: single | scaled-dns | scaled-hlb"),
            tuple(
                "federation.xmpp.sanStyle",
                "expected one of domain | host-and-wildcard, found a number (7)"),
            tuple(
                "federation.publicIm[1]",
                "unknown value \"msn\"; choices: aol | yahoo | windows-live"),
            tuple(
                "certificates.keyAlgorithm",
                "unknown value \"dsa\"; choices: rsa | ecdh-p256 | ecdh-p384 | ecdh-p521"));
    assertThat(document.topology().federation().publicIm()).containsExactly(PublicImProvider.AOL);
  }

  @Test
  void givenNoVersion_read_reportsItOnTheFirstLine() {
    List<InputProblem> problems = Documents.problemsOf("\n\nsipDomains: [contoso.com]\n");

    assertThat(problems)
        .containsExactly(
            new InputProblem("version", 3, "missing \"version\"; supported versions: 1"));
  }

  @Test
  void givenAnotherVersion_read_reportsThatAloneNamingTheSupportedVersions() {
    InvalidInputException error =
        Malformed.of(Documents::yaml, "version: 2\nsipDomains: [a]\nedge: {layout: other}\n");

    assertThat(error.problems())
        .containsExactly(
            new InputProblem("version", 1, "version 2 is not supported; supported versions: 1"));
  }

  @Test
  void givenAMisspelledKey_read_placesTheKeyItMeantOnTheMisspelledLine() {
    TopologyDocument document =
        Documents.yaml("version: 1\nproduct: lync-2013\n\nsipDomain: [contoso.com]\n");

    assertThat(document.problems())
        .extracting(InputProblem::line, InputProblem::path)
        .containsExactly(tuple(4, "sipDomain"));
    assertThat(document.lineOf("sipDomains")).isEqualTo(4);
    assertThat(document.lineOf("edge")).isEqualTo(1);
  }

  @Test
  void givenAVersionThatIsNotAWholeNumber_read_reportsTheType() {
    assertThat(Documents.problemsOf("version: \"1\"\n"))
        .extracting(InputProblem::message)
        .containsExactly("expected a whole number (supported versions: 1), found a string");
    assertThat(Documents.problemsOf("version: 1.5\n"))
        .extracting(InputProblem::message)
        .containsExactly("expected a whole number (supported versions: 1), found a number (1.5)");
  }

  @Test
  void givenManyProblems_read_reportsEveryOneOnItsOwnLineInLineOrder() {
    TopologyDocument document =
        Documents.yaml(
            """
            version: one
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

    assertThat(document.problems())
        .extracting(InputProblem::line, InputProblem::path)
        .containsExactly(
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
    TopologyDocument document =
        Documents.json(
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

    assertThat(document.problems())
        .extracting(InputProblem::line, InputProblem::path)
        .containsExactly(
            tuple(3, "sipDomains[1]"), tuple(5, "edge.adressing"), tuple(7, "federation.sip"));
  }
}
