package io.edgecert.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.edgecert.application.port.out.TopologyDocument;
import io.edgecert.domain.InputProblem;
import io.edgecert.domain.topology.EdgeLayout;
import org.junit.jupiter.api.Test;

/** Values of the wrong type are reported, never coerced, and leave only their field out. */
class WrongTypeProblemsTest {

  @Test
  void givenAStringWhereAListBelongs_read_saysSoAndLeavesTheListOut() {
    TopologyDocument document = Documents.yaml("version: 1\nsipDomains: contoso.com\n");

    assertThat(document.problems())
        .containsExactly(
            new InputProblem(
                "sipDomains", 2, 1, "expected a list of domain names, found a string"));
    assertThat(document.topology().sipDomains()).isEmpty();
  }

  @Test
  void givenNonBooleansForBooleans_read_doesNotCoerceThem() {
    TopologyDocument document =
        Documents.yaml(
            """
            version: 1
            federation: {sip: "true"}
            certificates: {separateAvAuthentication: 1, requestedOffEdge: [true]}
            """);

    assertThat(document.topology().federation().sip()).isFalse();
    assertThat(document.topology().certificates().separateAvAuthentication()).isFalse();
    assertThat(document.problems())
        .extracting(InputProblem::path, InputProblem::message)
        .containsExactly(
            tuple("federation.sip", "expected true or false, found a string"),
            tuple(
                "certificates.separateAvAuthentication",
                "expected true or false, found a number (1)"),
            tuple("certificates.requestedOffEdge", "expected true or false, found a list"));
  }

  @Test
  void givenAWrongTypeForOneField_read_leavesOnlyThatFieldNull() {
    TopologyDocument document =
        Documents.yaml(
            "version: 1\nedge: {layout: single, accessEdge: 42, internal: lsedge.contoso.net}\n");

    assertThat(document.problems())
        .extracting(InputProblem::message)
        .containsExactly("expected a host name (FQDN), found a number (42)");
    assertThat(document.topology().edge().accessEdge()).isNull();
    assertThat(document.topology().edge().layout()).isEqualTo(EdgeLayout.SINGLE);
    assertThat(document.topology().edge().internal()).isEqualTo("lsedge.contoso.net");
  }

  @Test
  void givenNullListElements_read_reportsEachAndKeepsTheOtherIndexes() {
    TopologyDocument document =
        Documents.yaml(
            """
            version: 1
            sipDomains:
              - contoso.com
              -
              - 42
              - fabrikam.com
            federation: {publicIm: [null]}
            """);

    assertThat(document.problems())
        .containsExactly(
            new InputProblem("sipDomains[1]", 4, 4, "expected a domain name, found null"),
            new InputProblem("sipDomains[2]", 5, 5, "expected a domain name, found a number (42)"),
            new InputProblem(
                "federation.publicIm[0]",
                7,
                25,
                "expected one of aol | yahoo | windows-live, found null"));
    assertThat(document.topology().sipDomains())
        .containsExactly("contoso.com", "", "42", "fabrikam.com");
  }

  @Test
  void givenASectionThatIsNotAMapping_read_reportsItAndLeavesTheSectionOut() {
    TopologyDocument document = Documents.yaml("version: 1\nedge: sip.contoso.com\n");

    assertThat(document.problems())
        .extracting(InputProblem::path, InputProblem::message)
        .containsExactly(
            tuple(
                "edge",
                "expected a mapping with the keys layout, addressing, accessEdge,"
                    + " webConferencingEdge, avEdge, internal, servers, found a string"));
    assertThat(document.topology().edge()).isNull();
  }

  @Test
  void givenAKeySizeThatIsNotPositive_read_reportsItAndKeepsTheDefault() {
    TopologyDocument document = Documents.yaml("version: 1\ncertificates: {keySize: -2048}\n");

    assertThat(document.problems())
        .extracting(InputProblem::message)
        .containsExactly("expected a key size in bits greater than 0, found -2048");
    assertThat(document.topology().certificates().keySize()).isEqualTo(2048);
  }

  @Test
  void givenYamlYesOrOn_read_treatsThemAsStringsNotBooleans() {
    assertThat(Documents.problemsOf("version: 1\nfederation: {sip: yes}\n"))
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
