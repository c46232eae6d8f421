package io.edgecert.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.edgecert.domain.validation.CertificateReport;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.MemberCopy;
import io.edgecert.domain.validation.PoolRole;
import io.edgecert.domain.validation.ValidationReport;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The validation report in the JSON wire contract: verdict, instant, findings per certificate, and
 * the pool section when there is one, written token by token to a generator (no tree: a line is
 * written for every certificate of an estate run).
 */
final class ReportJson {

  private ReportJson() {}

  static void write(ValidationReport report, JsonGenerator json) throws IOException {
    json.writeStartObject();
    body(report, true, json);
    json.writeEndObject();
  }

  /**
   * One line of validate's JSON lines: the report of {@link #write}, but each finding names its
   * sources by key only ({@code sources}) and the line resolves every source it cites once, in a
   * top-level {@code references} array. The same information in a third of the bytes: thirty
   * findings citing the same documents would otherwise repeat their titles and URLs thirty times,
   * some 70 kB a certificate.
   */
  static void writeLine(ValidationReport report, JsonGenerator json) throws IOException {
    json.writeStartObject();
    body(report, false, json);
    Set<String> cited = new LinkedHashSet<>();
    report.allFindings().forEach(finding -> cited.addAll(finding.sources()));
    SourcesJson.distinctReferences(List.copyOf(cited), json);
    json.writeEndObject();
  }

  private static void body(ValidationReport report, boolean references, JsonGenerator json)
      throws IOException {
    json.writeStringField("verdict", report.verdict().code());
    json.writeStringField("at", report.at() == null ? null : report.at().toString());
    JsonTokens.objects(
        "certificates", report.certificates(), (c, j) -> certificate(c, references, j), json);
    if (!report.pool().isEmpty()) {
      JsonTokens.objects("pool", report.pool(), (r, j) -> poolRole(r, references, j), json);
    }
  }

  /** One role of the pool section: who holds what, who gave nothing, and the identity finding. */
  private static void poolRole(PoolRole role, boolean references, JsonGenerator json)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("role", JsonTokens.code(role.role()));
    JsonTokens.objects("members", role.copies(), ReportJson::copy, json);
    JsonTokens.strings("missingMembers", role.missingMembers(), Function.identity(), json);
    json.writeFieldName("finding");
    finding(role.finding(), references, json);
    json.writeEndObject();
  }

  private static void copy(MemberCopy copy, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("member", copy.member());
    json.writeStringField("file", copy.file());
    json.writeStringField("thumbprint", copy.thumbprint());
    json.writeStringField("publicKey", copy.publicKey());
    json.writeStringField("publicKeySha256", copy.publicKeySha256());
    json.writeStringField("issuer", copy.issuer());
    json.writeStringField("serialNumber", copy.serialNumber());
    json.writeStringField("notAfter", copy.notAfter() == null ? null : copy.notAfter().toString());
    json.writeEndObject();
  }

  private static void certificate(
      CertificateReport certificate, boolean references, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("role", JsonTokens.code(certificate.role()));
    json.writeStringField("file", certificate.file());
    json.writeStringField("subjectName", certificate.subjectName());
    json.writeStringField("thumbprint", certificate.thumbprint());
    json.writeStringField("verdict", certificate.verdict().code());
    JsonTokens.objects(
        "findings", certificate.findings(), (f, j) -> finding(f, references, j), json);
    json.writeEndObject();
  }

  /** A finding with its sources resolved in its own {@code references} (as reports and probes). */
  static void finding(Finding finding, JsonGenerator json) throws IOException {
    finding(finding, true, json);
  }

  private static void finding(Finding finding, boolean references, JsonGenerator json)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("rule", finding.rule().id());
    json.writeStringField("status", finding.status().code());
    json.writeStringField("severity", finding.severity().code());
    json.writeStringField("message", finding.message());
    json.writeStringField("expected", finding.expected());
    json.writeStringField("actual", finding.actual());
    JsonTokens.strings("sources", finding.sources(), Function.identity(), json);
    if (references) {
      SourcesJson.references(finding.sources(), json);
    }
    json.writeEndObject();
  }
}
