package io.edgecert.json;

import static io.edgecert.json.Fixtures.fieldNames;
import static io.edgecert.json.Fixtures.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.rules.Severity;
import io.edgecert.domain.rules.SourceRegister;
import io.edgecert.domain.validation.CertificateReport;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.MemberCopy;
import io.edgecert.domain.validation.PoolRole;
import io.edgecert.domain.validation.ValidationReport;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportAndRulesJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final JacksonDocumentEncoder encoder = new JacksonDocumentEncoder();

  private static ValidationReport report() {
    Finding missingSan =
        Finding.of(
            RuleId.EXT_SAN_004,
            FindingStatus.FAIL,
            "sip.fabrikam.com is missing from the SAN",
            "sip.fabrikam.com",
            "sip.contoso.com");
    Finding notYet =
        new Finding(
            RuleId.EXT_EKU_004,
            FindingStatus.NOT_YET_EFFECTIVE,
            Severity.SHOULD,
            "clientAuth may vanish at renewal",
            null,
            null,
            List.of("App. Z"));
    CertificateReport external =
        new CertificateReport(
            CertificateRole.EXTERNAL,
            "edge.pfx",
            "sip.contoso.com",
            "AB12",
            List.of(missingSan, notYet));
    CertificateReport internal =
        new CertificateReport(
            CertificateRole.INTERNAL, "internal.pem", "lsedge.contoso.net", "CD34", List.of());
    return new ValidationReport(Instant.parse("2026-11-25T10:15:30Z"), List.of(external, internal));
  }

  @Test
  void reportLine_isTheReportOnOneLine_withEachCitedSourceResolvedOnceForTheLine()
      throws Exception {
    ValidationReport report = report();
    String line = encoder.reportLine(report);
    JsonNode node = MAPPER.readTree(line);
    JsonNode whole = MAPPER.readTree(encoder.report(report));

    assertThat(line).doesNotContain("\n");
    assertThat(node.get("verdict")).isEqualTo(whole.get("verdict"));
    JsonNode findings = node.get("certificates").get(0).get("findings");
    JsonNode wholeFindings = whole.get("certificates").get(0).get("findings");
    assertThat(findings).hasSize(2);
    for (int i = 0; i < findings.size(); i++) {
      assertThat(findings.get(i).has("references")).isFalse();
      assertThat(findings.get(i).get("sources")).isEqualTo(wholeFindings.get(i).get("sources"));
      assertThat(node.get("references")).containsAll(wholeFindings.get(i).get("references"));
    }
    List<String> references = new java.util.ArrayList<>();
    node.get("references").forEach(reference -> references.add(reference.toString()));
    assertThat(references).doesNotHaveDuplicates().isNotEmpty();
    assertThat(line.length()).isLessThan(encoder.report(report).length());
  }

  @Test
  void givenPoolSection_report_listsEachMembersCopyAndTheFinding() throws Exception {
    MemberCopy copy =
        new MemberCopy(
            "edge1.contoso.net",
            "edge1.pfx",
            "1111111111111111111111111111111111111111",
            "RSA 2048 bits",
            "A".repeat(64),
            "CN=Issuing CA",
            "01",
            Instant.parse("2026-12-31T00:00:00Z"));
    Finding alone = Finding.notApplicable(RuleId.EXT_POOL_001, "only one member's copy was given");
    ValidationReport report =
        new ValidationReport(
            Instant.parse("2025-06-01T00:00:00Z"),
            List.of(),
            List.of(
                new PoolRole(
                    CertificateRole.EXTERNAL, List.of(copy), List.of("edge2.contoso.net"), alone)));

    JsonNode pool = MAPPER.readTree(encoder.report(report)).get("pool").get(0);

    assertThat(pool.get("role").asText()).isEqualTo("external");
    assertThat(fieldNames(pool.get("members").get(0)))
        .containsExactly(
            "member",
            "file",
            "thumbprint",
            "publicKey",
            "publicKeySha256",
            "issuer",
            "serialNumber",
            "notAfter");
    assertThat(pool.get("members").get(0).get("notAfter").asText())
        .isEqualTo("2026-12-31T00:00:00Z");
    assertThat(pool.get("missingMembers").get(0).asText()).isEqualTo("edge2.contoso.net");
    assertThat(pool.get("finding").get("status").asText()).isEqualTo("not-applicable");
  }

  @Test
  void givenNoPoolSection_report_leavesThePoolOut() throws Exception {
    assertThat(MAPPER.readTree(encoder.report(report())).has("pool")).isFalse();
  }

  @Test
  void givenAFailedMustRule_report_writesFailVerdictsAndTheInstant() throws Exception {
    JsonNode json = MAPPER.readTree(encoder.report(report()));

    assertThat(fieldNames(json)).containsExactly("verdict", "at", "certificates");
    assertThat(json.get("verdict").asText()).isEqualTo("fail");
    assertThat(json.get("at").asText()).isEqualTo("2026-11-25T10:15:30Z");
    JsonNode external = json.get("certificates").get(0);
    assertThat(fieldNames(external))
        .containsExactly("role", "file", "subjectName", "thumbprint", "verdict", "findings");
    assertThat(external.get("role").asText()).isEqualTo("external");
    assertThat(external.get("file").asText()).isEqualTo("edge.pfx");
    assertThat(external.get("subjectName").asText()).isEqualTo("sip.contoso.com");
    assertThat(external.get("thumbprint").asText()).isEqualTo("AB12");
    assertThat(external.get("verdict").asText()).isEqualTo("fail");
    assertThat(json.get("certificates").get(1).get("verdict").asText()).isEqualTo("pass");
  }

  @Test
  void givenFindings_report_writesRuleStatusSeverityValuesAndSources() throws Exception {
    JsonNode findings =
        MAPPER.readTree(encoder.report(report())).get("certificates").get(0).get("findings");

    JsonNode failed = findings.get(0);
    assertThat(fieldNames(failed))
        .containsExactly(
            "rule", "status", "severity", "message", "expected", "actual", "sources", "references");
    assertThat(failed.get("rule").asText()).isEqualTo("EXT-SAN-004");
    assertThat(failed.get("status").asText()).isEqualTo("fail");
    assertThat(failed.get("severity").asText()).isEqualTo("must");
    assertThat(failed.get("message").asText())
        .isEqualTo("sip.fabrikam.com is missing from the SAN");
    assertThat(failed.get("expected").asText()).isEqualTo("sip.fabrikam.com");
    assertThat(failed.get("actual").asText()).isEqualTo("sip.contoso.com");
    assertThat(texts(failed.get("sources"))).isEqualTo(RuleId.EXT_SAN_004.sourceList());
    JsonNode reference = failed.get("references").get(0);
    assertThat(fieldNames(reference))
        .containsExactly("key", "title", "url", "date", "dateKind", "note");
    assertThat(reference.get("key").asText())
        .isEqualTo(SourceRegister.of(RuleId.EXT_SAN_004).get(0).key());
    assertThat(reference.get("url").asText()).startsWith("https://");
    JsonNode notYet = findings.get(1);
    assertThat(notYet.get("status").asText()).isEqualTo("not-yet-effective");
    assertThat(notYet.get("severity").asText()).isEqualTo("should");
    assertThat(notYet.get("expected").isNull()).isTrue();
  }

  @Test
  void givenRules_rules_writesTheCatalogueFieldsInOrder() throws Exception {
    JsonNode json = MAPPER.readTree(encoder.rules(List.of(RuleId.EXT_KEY_002, RuleId.PIC_004)));

    assertThat(fieldNames(json)).containsExactly("rules");
    JsonNode rule = json.get("rules").get(0);
    assertThat(fieldNames(rule))
        .containsExactly(
            "id", "severity", "statement", "appliesWhen", "sources", "references", "severityNote");
    assertThat(rule.get("id").asText()).isEqualTo("EXT-KEY-002");
    assertThat(rule.get("severity").asText()).isEqualTo("must");
    assertThat(rule.get("statement").asText()).isEqualTo(RuleId.EXT_KEY_002.statement());
    assertThat(rule.get("appliesWhen").asText())
        .isEqualTo("a single Edge Server (`edge.layout: single`)");
    assertThat(texts(rule.get("sources"))).containsExactly("S13", "S09", "S16");
    JsonNode s13 = rule.get("references").get(0);
    assertThat(s13.get("title").asText())
        .startsWith("Certificate requirements for external user access in Lync Server 2013");
    assertThat(s13.get("url").asText())
        .endsWith("/lync-server-2013-certificate-requirements-for-external-user-access");
    assertThat(s13.get("date").asText()).isEqualTo("2016-03-29");
    assertThat(s13.get("dateKind").asText()).isEqualTo("last-modified");
    assertThat(rule.get("severityNote").asText()).isEqualTo("(contested, AMB-04)");
    assertThat(json.get("rules").get(1).get("severity").asText()).isEqualTo("info");
  }

  @Test
  void givenTheWholeCatalogue_rules_listsEveryRuleOnce() throws Exception {
    JsonNode json = MAPPER.readTree(encoder.rules(List.of(RuleId.values())));

    assertThat(json.get("rules")).hasSize(RuleId.values().length);
    assertThat(encoder.rules(List.of())).isEqualTo("{\n  \"rules\": []\n}\n");
  }
}
