package io.edgecert.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.edgecert.domain.validation.CertificateReport;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.MemberCopy;
import io.edgecert.domain.validation.PoolRole;
import io.edgecert.domain.validation.ValidationReport;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The validation report in the JSON wire contract: verdict, instant, findings per certificate, and
 * the pool section when there is one.
 */
final class ReportJson {

  private ReportJson() {}

  static ObjectNode of(ValidationReport report) {
    return of(report, true);
  }

  /**
   * One line of validate's JSON lines: the report of {@link #of}, but each finding names its
   * sources by key only ({@code sources}) and the line resolves every source it cites once, in a
   * top-level {@code references} array. The same information in a third of the bytes: thirty
   * findings citing the same documents would otherwise repeat their titles and URLs thirty times,
   * some 70 kB a certificate.
   */
  static ObjectNode line(ValidationReport report) {
    ObjectNode root = of(report, false);
    Set<String> cited = new LinkedHashSet<>();
    report.allFindings().forEach(finding -> cited.addAll(finding.sources()));
    root.set("references", SourcesJson.distinctReferences(List.copyOf(cited)));
    return root;
  }

  private static ObjectNode of(ValidationReport report, boolean references) {
    ObjectNode root =
        JsonTrees.object()
            .put("verdict", report.verdict().code())
            .put("at", report.at() == null ? null : report.at().toString());
    root.set(
        "certificates", JsonTrees.objects(report.certificates(), c -> certificate(c, references)));
    if (!report.pool().isEmpty()) {
      root.set("pool", JsonTrees.objects(report.pool(), r -> poolRole(r, references)));
    }
    return root;
  }

  /** One role of the pool section: who holds what, who gave nothing, and the identity finding. */
  private static JsonNode poolRole(PoolRole role, boolean references) {
    ObjectNode node = JsonTrees.object().put("role", JsonTrees.code(role.role()));
    node.set("members", JsonTrees.objects(role.copies(), ReportJson::copy));
    node.set("missingMembers", JsonTrees.strings(role.missingMembers(), Function.identity()));
    node.set("finding", finding(role.finding(), references));
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

  private static JsonNode certificate(CertificateReport certificate, boolean references) {
    ObjectNode node =
        JsonTrees.object()
            .put("role", JsonTrees.code(certificate.role()))
            .put("file", certificate.file())
            .put("subjectName", certificate.subjectName())
            .put("thumbprint", certificate.thumbprint())
            .put("verdict", certificate.verdict().code());
    node.set("findings", JsonTrees.objects(certificate.findings(), f -> finding(f, references)));
    return node;
  }

  static JsonNode finding(Finding finding) {
    return finding(finding, true);
  }

  private static JsonNode finding(Finding finding, boolean references) {
    ObjectNode node =
        JsonTrees.object()
            .put("rule", finding.rule().id())
            .put("status", finding.status().code())
            .put("severity", finding.severity().code())
            .put("message", finding.message())
            .put("expected", finding.expected())
            .put("actual", finding.actual());
    node.set("sources", JsonTrees.strings(finding.sources(), Function.identity()));
    if (references) {
      node.set("references", SourcesJson.references(finding.sources()));
    }
    return node;
  }
}
