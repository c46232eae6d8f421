package io.edgecert.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.edgecert.domain.plan.Advisory;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.plan.ExtendedKeyUsage;
import io.edgecert.domain.plan.KeySpec;
import io.edgecert.domain.plan.PlannedCertificate;
import io.edgecert.domain.plan.PlannedSan;
import io.edgecert.domain.plan.UsageType;
import io.edgecert.domain.rules.RuleId;
import java.util.function.Function;

/** The plan in the JSON wire contract: product, asOf, certificates and advisories. */
final class PlanJson {

  private PlanJson() {}

  static ObjectNode of(CertificatePlan plan) {
    ObjectNode root =
        JsonTrees.object()
            .put("product", JsonTrees.code(plan.product()))
            .put("asOf", plan.asOf() == null ? null : plan.asOf().toString());
    root.set("certificates", JsonTrees.objects(plan.certificates(), PlanJson::certificate));
    root.set("advisories", JsonTrees.objects(plan.advisories(), PlanJson::advisory));
    return root;
  }

  private static JsonNode certificate(PlannedCertificate certificate) {
    ObjectNode node =
        JsonTrees.object()
            .put("id", JsonTrees.code(certificate.id()))
            .put("component", certificate.component())
            .put("subjectName", certificate.subjectName());
    node.set(
        "subjectAlternativeNames",
        JsonTrees.objects(certificate.subjectAlternativeNames(), PlanJson::san));
    node.set(
        "extendedKeyUsages",
        JsonTrees.strings(certificate.extendedKeyUsages(), ExtendedKeyUsage::code));
    node.put("certificateAuthority", JsonTrees.code(certificate.certificateAuthority()))
        .put("privateKeyExportable", certificate.privateKeyExportable())
        .put("sharedByPoolMembers", certificate.sharedByPoolMembers());
    node.set("usages", JsonTrees.strings(certificate.usages(), UsageType::typeName));
    node.set("key", key(certificate.key()));
    node.put("requestCommand", certificate.requestCommand());
    node.set("notes", JsonTrees.strings(certificate.notes(), Function.identity()));
    return node;
  }

  private static JsonNode san(PlannedSan san) {
    ObjectNode node = JsonTrees.object().put("dnsName", san.dnsName());
    node.set("reasons", JsonTrees.strings(san.reasons(), Function.identity()));
    node.set("rules", JsonTrees.strings(san.rules(), RuleId::id));
    return node;
  }

  private static JsonNode key(KeySpec key) {
    if (key == null) {
      return null;
    }
    return JsonTrees.object().put("algorithm", key.algorithm().code()).put("size", key.size());
  }

  private static JsonNode advisory(Advisory advisory) {
    return JsonTrees.object()
        .put("rule", advisory.rule().id())
        .put("severity", advisory.severity().code())
        .put("message", advisory.message());
  }
}
