package io.edgecert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edgecert.x509.testing.IssuedCertificate;
import io.edgecert.x509.testing.LeafSpec;
import io.edgecert.x509.testing.Pkcs12Spec;
import io.edgecert.x509.testing.TestPki;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Non-ASCII text through the real application (issue 9, item 8): an internationalized topology over
 * REST and the CLI (U-labels refused with the A-label to write, in UTF-8 on the wire; A-labels
 * planned), a Latin-1 byte in a topology named by its field, and a password file saved with a UTF-8
 * byte order mark opening a real PKCS#12.
 */
class NonAsciiEndToEndTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String U_LABEL = "sip.müller.例え.com";
  private static final String A_LABEL = "sip.xn--mller-kva.xn--r8jz45g.com";
  private static final String YAML =
      "version: 1\n"
          + "product: lync-2013\n"
          + "sipDomains: [contoso.com]\n"
          + "edge:\n"
          + "  layout: single\n"
          + "  addressing: nat\n"
          + "  accessEdge: ACCESS\n"
          + "  webConferencingEdge: webcon.contoso.com\n"
          + "  avEdge: av.contoso.com\n"
          + "  internal: lsedge.contoso.net\n";
  private static final String JSON =
      "{\"version\": 1, \"product\": \"lync-2013\", \"sipDomains\": [\"contoso.com\"],"
          + " \"edge\": {\"layout\": \"single\", \"addressing\": \"nat\","
          + " \"accessEdge\": \"ACCESS\", \"webConferencingEdge\": \"webcon.contoso.com\","
          + " \"avEdge\": \"av.contoso.com\", \"internal\": \"lsedge.contoso.net\"}}";

  private static LiveServer server;
  @TempDir Path dir;

  @BeforeAll
  static void start() {
    server = LiveServer.start(Injectors.production(Injectors.quiet()));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void givenAULabel_postPlan_answers422InUtf8WithTheALabelToWrite() throws IOException {
    for (String[] body : new String[][] {{"application/yaml", YAML}, {"application/json", JSON}}) {
      HttpResponse<byte[]> response = postBytes(body[0], body[1].replace("ACCESS", U_LABEL));

      assertThat(response.statusCode()).as(body[0]).isEqualTo(422);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("application/problem+json;charset=utf-8");
      String text = new String(response.body(), StandardCharsets.UTF_8);
      assertThat(response.body()).as("no Latin-1 ü").doesNotContain((byte) 0xFC);
      assertThat(text).doesNotContain("?", "\uFFFD");
      JsonNode error = MAPPER.readTree(text).get("errors").get(0);
      assertThat(error.get("pointer").asText()).isEqualTo("/edge/accessEdge");
      assertThat(error.get("message").asText())
          .isEqualTo(
              "\""
                  + U_LABEL
                  + "\" is not a valid FQDN (contains non-ASCII characters; an internationalized"
                  + " name goes in a certificate as its A-label: write \""
                  + A_LABEL
                  + "\" (FQDN-003))");
    }
  }

  @Test
  void givenAnALabel_postPlan_plansIt() throws IOException {
    for (String[] body : new String[][] {{"application/yaml", YAML}, {"application/json", JSON}}) {
      HttpResponse<byte[]> response = postBytes(body[0], body[1].replace("ACCESS", A_LABEL));

      assertThat(response.statusCode()).as(body[0]).isEqualTo(200);
      assertThat(new String(response.body(), StandardCharsets.UTF_8))
          .contains("\"" + A_LABEL + "\"");
    }
  }

  @Test
  void givenAULabelOrAnALabel_plan_refusesTheOneAndPlansTheOther() throws IOException {
    InProcessCli cli = InProcessCli.production();
    Path unicode = write("u.yaml", YAML.replace("ACCESS", U_LABEL));
    Path ascii = write("a.yaml", YAML.replace("ACCESS", A_LABEL));

    InProcessCli.Run refused = cli.run("plan", unicode.toString());
    InProcessCli.Run planned = cli.run("plan", ascii.toString());

    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err())
        .startsWith(unicode + ":7 edge.accessEdge: \"" + U_LABEL + "\" is not a valid FQDN")
        .contains("write \"" + A_LABEL + "\" (FQDN-003)");
    assertThat(planned.exitCode()).as(planned.err()).isZero();
    assertThat(planned.out()).contains(A_LABEL);
  }

  @Test
  void givenALatin1ByteInAValue_planOverCliAndRest_namesTheFieldAndLine() throws IOException {
    byte[] latin1 = YAML.replace("ACCESS", "sip.müller.com").getBytes(StandardCharsets.ISO_8859_1);
    Path topology = Files.write(dir.resolve("latin1.yaml"), latin1);

    InProcessCli.Run run = InProcessCli.production().run("plan", topology.toString());
    HttpResponse<String> response = server.post("/v1/plans", "application/yaml", latin1);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            topology
                + ":7 edge.accessEdge: not UTF-8 text: byte 0xFC at column 20 is not UTF-8"
                + " (perhaps Latin-1 or Windows-1252); save the file as UTF-8\n");
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode error = LiveServer.json(response).get("errors").get(0);
    assertThat(error.get("pointer").asText()).isEqualTo("/edge/accessEdge");
    assertThat(error.get("line").asInt()).isEqualTo(7);
  }

  @Test
  void givenAPasswordFileWithAByteOrderMark_validate_opensThePkcs12() throws IOException {
    TestPki pki = TestPki.create();
    IssuedCertificate leaf =
        pki.leaf(LeafSpec.cn("sip.contoso.com").dns("sip.contoso.com").eku(TestPki.SERVER_AUTH));
    Path topology = write("t.yaml", YAML.replace("ACCESS", "sip.contoso.com"));
    Path pfx = Files.write(dir.resolve("edge.pfx"), leaf.pkcs12(Pkcs12Spec.password("pä55")));
    Path withBom = dir.resolve("bom.txt");
    Files.write(withBom, "\uFEFFpä55\r\n".getBytes(StandardCharsets.UTF_8));
    Path wrong = write("wrong.txt", "\uFEFFpa55\n");
    InProcessCli cli = InProcessCli.stoppedAt(TestPki.NOW);

    InProcessCli.Run opened =
        cli.run("validate", topology.toString(), pfx.toString(), "--password-file", "" + withBom);
    InProcessCli.Run refused =
        cli.run("validate", topology.toString(), pfx.toString(), "--password-file", "" + wrong);

    assertThat(opened.exitCode()).as(opened.err()).isIn(0, 1);
    assertThat(opened.out()).contains(leaf.sha1().toUpperCase(Locale.ROOT));
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("password").doesNotContain("pa55", "pä55");
  }

  private static HttpResponse<byte[]> postBytes(String contentType, String body) {
    HttpRequest request =
        server
            .request("/v1/plans")
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }
}
