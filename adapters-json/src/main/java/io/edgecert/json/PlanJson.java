package io.edgecert.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.edgecert.domain.plan.Advisory;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.plan.ExtendedKeyUsage;
import io.edgecert.domain.plan.KeySpec;
import io.edgecert.domain.plan.PlannedCertificate;
import io.edgecert.domain.plan.PlannedSan;
import io.edgecert.domain.plan.UsageType;
import io.edgecert.domain.rules.RuleId;
import java.io.IOException;
import java.util.function.Function;

/**
 * The plan in the JSON wire contract: product, asOf, certificates and advisories, written token by
 * token to a generator (no tree: a plan is written on every {@code POST /v1/plans}).
 */
final class PlanJson {

  private PlanJson() {}

  static void write(CertificatePlan plan, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("product", JsonTokens.code(plan.product()));
    json.writeStringField("asOf", plan.asOf() == null ? null : plan.asOf().toString());
    JsonTokens.objects("certificates", plan.certificates(), PlanJson::certificate, json);
    JsonTokens.objects("advisories", plan.advisories(), PlanJson::advisory, json);
    json.writeEndObject();
  }

  private static void certificate(PlannedCertificate certificate, JsonGenerator json)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("id", JsonTokens.code(certificate.id()));
    json.writeStringField("component", certificate.component());
    json.writeStringField("subjectName", certificate.subjectName());
    JsonTokens.objects(
        "subjectAlternativeNames", certificate.subjectAlternativeNames(), PlanJson::san, json);
    JsonTokens.strings(
        "extendedKeyUsages", certificate.extendedKeyUsages(), ExtendedKeyUsage::code, json);
    json.writeStringField(
        "certificateAuthority", JsonTokens.code(certificate.certificateAuthority()));
    json.writeBooleanField("privateKeyExportable", certificate.privateKeyExportable());
    json.writeBooleanField("sharedByPoolMembers", certificate.sharedByPoolMembers());
    JsonTokens.strings("usages", certificate.usages(), UsageType::typeName, json);
    key(certificate.key(), json);
    json.writeStringField("requestCommand", certificate.requestCommand());
    JsonTokens.strings("notes", certificate.notes(), Function.identity(), json);
    json.writeEndObject();
  }

  private static void san(PlannedSan san, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("dnsName", san.dnsName());
    JsonTokens.strings("reasons", san.reasons(), Function.identity(), json);
    JsonTokens.strings("rules", san.rules(), RuleId::id, json);
    json.writeEndObject();
  }

  private static void key(KeySpec key, JsonGenerator json) throws IOException {
    json.writeFieldName("key");
    if (key == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    json.writeStringField("algorithm", key.algorithm().code());
    json.writeNumberField("size", key.size());
    json.writeEndObject();
  }

  private static void advisory(Advisory advisory, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("rule", advisory.rule().id());
    json.writeStringField("severity", advisory.severity().code());
    json.writeStringField("message", advisory.message());
    json.writeEndObject();
  }
}
