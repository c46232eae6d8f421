package io.edgecert.json;

import static io.edgecert.json.Fixtures.fieldNames;
import static io.edgecert.json.Fixtures.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The plan JSON: exact field names, order and values of the wire contract. */
class JacksonDocumentEncoderTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final JacksonDocumentEncoder encoder = new JacksonDocumentEncoder();

  @Test
  void givenAPlan_plan_writesTheTopLevelContract() throws Exception {
    JsonNode json = MAPPER.readTree(encoder.plan(Fixtures.plan()));

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
    JsonNode external = MAPPER.readTree(encoder.plan(Fixtures.plan())).get("certificates").get(0);

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
        .isEqualTo("Single consolidated Edge (External Edge)");
    assertThat(external.get("subjectName").asText()).isEqualTo("sip.contoso.com");
    assertThat(texts(external.get("extendedKeyUsages")))
        .containsExactly("serverAuth", "clientAuth");
    assertThat(external.get("certificateAuthority").asText()).isEqualTo("public");
    assertThat(external.get("privateKeyExportable").isBoolean()).isTrue();
    assertThat(external.get("privateKeyExportable").booleanValue()).isTrue();
    assertThat(external.get("sharedByPoolMembers").booleanValue()).isFalse();
    assertThat(texts(external.get("usages")))
        .containsExactly("AccessEdgeExternal", "DataEdgeExternal", "AudioVideoAuthentication");
    assertThat(external.get("key").get("algorithm").asText()).isEqualTo("ecdh-p256");
    assertThat(external.get("key").get("size").intValue()).isEqualTo(256);
    assertThat(external.get("requestCommand").asText())
        .isEqualTo("Request-CsCertificate -New -Type AccessEdgeExternal");
    assertThat(texts(external.get("notes"))).containsExactly("AOL needs the client EKU");
  }

  @Test
  void givenPlannedSans_plan_writesNameReasonsAndRuleIdsInOrder() throws Exception {
    JsonNode sans =
        MAPPER
            .readTree(encoder.plan(Fixtures.plan()))
            .get("certificates")
            .get(0)
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
    JsonNode internal = MAPPER.readTree(encoder.plan(Fixtures.plan())).get("certificates").get(1);

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
    String first = encoder.plan(Fixtures.plan());

    assertThat(new JacksonDocumentEncoder().plan(Fixtures.plan())).isEqualTo(first);
    assertThat(first)
        .startsWith("{\n  \"product\": \"lync-2013\",\n  \"asOf\": \"2026-11-25\",\n")
        .contains("    \"extendedKeyUsages\": [\n        \"serverAuth\",\n")
        .contains("\"notes\": []")
        .endsWith("}\n")
        .doesNotContain("\r");
  }
}
