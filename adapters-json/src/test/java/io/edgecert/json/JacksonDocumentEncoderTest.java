package io.edgecert.json;

import static io.edgecert.json.Fixtures.fieldNames;
import static io.edgecert.json.Fixtures.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.plan.SamplePlan;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The plan JSON: exact field names, order and values of the wire contract. */
class JacksonDocumentEncoderTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final CertificatePlan PLAN = SamplePlan.plan(LocalDate.of(2026, 11, 25));

  private final JacksonDocumentEncoder encoder = new JacksonDocumentEncoder();

  @Test
  void givenAPlan_plan_writesTheTopLevelContract() throws Exception {
    JsonNode json = MAPPER.readTree(encoder.plan(PLAN));

    assertThat(fieldNames(json)).containsExactly("product", "asOf", "certificates", "advisories");
    assertThat(json.get("product").asText()).isEqualTo("lync-2013");
    assertThat(json.get("asOf").asText()).isEqualTo("2026-11-25");
    assertThat(json.get("advisories")).hasSize(1);
    JsonNode advisory = json.get("advisories").get(0);
    assertThat(fieldNames(advisory)).containsExactly("rule", "severity", "message");
    assertThat(advisory.get("rule").asText()).isEqualTo("EXT-EKU-004");
    assertThat(advisory.get("severity").asText()).isEqualTo("warning");
    assertThat(advisory.get("message").asText()).isEqualTo("Public CAs are dropping clientAuth.");
  }

  @Test
  void givenAPlan_plan_writesEveryCertificateField() throws Exception {
    JsonNode external = MAPPER.readTree(encoder.plan(PLAN)).get("certificates").get(0);

    assertThat(fieldNames(external))
        .containsExactly(
            "id",
            "component",
            "subjectName",
            "subjectAlternativeNames",
            "extendedKeyUsages",
            "certificateAuthority",
            "privateKeyExportable",
            "sharedByPoolMembers",
            "usages",
            "key",
            "requestCommand",
            "notes");
    assertThat(external.get("id").asText()).isEqualTo("external");
    assertThat(external.get("component").asText())
        .isEqualTo("Scaled consolidated Edge (External Edge)");
    assertThat(external.get("subjectName").asText()).isEqualTo("sip.contoso.com");
    assertThat(texts(external.get("extendedKeyUsages")))
        .containsExactly("serverAuth", "clientAuth");
    assertThat(external.get("certificateAuthority").asText()).isEqualTo("public");
    assertThat(external.get("privateKeyExportable").isBoolean()).isTrue();
    assertThat(external.get("privateKeyExportable").booleanValue()).isTrue();
    assertThat(external.get("sharedByPoolMembers").booleanValue()).isTrue();
    assertThat(texts(external.get("usages")))
        .containsExactly("AccessEdgeExternal", "DataEdgeExternal");
    assertThat(external.get("key").get("algorithm").asText()).isEqualTo("rsa");
    assertThat(external.get("key").get("size").intValue()).isEqualTo(2048);
    assertThat(external.get("requestCommand").asText()).isEqualTo(SamplePlan.REQUEST);
    assertThat(texts(external.get("notes")))
        .containsExactly("Export it with its key | import it on every pool member");
  }

  @Test
  void givenPlannedSans_plan_writesNameReasonsAndRuleIdsInOrder() throws Exception {
    JsonNode sans =
        MAPPER
            .readTree(encoder.plan(PLAN))
            .get("certificates")
            .get(0)
            .get("subjectAlternativeNames");

    assertThat(sans).hasSize(3);
    assertThat(fieldNames(sans.get(0))).containsExactly("dnsName", "reasons", "rules");
    assertThat(sans.get(0).get("dnsName").asText()).isEqualTo("sip.contoso.com");
    assertThat(texts(sans.get(0).get("reasons"))).containsExactly("Access Edge FQDN");
    assertThat(texts(sans.get(0).get("rules"))).containsExactly("EXT-SAN-001");
    assertThat(sans.get(1).get("dnsName").asText()).isEqualTo("webcon.contoso.com");
    assertThat(texts(sans.get(1).get("rules"))).isEmpty();
    assertThat(sans.get(2).get("dnsName").asText()).isEqualTo("sip.fabrikam.com");
    assertThat(texts(sans.get(2).get("reasons"))).containsExactly("SIP domain fabrikam.com");
    assertThat(texts(sans.get(2).get("rules"))).containsExactly("EXT-SAN-004");
  }

  @Test
  void givenAbsentValues_plan_writesNullsAndEmptyListsSoTheFieldSetIsStable() throws Exception {
    JsonNode internal = MAPPER.readTree(encoder.plan(PLAN)).get("certificates").get(1);

    assertThat(internal.get("id").asText()).isEqualTo("internal");
    assertThat(internal.get("component").isNull()).isTrue();
    assertThat(internal.get("requestCommand").isNull()).isTrue();
    assertThat(internal.get("subjectAlternativeNames").isArray()).isTrue();
    assertThat(internal.get("subjectAlternativeNames")).isEmpty();
    assertThat(internal.get("certificateAuthority").asText()).isEqualTo("public-or-private");
    assertThat(internal.get("sharedByPoolMembers").booleanValue()).isFalse();
    assertThat(internal.get("key").isNull()).isTrue();
  }

  @Test
  void givenTheSamePlanTwice_plan_writesTheSameTextPrettyPrintedWithATrailingNewline() {
    String first = encoder.plan(PLAN);

    assertThat(new JacksonDocumentEncoder().plan(PLAN)).isEqualTo(first);
    assertThat(first)
        .startsWith("{\n  \"product\": \"lync-2013\",\n  \"asOf\": \"2026-11-25\",\n")
        .contains("    \"extendedKeyUsages\": [\n        \"serverAuth\",\n")
        .contains("\"notes\": []")
        .endsWith("}\n")
        .doesNotContain("\r");
  }
}
