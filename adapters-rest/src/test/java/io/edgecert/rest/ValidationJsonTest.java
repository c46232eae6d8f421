package io.edgecert.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.edgecert.application.port.in.CertificateSource;
import io.edgecert.application.port.in.TopologySource;
import io.edgecert.application.port.in.ValidateCommand;
import io.edgecert.domain.plan.CertificateRole;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ValidationJsonTest {
  static final String TOPOLOGY =
      "{\"version\": 1, \"edge\": {\"accessEdge\": \"sip.contoso.com\"}}";
  static final String PEM = "-----BEGIN CERTIFICATE-----\\nMIIB\\n-----END CERTIFICATE-----\\n";
  static final byte[] DER = {0x30, (byte) 0x82, 0x01, 0x0a, 0x02, 0x01, 0x00};
  static final byte[] PKCS12 = {0x30, (byte) 0x82, 0x09, 0x63, 0x02, 0x01, 0x03};

  @RegisterExtension static final TestServer api = TestServer.perClass();

  static HttpResponse<String> validate(String body) {
    return api.post("/v1/validations", "application/json", body);
  }

  static String request(String certificates, String options) {
    return "{\"topology\": "
        + TOPOLOGY
        + ", \"certificates\": ["
        + certificates
        + "]"
        + options
        + "}";
  }

  @Test
  void givenTrustedRoots_post_passesThemOnAsTheCliOptionsWould() {
    HttpResponse<String> response =
        validate(
            request(
                "{\"pem\": \"" + PEM + "\"}",
                ", \"trust\": [\""
                    + PEM
                    + "\", \""
                    + PEM
                    + "\"], \"publicRoots\": \""
                    + PEM
                    + "\""));

    assertThat(response.statusCode()).isEqualTo(200);
    ValidateCommand command = api.validations.last.get();
    assertThat(command.trust().privateRoots()).hasSize(2);
    assertThat(new String(command.trust().publicRoots(), StandardCharsets.US_ASCII))
        .startsWith("-----BEGIN CERTIFICATE-----\n");
  }

  @Test
  void givenChain_post_passesItOnAsIntermediatesNeverTrusted() {
    HttpResponse<String> response =
        validate(request("{\"pem\": \"" + PEM + "\"}", ", \"chain\": [\"" + PEM + "\"]"));

    assertThat(response.statusCode()).isEqualTo(200);
    ValidateCommand command = api.validations.last.get();
    assertThat(command.trust().intermediates()).hasSize(1);
    assertThat(new String(command.trust().intermediates().get(0), StandardCharsets.US_ASCII))
        .startsWith("-----BEGIN CERTIFICATE-----\n");
    assertThat(command.trust().privateRoots()).isEmpty();
  }

  @Test
  void givenChainThatIsNotAListOfText_post_pointsAtIt() {
    HttpResponse<String> response =
        validate(request("{\"pem\": \"" + PEM + "\"}", ", \"chain\": [\"" + PEM + "\", 7]"));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).contains("/chain/1");
  }

  @Test
  void givenMembers_post_passesEachCopyOnWithItsMember() {
    HttpResponse<String> response =
        validate(
            request(
                "{\"member\": \"edge1.contoso.net\", \"pem\": \""
                    + PEM
                    + "\"},"
                    + " {\"member\": \" \", \"pem\": \""
                    + PEM
                    + "\"}",
                ""));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(api.validations.last.get().certificates())
        .extracting(CertificateSource::member)
        .containsExactly("edge1.contoso.net", null);
  }

  @Test
  void givenMemberThatIsNotText_post_pointsAtIt() {
    HttpResponse<String> response =
        validate(request("{\"member\": 7, \"pem\": \"" + PEM + "\"}", ""));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).contains("/certificates/0/member");
  }

  @Test
  void givenNoRoots_post_leavesTheJdkRootsAsThePublicOnes() {
    assertThat(validate(request("{\"pem\": \"" + PEM + "\"}", "")).statusCode()).isEqualTo(200);
    ValidateCommand command = api.validations.last.get();
    assertThat(command.trust().publicRoots()).isNull();
    assertThat(command.trust().privateRoots()).isEmpty();
  }

  @Test
  void givenTrustThatIsNotAList_post_pointsAtIt() {
    HttpResponse<String> response =
        validate(request("{\"pem\": \"" + PEM + "\"}", ", \"trust\": \"" + PEM + "\""));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(TestServer.json(response).at("/errors/0/pointer").asText()).isEqualTo("/trust");
  }

  @Test
  void givenEveryKindOfCertificate_post_passesEachOnAndAnswersTheReport() {
    String der = Base64.getEncoder().encodeToString(DER);
    String p12 = Base64.getMimeEncoder().encodeToString(PKCS12);
    HttpResponse<String> response =
        validate(
            request(
                "{\"role\": \"external\", \"pem\": \""
                    + PEM
                    + "\"}, {\"der\": \""
                    + der
                    + "\"},"
                    + "{\"pkcs12\": \""
                    + p12
                    + "\", \"password\": \"hunter2\", \"role\": \"internal\"},"
                    + "{\"csr\": \"-----BEGIN CERTIFICATE REQUEST-----\"}",
                ", \"at\": \"2026-01-02T03:04:05+01:00\", \"expiryWarningDays\": 45"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonNode report = TestServer.json(response);
    assertThat(report.get("at").asText()).isEqualTo("2026-01-02T02:04:05Z");
    assertThat(report.at("/certificates/1/thumbprint").asText())
        .isEqualTo(FakeValidations.thumbprint(DER));
    assertThat(report.at("/certificates/2/thumbprint").asText())
        .isEqualTo(FakeValidations.thumbprint(PKCS12));
    assertThat(report.at("/certificates/2/role").asText()).isEqualTo("internal");
    ValidateCommand command = api.validations.last.get();
    assertThat(command.expiryWarningDays()).isEqualTo(45);
    assertThat(command.at()).isEqualTo(Instant.parse("2026-01-02T02:04:05Z"));
    assertThat(command.certificates())
        .extracting(CertificateSource::name)
        .containsExactly(
            "request body: /certificates/0", "request body: /certificates/1",
            "request body: /certificates/2", "request body: /certificates/3");
    CertificateSource pem = command.certificates().get(0);
    assertThat(pem.role()).isEqualTo(CertificateRole.EXTERNAL);
    assertThat(new String(pem.content(), StandardCharsets.UTF_8))
        .startsWith("-----BEGIN CERTIFICATE-----\n");
    assertThat(command.certificates().get(2).password()).containsExactly("hunter2".toCharArray());
    assertThat(command.certificates().get(1).password()).isNull();
  }

  @Test
  void givenTopologySubtree_post_passesItOnAsJsonNamedByItsPointer() throws Exception {
    validate(request("{\"pem\": \"" + PEM + "\"}", ""));

    TopologySource topology = api.validations.last.get().topology();
    assertThat(topology.name()).isEqualTo("request body: /topology");
    assertThat(topology.syntax()).isEqualTo(TopologySource.Syntax.JSON);
    assertThat(TestServer.MAPPER.readTree(topology.content()))
        .isEqualTo(TestServer.MAPPER.readTree(TOPOLOGY));
    assertThat(api.validations.last.get().at()).isNull();
    assertThat(api.validations.last.get().expiryWarningDays()).isEqualTo(30);
  }

  @Test
  void givenFailingCertificate_post_stillAnswers200WithTheFailedVerdict() {
    HttpResponse<String> response = validate(request("{\"pem\": \"FAIL\"}", ""));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(TestServer.json(response).get("verdict").asText()).isEqualTo("fail");
  }

  @Test
  void givenInvalidTopology_post_answers422WithPointersUnderTopology() {
    String body =
        "{\"topology\": {\"edge\": \""
            + Cues.INVALID
            + "\"}, \"certificates\": [{\"pem\": \"x\"}]}";

    JsonNode problem = TestServer.json(validate(body));

    assertThat(problem.get("status").asInt()).isEqualTo(422);
    assertThat(problem.findValuesAsText("pointer"))
        .containsExactly("/topology/edge/accessEdge", "/topology/sipDomains/1");
  }

  @Test
  void givenUnreadableCertificate_post_answers422PointingAtIt() {
    HttpResponse<String> response =
        validate(
            request(
                "{\"pem\": \"x\"}, {\"pkcs12\": \""
                    + Base64.getEncoder()
                        .encodeToString(
                            FakeValidations.UNREADABLE.getBytes(StandardCharsets.US_ASCII))
                    + "\", \"password\": \"hunter2\"}",
                ""));

    JsonNode problem = TestServer.json(response);
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(problem.findValuesAsText("pointer")).containsExactly("/certificates/1");
    assertThat(problem.at("/errors/0/message").asText()).contains("not a certificate");
    assertThat(response.body()).doesNotContain("hunter2");
  }

  @Test
  void givenEveryMistakeInTheRequest_post_answers422ListingThemAll() {
    String body =
        "{\"topology\": [], \"certificates\": [{\"pem\": \"a\", \"der\": \"b\"}, 7,"
            + " {\"der\": \"%%%\", \"role\": \"edge\", \"pasword\": \"hunter2\"}, {\"pem\": \"\"}],"
            + " \"at\": \"yesterday\", \"expiryWarningDays\": -1, \"trust\": {}}";

    HttpResponse<String> response = validate(body);

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(TestServer.json(response).findValuesAsText("pointer"))
        .containsExactlyInAnyOrder(
            "/trust",
            "/topology",
            "/certificates/0",
            "/certificates/1",
            "/certificates/2/pasword",
            "/certificates/2/role",
            "/certificates/2/der",
            "/certificates/3/pem",
            "/at",
            "/expiryWarningDays");
    assertThat(response.body()).doesNotContain("hunter2");
  }

  @Test
  void givenTenThousandEmptyCertificates_post_answersTheFirst100ProblemsAndCountsTheRest() {
    String empty = ", {\"pem\": \"\"}";
    String body = request("{\"pem\": \"\"}" + empty.repeat(9_999), "");

    HttpResponse<String> response = validate(body);

    JsonNode problem = TestServer.json(response);
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(problem.get("errors")).hasSize(100);
    assertThat(problem.get("detail").asText()).endsWith("... and 9900 more problems not listed");
    assertThat(response.body().length()).isLessThan(body.length());
  }

  @Test
  void givenNoCertificates_post_answers422() {
    JsonNode problem =
        TestServer.json(validate("{\"topology\": " + TOPOLOGY + ", \"certificates\": []}"));

    assertThat(problem.get("status").asInt()).isEqualTo(422);
    assertThat(problem.findValuesAsText("pointer")).containsExactly("/certificates");
  }

  @Test
  void givenBrokenJson_post_answers400WithTheLineButNotTheText() {
    HttpResponse<String> response =
        validate(
            "{\"topology\": {},\n"
                + " \"certificates\": [{\"pkcs12\": \"AA\", \"password\": hunter2}]}");

    JsonNode problem = TestServer.json(response);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(problem.get("type").asText()).endsWith("/malformed-input");
    assertThat(problem.at("/errors/0/message").asText()).contains("line 2");
    assertThat(response.body()).doesNotContain("hunter2");
  }

  @Test
  void givenEmptyBodyOrDuplicateKeys_post_answers400() {
    assertThat(validate("").statusCode()).isEqualTo(400);
    assertThat(validate("{\"topology\": {}, \"topology\": {}}").statusCode()).isEqualTo(400);
    assertThat(validate("{} {}").statusCode()).isEqualTo(400);
  }

  @Test
  void givenArrayBody_post_answers422() {
    assertThat(validate("[]").statusCode()).isEqualTo(422);
  }

  @Test
  void givenYamlBody_post_answers415() {
    HttpResponse<String> response = api.post("/v1/validations", "application/yaml", "topology: {}");

    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(TestServer.json(response).get("detail").asText())
        .contains("application/json or multipart/form-data");
  }
}
