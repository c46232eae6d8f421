package io.edgecert.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edgecert.domain.plan.Advisory;
import io.edgecert.domain.plan.AdvisoryLevel;
import io.edgecert.domain.plan.CertificateAuthorityKind;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.plan.ExtendedKeyUsage;
import io.edgecert.domain.plan.KeySpec;
import io.edgecert.domain.plan.PlannedCertificate;
import io.edgecert.domain.plan.PlannedSan;
import io.edgecert.domain.plan.UsageType;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.KeyAlgorithm;
import io.edgecert.domain.topology.Product;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JacksonDocumentEncoderTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final JacksonDocumentEncoder encoder = new JacksonDocumentEncoder();

  static CertificatePlan plan() {
    PlannedCertificate external = new PlannedCertificate(
        CertificateRole.EXTERNAL,
        "Single consolidated Edge (External Edge)",
        "sip.contoso.com",
        List.of(
            new PlannedSan("sip.contoso.com", List.of("Access Edge external FQDN", "subject name"),
                List.of(RuleId.EXT_SAN_001, RuleId.EXT_SAN_002)),
            new PlannedSan("sip.fabrikam.com", List.of("SIP domain fabrikam.com"),
                List.of(RuleId.EXT_SAN_004))),
        List.of(ExtendedKeyUsage.SERVER_AUTH, ExtendedKeyUsage.CLIENT_AUTH),
        CertificateAuthorityKind.PUBLIC,
        true,
        false,
        List.of(UsageType.ACCESS_EDGE_EXTERNAL, UsageType.DATA_EDGE_EXTERNAL,
            UsageType.AUDIO_VIDEO_AUTHENTICATION),
        new KeySpec(KeyAlgorithm.ECDH_P256, 256),
        "Request-CsCertificate -New -Type AccessEdgeExternal",
        List.of("AOL needs the client EKU"));
    PlannedCertificate internal = new PlannedCertificate(CertificateRole.INTERNAL, null,
        "lsedge.contoso.net", List.of(), List.of(ExtendedKeyUsage.SERVER_AUTH),
        CertificateAuthorityKind.PUBLIC_OR_PRIVATE, false, true, List.of(UsageType.INTERNAL),
        new KeySpec(KeyAlgorithm.RSA, 2048), null, List.of());
    Advisory advisory = new Advisory(RuleId.PIC_004, AdvisoryLevel.WARNING, "AOL PIC ended");
    return new CertificatePlan(Product.LYNC_2013, LocalDate.of(2026, 11, 25),
        List.of(external, internal), List.of(advisory));
  }

  @Test
  void givenAPlan_plan_writesTheTopLevelContract() throws Exception {
    JsonNode json = MAPPER.readTree(encoder.plan(plan()));

    assertThat(fieldNames(json)).containsExactly("product", "asOf", "certificates", "advisories");
    assertThat(json.get("product").asText()).isEqualTo("lync-2013");
    assertThat(json.get("asOf").asText()).isEqualTo("2026-11-25");
    assertThat(json.get("advisories")).hasSize(1);
    JsonNode advisory = json.get("advisories").get(0);
    assertThat(fieldNames(advisory)).containsExactly("rule", "severity", "message");
    assertThat(advisory.get("rule").asText()).isEqualTo("PIC-004");
    assertThat(advisory.get("severity").asText()).isEqualTo("warning");
    assertThat(advisory.get("message").asText()).isEqualTo("AOL PIC ended");
  }

  @Test
  void givenAPlan_plan_writesEveryCertificateField() throws Exception {
    JsonNode external = MAPPER.readTree(encoder.plan(plan())).get("certificates").get(0);

    assertThat(fieldNames(external)).containsExactly("id", "component", "subjectName",
        "subjectAlternativeNames", "extendedKeyUsages", "certificateAuthority",
        "privateKeyExportable", "sharedByPoolMembers", "usages", "key", "requestCommand", "notes");
    assertThat(external.get("id").asText()).isEqualTo("external");
    assertThat(external.get("component").asText())
        .isEqualTo("Single consolidated Edge (External Edge)");
    assertThat(external.get("subjectName").asText()).isEqualTo("sip.contoso.com");
    assertThat(texts(external.get("extendedKeyUsages"))).containsExactly("serverAuth", "clientAuth");
    assertThat(external.get("certificateAuthority").asText()).isEqualTo("public");
    assertThat(external.get("privateKeyExportable").isBoolean()).isTrue();
    assertThat(external.get("privateKeyExportable").booleanValue()).isTrue();
    assertThat(external.get("sharedByPoolMembers").booleanValue()).isFalse();
    assertThat(texts(external.get("usages"))).containsExactly(
        "AccessEdgeExternal", "DataEdgeExternal", "AudioVideoAuthentication");
    assertThat(external.get("key").get("algorithm").asText()).isEqualTo("ecdh-p256");
    assertThat(external.get("key").get("size").intValue()).isEqualTo(256);
    assertThat(external.get("requestCommand").asText())
        .isEqualTo("Request-CsCertificate -New -Type AccessEdgeExternal");
    assertThat(texts(external.get("notes"))).containsExactly("AOL needs the client EKU");
  }

  @Test
  void givenPlannedSans_plan_writesNameReasonsAndRuleIdsInOrder() throws Exception {
    JsonNode sans = MAPPER.readTree(encoder.plan(plan())).get("certificates").get(0)
        .get("subjectAlternativeNames");

    assertThat(sans).hasSize(2);
    assertThat(fieldNames(sans.get(0))).containsExactly("dnsName", "reasons", "rules");
    assertThat(sans.get(0).get("dnsName").asText()).isEqualTo("sip.contoso.com");
    assertThat(texts(sans.get(0).get("reasons")))
        .containsExactly("Access Edge external FQDN", "subject name");
    assertThat(texts(sans.get(0).get("rules"))).containsExactly("EXT-SAN-001", "EXT-SAN-002");
    assertThat(sans.get(1).get("dnsName").asText()).isEqualTo("sip.fabrikam.com");
  }

  @Test
  void givenAbsentValues_plan_writesNullsAndEmptyListsSoTheFieldSetIsStable() throws Exception {
    JsonNode internal = MAPPER.readTree(encoder.plan(plan())).get("certificates").get(1);

    assertThat(internal.get("id").asText()).isEqualTo("internal");
    assertThat(internal.get("component").isNull()).isTrue();
    assertThat(internal.get("requestCommand").isNull()).isTrue();
    assertThat(internal.get("subjectAlternativeNames").isArray()).isTrue();
    assertThat(internal.get("subjectAlternativeNames")).isEmpty();
    assertThat(internal.get("certificateAuthority").asText()).isEqualTo("public-or-private");
    assertThat(internal.get("sharedByPoolMembers").booleanValue()).isTrue();
  }

  @Test
  void givenTheSamePlanTwice_plan_writesTheSameTextPrettyPrintedWithATrailingNewline() {
    String first = encoder.plan(plan());

    assertThat(new JacksonDocumentEncoder().plan(plan())).isEqualTo(first);
    assertThat(first).startsWith("{\n  \"product\": \"lync-2013\",\n  \"asOf\": \"2026-11-25\",\n")
        .contains("    \"extendedKeyUsages\": [\n        \"serverAuth\",\n")
        .contains("\"notes\": []")
        .endsWith("}\n")
        .doesNotContain("\r");
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  static List<String> texts(JsonNode array) {
    List<String> texts = new java.util.ArrayList<>();
    array.forEach(element -> texts.add(element.asText()));
    return texts;
  }
}
