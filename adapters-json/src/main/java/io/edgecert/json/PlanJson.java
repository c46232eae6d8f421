package io.edgecert.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.edgecert.domain.Coded;
import io.edgecert.domain.plan.Advisory;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.plan.ExtendedKeyUsage;
import io.edgecert.domain.plan.KeySpec;
import io.edgecert.domain.plan.PlannedCertificate;
import io.edgecert.domain.plan.PlannedSan;
import io.edgecert.domain.plan.UsageType;
import io.edgecert.domain.rules.RuleId;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * The plan in the JSON wire contract: product, asOf, certificates and advisories, written token by
 * token to a generator (no tree: a plan is written on every {@code POST /v1/plans}).
 */
final class PlanJson {

  private PlanJson() {}

  static void write(CertificatePlan plan, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("product", code(plan.product()));
    json.writeStringField("asOf", plan.asOf() == null ? null : plan.asOf().toString());
    json.writeArrayFieldStart("certificates");
    for (PlannedCertificate certificate : plan.certificates()) {
      certificate(certificate, json);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("advisories");
    for (Advisory advisory : plan.advisories()) {
      advisory(advisory, json);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void certificate(PlannedCertificate certificate, JsonGenerator json)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("id", code(certificate.id()));
    json.writeStringField("component", certificate.component());
    json.writeStringField("subjectName", certificate.subjectName());
    json.writeArrayFieldStart("subjectAlternativeNames");
    for (PlannedSan san : certificate.subjectAlternativeNames()) {
      san(san, json);
    }
    json.writeEndArray();
    strings("extendedKeyUsages", certificate.extendedKeyUsages(), ExtendedKeyUsage::code, json);
    json.writeStringField("certificateAuthority", code(certificate.certificateAuthority()));
    json.writeBooleanField("privateKeyExportable", certificate.privateKeyExportable());
    json.writeBooleanField("sharedByPoolMembers", certificate.sharedByPoolMembers());
    strings("usages", certificate.usages(), UsageType::typeName, json);
    key(certificate.key(), json);
    json.writeStringField("requestCommand", certificate.requestCommand());
    strings("notes", certificate.notes(), Function.identity(), json);
    json.writeEndObject();
  }

  private static void san(PlannedSan san, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("dnsName", san.dnsName());
    strings("reasons", san.reasons(), Function.identity(), json);
    strings("rules", san.rules(), RuleId::id, json);
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

  private static <T> void strings(
      String field, List<T> values, Function<T, String> text, JsonGenerator json)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (T value : values) {
      json.writeString(text.apply(value));
    }
    json.writeEndArray();
  }

  private static String code(Coded value) {
    return value == null ? null : value.code();
  }
}
