package io.edgecert.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.edgecert.domain.validation.CertificateReport;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.MemberCopy;
import io.edgecert.domain.validation.PoolRole;
import io.edgecert.domain.validation.ValidationReport;
import java.util.function.Function;

/**
 * The validation report in the JSON wire contract: verdict, instant, findings per certificate, and
 * the pool section when there is one.
 */
final class ReportJson {

  private ReportJson() {}

  static ObjectNode of(ValidationReport report) {
    ObjectNode root =
        JsonTrees.object()
            .put("verdict", report.verdict().code())
            .put("at", report.at() == null ? null : report.at().toString());
    root.set("certificates", JsonTrees.objects(report.certificates(), ReportJson::certificate));
    if (!report.pool().isEmpty()) {
      root.set("pool", JsonTrees.objects(report.pool(), ReportJson::poolRole));
    }
    return root;
  }

  /** One role of the pool section: who holds what, who gave nothing, and the identity finding. */
  private static JsonNode poolRole(PoolRole role) {
    ObjectNode node = JsonTrees.object().put("role", JsonTrees.code(role.role()));
    node.set("members", JsonTrees.objects(role.copies(), ReportJson::copy));
    node.set("missingMembers", JsonTrees.strings(role.missingMembers(), Function.identity()));
    node.set("finding", finding(role.finding()));
    return node;
  }

  private static JsonNode copy(MemberCopy copy) {
    return JsonTrees.object()
        .put("member", copy.member())
        .put("file", copy.file())
        .put("thumbprint", copy.thumbprint())
        .put("publicKey", copy.publicKey())
        .put("publicKeySha256", copy.publicKeySha256())
        .put("issuer", copy.issuer())
        .put("serialNumber", copy.serialNumber())
        .put("notAfter", copy.notAfter() == null ? null : copy.notAfter().toString());
  }

  private static JsonNode certificate(CertificateReport certificate) {
    ObjectNode node =
        JsonTrees.object()
            .put("role", JsonTrees.code(certificate.role()))
            .put("file", certificate.file())
            .put("subjectName", certificate.subjectName())
            .put("thumbprint", certificate.thumbprint())
            .put("verdict", certificate.verdict().code());
    node.set("findings", JsonTrees.objects(certificate.findings(), ReportJson::finding));
    return node;
  }

  static JsonNode finding(Finding finding) {
    ObjectNode node =
        JsonTrees.object()
            .put("rule", finding.rule().id())
            .put("status", finding.status().code())
            .put("severity", finding.severity().code())
            .put("message", finding.message())
            .put("expected", finding.expected())
            .put("actual", finding.actual());
    node.set("sources", JsonTrees.strings(finding.sources(), Function.identity()));
    node.set("references", SourcesJson.references(finding.sources()));
    return node;
  }
}
