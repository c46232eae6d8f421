package io.edgecert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.edgecert.rest.Multipart;
import io.edgecert.x509.testing.IssuedCertificate;
import io.edgecert.x509.testing.LeafSpec;
import io.edgecert.x509.testing.TestPki;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The REST equivalent of {@code validate --chain} (issue 10, defect 13) on the real server: the
 * issuing CA given as {@code chain} completes the chain up to a root that is supplied but not
 * trusted, never "missing"; the leaf alone names the missing issuer.
 */
class ChainOverRestTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final TestPki PKI = TestPki.create();
  private static final IssuedCertificate LEAF =
      PKI.leaf(LeafSpec.cn("sip.contoso.com").dns("sip.contoso.com").eku(TestPki.SERVER_AUTH));
  private static LiveServer server;

  @BeforeAll
  static void start() {
    server = LiveServer.start(Injectors.stoppedAt(TestPki.NOW, Injectors.quiet()));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void givenTheIntermediateAndRootAsChain_postJson_saysTheRootIsSuppliedButNotTrusted() {
    String chain = chainMessage(json(List.of(PKI.intermediate(), PKI.root())));

    assertThat(chain).contains("which was supplied but is not trusted").doesNotContain("missing");
  }

  @Test
  void givenTheChainAsFormParts_postForm_saysTheSame() {
    Multipart form =
        new Multipart()
            .file(
                "topology",
                "t.yaml",
                "application/yaml",
                topology().getBytes(StandardCharsets.UTF_8))
            .file("certificate", "edge.pem", "application/x-pem-file", bytes(LEAF.pem()))
            .file("chain", "ca.pem", "application/x-pem-file", bytes(PKI.intermediate().pem()))
            .file("chain", "root.cer", "application/pkix-cert", PKI.root().der());
    HttpResponse<String> response =
        server.send(
            server
                .request("/v1/validations")
                .header("Content-Type", form.contentType())
                .POST(form.publisher())
                .build());

    assertThat(chainMessage(response)).contains("which was supplied but is not trusted");
  }

  @Test
  void givenNoChain_postJson_namesTheMissingIssuer() {
    String chain = chainMessage(json(List.of()));

    assertThat(chain).doesNotContain("supplied but is not trusted").contains("Issuing CA");
  }

  private static HttpResponse<String> json(List<IssuedCertificate> chain) {
    ObjectNode body = MAPPER.createObjectNode();
    body.set("topology", ExampleRequests.tree("docs/examples/s02-single-edge-nat.yaml"));
    body.putArray("certificates").addObject().put("role", "external").put("pem", LEAF.pem());
    chain.forEach(ca -> body.withArray("chain").add(ca.pem()));
    body.put("at", TestPki.NOW.toString());
    return server.post("/v1/validations", "application/json", body.toString());
  }

  /** The GEN-CHAIN-001 message of the only certificate of a 200 answer. */
  private static String chainMessage(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    for (JsonNode finding : LiveServer.json(response).at("/certificates/0/findings")) {
      if (finding.get("rule").asText().equals("GEN-CHAIN-001")) {
        return finding.toString();
      }
    }
    throw new AssertionError("no GEN-CHAIN-001 finding in " + response.body());
  }

  private static String topology() {
    return Repository.read("docs/examples/s02-single-edge-nat.yaml");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
