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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ValidationFormTest {
  static final byte[] YAML = PlanEndpointTest.YAML_TOPOLOGY.getBytes(StandardCharsets.UTF_8);
  static final byte[] P12 = {0x30, (byte) 0x82, 0x09, 0x63, 0x02, 0x01, 0x03, (byte) 0xff, 0x00};

  @RegisterExtension static final TestServer api = TestServer.perClass();

  static HttpResponse<String> post(Multipart form) {
    return api.send(
        api.request("/v1/validations")
            .header("Content-Type", form.contentType())
            .POST(form.publisher())
            .build());
  }

  @Test
  void givenFilesAndPassword_post_passesThemOnAndAnswersTheReport() {
    HttpResponse<String> response =
        post(
            new Multipart()
                .file("topology", "edge.yaml", "application/yaml", YAML)
                .file("certificate", "edge.pfx", "application/x-pkcs12", P12)
                .field(
                    "certificate", "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")
                .field("password", "hunter2")
                .field("at", "2026-05-01")
                .field("expiryWarningDays", "10"));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode report = TestServer.json(response);
    assertThat(report.at("/certificates/0/thumbprint").asText())
        .isEqualTo(FakeValidations.thumbprint(P12));
    ValidateCommand command = api.validations.last.get();
    assertThat(command.topology().syntax()).isEqualTo(TopologySource.Syntax.YAML);
    assertThat(command.topology().content()).isEqualTo(YAML);
    assertThat(command.certificates())
        .extracting(CertificateSource::name)
        .containsExactly("request body: /certificate/0 (edge.pfx)", "request body: /certificate/1");
    assertThat(command.certificates().get(0).password()).containsExactly("hunter2".toCharArray());
    assertThat(command.at()).isEqualTo(Instant.parse("2026-05-01T00:00:00Z"));
    assertThat(command.expiryWarningDays()).isEqualTo(10);
  }

  @Test
  void givenPartsNamedByMember_post_passesEachCopyOnWithItsMember() {
    HttpResponse<String> response =
        post(
            new Multipart()
                .file("topology", "edge.yaml", "application/yaml", YAML)
                .file("certificate:edge1.contoso.net", "edge1.pfx", "application/x-pkcs12", P12)
                .file("certificate:edge2.contoso.net", "edge2.pfx", "application/x-pkcs12", P12)
                .file("certificate", "internal.pfx", "application/x-pkcs12", P12));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(api.validations.last.get().certificates())
        .extracting(source -> source.member() + " " + source.name())
        .containsExactly(
            "edge1.contoso.net request body: /certificate/0 (edge1.pfx)",
            "edge2.contoso.net request body: /certificate/1 (edge2.pfx)",
            "null request body: /certificate/2 (internal.pfx)");
  }

  @Test
  void givenAPasswordFromAFileAndTrustedRoots_post_dropsTheLineBreakAndPassesTheRootsOn() {
    String root = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
    HttpResponse<String> response =
        post(
            new Multipart()
                .file("topology", "edge.yaml", "application/yaml", YAML)
                .file("certificate", "edge.pfx", "application/x-pkcs12", P12)
                .field("password", "hunter2\r\n")
                .field("trust", root)
                .field("trust", root)
                .field("publicRoots", root));

    assertThat(response.statusCode()).isEqualTo(200);
    ValidateCommand command = api.validations.last.get();
    assertThat(command.certificates().get(0).password()).containsExactly("hunter2".toCharArray());
    assertThat(command.trust().privateRoots()).hasSize(2);
    assertThat(command.trust().publicRoots()).isNotNull();
  }

  @Test
  void givenChainParts_post_passesThemOnAsIntermediatesNeverTrusted() {
    String ca = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
    HttpResponse<String> response =
        post(
            new Multipart()
                .file("topology", "edge.yaml", "application/yaml", YAML)
                .file("certificate", "edge.pfx", "application/x-pkcs12", P12)
                .file(
                    "chain",
                    "issuing-ca.pem",
                    "application/x-pem-file",
                    ca.getBytes(StandardCharsets.UTF_8))
                .file("chain", "root.cer", "application/pkix-cert", new byte[] {0x30, 0x03}));

    assertThat(response.statusCode()).isEqualTo(200);
    ValidateCommand command = api.validations.last.get();
    assertThat(command.trust().intermediates())
        .containsExactly(ca.getBytes(StandardCharsets.UTF_8), new byte[] {0x30, 0x03});
    assertThat(command.trust().privateRoots()).isEmpty();
  }

  @Test
  void givenPastedTopology_post_detectsTheSyntax() {
    HttpResponse<String> response =
        post(
            new Multipart()
                .field("topology", PlanEndpointTest.JSON_TOPOLOGY)
                .file("certificate", "edge.cer", "application/octet-stream", P12));

    assertThat(response.statusCode()).isEqualTo(200);
    ValidateCommand command = api.validations.last.get();
    assertThat(command.topology().syntax()).isEqualTo(TopologySource.Syntax.AUTO);
    assertThat(command.certificates().get(0).password()).isNull();
  }

  @Test
  void givenAnUnknownOrMisspelledPart_post_answers400NamingIt() {
    HttpResponse<String> response =
        post(
            new Multipart()
                .field("topology", PlanEndpointTest.JSON_TOPOLOGY)
                .file("certificates", "edge.cer", "application/octet-stream", P12)
                .field("submit", "Validate"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(TestServer.json(response).findValuesAsText("pointer"))
        .containsExactly("/certificates", "/submit");
    assertThat(TestServer.json(response).at("/detail").asText())
        .contains("unknown part \"certificates\"; allowed: topology, certificate, password, role");
  }

  @Test
  void givenAQueryParameter_post_answers400NamingIt() {
    Multipart form =
        new Multipart()
            .field("topology", PlanEndpointTest.JSON_TOPOLOGY)
            .file("certificate", "edge.cer", "application/octet-stream", P12);
    HttpResponse<String> response =
        api.send(
            api.request("/v1/validations?at=2026-01-01")
                .header("Content-Type", form.contentType())
                .POST(form.publisher())
                .build());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(TestServer.json(response).at("/detail").asText())
        .startsWith("query parameter at: POST /v1/validations takes no query parameters");
  }

  @Test
  void givenRoles_post_setsThemLikeTheJsonBody() {
    post(
        new Multipart()
            .field("topology", PlanEndpointTest.JSON_TOPOLOGY)
            .file("certificate", "a.cer", "application/octet-stream", P12)
            .file("certificate", "b.cer", "application/octet-stream", P12)
            .field("role", "internal"));
    ValidateCommand one = api.validations.last.get();
    post(
        new Multipart()
            .field("topology", PlanEndpointTest.JSON_TOPOLOGY)
            .file("certificate", "a.cer", "application/octet-stream", P12)
            .field("role", "external")
            .file("certificate", "b.cer", "application/octet-stream", P12)
            .field("role", "av-authentication"));
    ValidateCommand each = api.validations.last.get();
    HttpResponse<String> wrong =
        post(
            new Multipart()
                .field("topology", PlanEndpointTest.JSON_TOPOLOGY)
                .file("certificate", "a.cer", "application/octet-stream", P12)
                .field("role", "edge"));

    assertThat(one.certificates())
        .extracting(CertificateSource::role)
        .containsExactly(CertificateRole.INTERNAL, CertificateRole.INTERNAL);
    assertThat(each.certificates())
        .extracting(CertificateSource::role)
        .containsExactly(CertificateRole.EXTERNAL, CertificateRole.AV_AUTHENTICATION);
    assertThat(wrong.statusCode()).isEqualTo(422);
    assertThat(TestServer.json(wrong).findValuesAsText("pointer")).containsExactly("/role");
  }

  @Test
  void givenMissingParts_post_answers422ListingBoth() {
    HttpResponse<String> response = post(new Multipart().field("at", "soon"));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(TestServer.json(response).findValuesAsText("pointer"))
        .containsExactly("/topology", "/certificate", "/at");
  }

  @Test
  void givenUnreadableCertificatePart_post_answers422PointingAtThePart() {
    HttpResponse<String> response =
        post(
            new Multipart()
                .file(
                    "topology",
                    "edge.json",
                    "application/json",
                    PlanEndpointTest.JSON_TOPOLOGY.getBytes(StandardCharsets.UTF_8))
                .file("certificate", "good.cer", "application/octet-stream", P12)
                .file(
                    "certificate",
                    "bad.cer",
                    "application/octet-stream",
                    FakeValidations.UNREADABLE.getBytes(StandardCharsets.UTF_8))
                .field("password", "hunter2"));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(TestServer.json(response).findValuesAsText("pointer"))
        .containsExactly("/certificate/1");
    assertThat(response.body()).doesNotContain("hunter2");
  }

  @Test
  void givenBrokenMultipart_post_answers400() {
    HttpResponse<String> response =
        api.post(
            "/v1/validations",
            "multipart/form-data; boundary=nothing-like-this",
            "--other\r\nrubbish");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/problem+json;charset=utf-8");
  }
}
