package io.edgecert.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.application.port.in.TopologySource;
import io.edgecert.application.port.out.TopologyDocument;
import io.edgecert.domain.InputProblem;
import io.edgecert.domain.topology.CertificateOptions;
import io.edgecert.domain.topology.KeyAlgorithm;
import io.edgecert.domain.topology.Product;
import io.edgecert.domain.topology.PublicImProvider;
import io.edgecert.domain.topology.TopologyBuilder;
import io.edgecert.domain.topology.TopologyDraft;
import io.edgecert.domain.topology.XmppSanStyle;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class JacksonTopologyReaderTest {

  /** The contoso pool with every field set, as {@link #FULL_JSON} spells it. */
  private static final TopologyDraft FULL =
      TopologyDraft.of(
          TopologyBuilder.contoso()
              .product(Product.SFB_2015)
              .scaledDns()
              .xmpp(XmppSanStyle.HOST_AND_WILDCARD, "contoso.com")
              .publicIm(PublicImProvider.AOL, PublicImProvider.YAHOO)
              .separateAvAuthentication()
              .requestedOffEdge()
              .key(KeyAlgorithm.ECDH_P384, 384)
              .onlineSipDomains("online.contoso.com")
              .build());

  private static final String FULL_JSON =
      """
      {
        "version": 1, "product": "sfb-2015", "sipDomains": ["contoso.com", "fabrikam.com"],
        "edge": {"layout": "scaled-dns", "addressing": "nat", "accessEdge": "sip.contoso.com",
          "webConferencingEdge": "webcon.contoso.com", "avEdge": "av.contoso.com",
          "internal": "lsedge.contoso.net", "servers": ["edge1.contoso.net", "edge2.contoso.net"]},
        "federation": {"sip": true, "xmpp": {"domains": ["contoso.com"],
          "sanStyle": "host-and-wildcard"}, "publicIm": ["aol", "yahoo"]},
        "certificates": {"separateAvAuthentication": true, "requestedOffEdge": true,
          "keyAlgorithm": "ecdh-p384", "keySize": 384},
        "hybrid": {"onlineSipDomains": ["online.contoso.com"]}
      }
      """;

  @Test
  void givenEveryKeyInYaml_read_fillsTheWholeTopologyWithoutProblems() {
    TopologyDocument document = Documents.yaml(Documents.FULL_YAML);

    assertThat(document.problems()).isEmpty();
    assertThat(document.topology()).isEqualTo(FULL);
  }

  @Test
  void givenTheSameDocumentInJson_read_givesTheSameTopology() {
    TopologyDocument document = Documents.json(FULL_JSON);

    assertThat(document.problems()).isEmpty();
    assertThat(document.topology()).isEqualTo(FULL);
  }

  @Test
  void givenAuto_read_detectsJsonFromALeadingBraceAndYamlOtherwise() {
    assertThat(Documents.auto("\n  \t" + FULL_JSON).topology()).isEqualTo(FULL);
    assertThat(Documents.auto(Documents.FULL_YAML).topology()).isEqualTo(FULL);
  }

  @Test
  void givenAutoWithJsonThatIsBroken_read_reportsItAsJson() {
    assertThat(Malformed.messageOf(Documents::auto, "{\"version\": 1,}"))
        .contains("not valid JSON");
    assertThat(Malformed.messageOf(Documents::auto, "version: [1,")).contains("not valid YAML");
  }

  @Test
  void givenOnlyRequiredKeys_read_appliesTheDefaults() {
    TopologyDocument document =
        Documents.yaml(
            """
            version: 1
            sipDomains: [contoso.com]
            edge: {layout: single, addressing: public, accessEdge: sip.contoso.com}
            federation: {xmpp: {domains: [contoso.com]}}
            certificates: {}
            """);

    TopologyDraft topology = document.topology();
    assertThat(document.problems()).isEmpty();
    assertThat(topology.product()).isEqualTo(Product.LYNC_2013);
    assertThat(topology.federation().sip()).isFalse();
    assertThat(topology.federation().xmpp().sanStyle()).isEqualTo(XmppSanStyle.DOMAIN);
    assertThat(topology.certificates()).isEqualTo(CertificateOptions.defaults());
    assertThat(topology.certificates().keySize()).isEqualTo(2048);
    assertThat(topology.hybridOnlineSipDomains()).isEmpty();
  }

  @Test
  void givenAnEllipticKeyWithoutSize_read_leavesTheCurveSizeAsDefault() {
    TopologyDocument document =
        Documents.yaml("version: 1\ncertificates: {keyAlgorithm: ecdh-p256}\n");

    assertThat(document.topology().certificates().keySize()).isEqualTo(256);
  }

  @Test
  void givenACodeInUpperCase_read_refusesItNamingTheLowerCaseCode() {
    TopologyDocument document = Documents.yaml("version: 1\nproduct: SFB-2019\n");

    assertThat(document.problems())
        .extracting(InputProblem::message)
        .containsExactly(
            "unknown value \"SFB-2019\" (codes are lower case: did you mean \"sfb-2019\"?);"
                + " choices: lync-2013 | sfb-2015 | sfb-2019");
  }

  @Test
  void givenNestedKeysAndListElements_read_recordsTheLineOfEveryPath() {
    TopologyDocument document = Documents.yaml(Documents.FULL_YAML);

    assertThat(document.lines())
        .containsEntry("version", 1)
        .containsEntry("sipDomains", 3)
        .containsEntry("sipDomains[1]", 3)
        .containsEntry("edge", 4)
        .containsEntry("edge.accessEdge", 7)
        .containsEntry("edge.servers[0]", 12)
        .containsEntry("edge.servers[1]", 13)
        .containsEntry("federation.xmpp.domains[0]", 17)
        .containsEntry("federation.xmpp.sanStyle", 18)
        .containsEntry("federation.publicIm[1]", 19)
        .containsEntry("hybrid.onlineSipDomains[0]", 26)
        .containsEntry("", 1)
        .hasSize(33);
    assertThat(document.lineOf("edge.servers[5]")).isEqualTo(11);
  }

  @Test
  void givenJson_read_recordsLinesToo() {
    TopologyDocument document = Documents.json(FULL_JSON);

    assertThat(document.lineOf("edge.internal")).isEqualTo(5);
    assertThat(document.lineOf("federation.xmpp.sanStyle")).isEqualTo(7);
    assertThat(document.lineOf("hybrid.onlineSipDomains[0]")).isEqualTo(10);
  }

  @Test
  void givenAByteOrderMark_read_skipsItInYamlAndJson() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    String json = "{\"version\": 1, \"product\": \"sfb-2019\"}";

    TopologyDocument yaml = Documents.read(concat(bom, "version: 1\n"), TopologySource.Syntax.AUTO);
    TopologyDocument auto = Documents.read(concat(bom, json), TopologySource.Syntax.AUTO);

    assertThat(yaml.problems()).isEmpty();
    assertThat(auto.problems()).isEmpty();
    assertThat(auto.topology().product()).isEqualTo(Product.SFB_2019);
  }

  private static byte[] concat(byte[] prefix, String text) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] all = Arrays.copyOf(prefix, prefix.length + body.length);
    System.arraycopy(body, 0, all, prefix.length, body.length);
    return all;
  }
}
