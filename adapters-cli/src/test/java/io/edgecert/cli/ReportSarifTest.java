package io.edgecert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.rules.SourceRegister;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportSarifTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonSchema schema() throws IOException {
    try (InputStream in =
        ReportSarifTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
  }

  private static CliRun validate(Path dir, String... options) throws IOException {
    String topology = Files.writeString(dir.resolve("t.yaml"), "version: 1").toString();
    String cert = Files.writeString(dir.resolve("edge cert.pem"), "PEM").toString();
    List<String> args = new ArrayList<>(List.of("validate", topology, cert));
    args.addAll(List.of(options));
    return new CliRun(null, new FakeValidateUseCase(command -> ReportSamples.failing()))
        .run(args.toArray(String[]::new));
  }

  @Test
  void givenFormatSarif_validate_writesALogThatTheSarifSchemaAccepts(@TempDir Path dir)
      throws Exception {
    CliRun run = validate(dir, "--format", "sarif");

    assertThat(run.exitCode).isEqualTo(1);
    Set<ValidationMessage> errors = schema().validate(MAPPER.readTree(run.out));
    assertThat(errors).isEmpty();
  }

  @Test
  void theSchemaRejectsABrokenLog() throws Exception {
    JsonNode log = MAPPER.readTree(new ReportSarif("1").render(ReportSamples.failing()));
    ((com.fasterxml.jackson.databind.node.ObjectNode) log).put("version", "2.0.0");

    assertThat(schema().validate(log)).isNotEmpty();
  }

  @Test
  void givenFailAndWarn_sarif_hasOneResultEachAndOneRulePerIdWithHelpAndSourceLinks()
      throws Exception {
    JsonNode run =
        MAPPER
            .readTree(new ReportSarif("1.2.3").render(ReportSamples.failing()))
            .get("runs")
            .get(0);

    JsonNode driver = run.get("tool").get("driver");
    assertThat(driver.get("name").asText()).isEqualTo("edgecert");
    List<String> ruleIds = new ArrayList<>();
    driver.get("rules").forEach(rule -> ruleIds.add(rule.get("id").asText()));
    assertThat(ruleIds).doesNotHaveDuplicates().contains("EXT-SAN-004");
    JsonNode san = driver.get("rules").get(ruleIds.indexOf("EXT-SAN-004"));
    assertThat(san.get("fullDescription").get("text").asText())
        .isEqualTo(RuleId.EXT_SAN_004.statement());
    assertThat(san.get("helpUri").asText())
        .isEqualTo(SourceRegister.of(RuleId.EXT_SAN_004).get(0).url());
    assertThat(san.get("help").get("markdown").asText())
        .contains("[S13: Certificate requirements for external user access");
    assertThat(san.get("defaultConfiguration").get("level").asText()).isEqualTo("error");

    List<String> statuses = new ArrayList<>();
    run.get("results").forEach(r -> statuses.add(r.get("properties").get("status").asText()));
    long failOrWarn =
        ReportSamples.failing().certificates().stream()
            .flatMap(c -> c.findings().stream())
            .filter(CitedSources::cites)
            .count();
    assertThat(statuses).hasSize((int) failOrWarn).containsOnly("fail", "warn");
    JsonNode result = run.get("results").get(0);
    assertThat(result.get("ruleId").asText())
        .isEqualTo(ruleIds.get(result.get("ruleIndex").asInt()));
    JsonNode location =
        result.get("locations").get(0).get("physicalLocation").get("artifactLocation");
    assertThat(location.get("uri").asText())
        .isEqualTo(
            run.get("artifacts")
                .get(location.get("index").asInt())
                .get("location")
                .get("uri")
                .asText());
  }

  @Test
  void certificateFilesBecomeUriReferences() {
    assertThat(ReportSarif.uri("certs/edge cert.pem")).isEqualTo("certs/edge%20cert.pem");
    assertThat(ReportSarif.uri("/tmp/edge.pem")).isEqualTo("file:///tmp/edge.pem");
    assertThat(ReportSarif.uri("C:\\certs\\edge.pfx")).isEqualTo("file:///C:/certs/edge.pfx");
  }
}
