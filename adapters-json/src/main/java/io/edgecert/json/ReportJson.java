package io.edgecert.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.edgecert.domain.validation.CertificateReport;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.ValidationReport;
import java.util.function.Function;

/**
 * The validation report in the JSON wire contract: verdict, instant, and findings per certificate.
 */
final class ReportJson {

  private ReportJson() {}

  static ObjectNode of(ValidationReport report) {
    ObjectNode root =
        JsonTrees.object()
            .put("verdict", report.verdict().code())
            .put("at", report.at() == null ? null : report.at().toString());
    root.set("certificates", JsonTrees.objects(report.certificates(), ReportJson::certificate));
    return root;
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
    return node;
  }
}
