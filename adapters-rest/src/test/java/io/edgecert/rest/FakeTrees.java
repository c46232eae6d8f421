package io.edgecert.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.edgecert.domain.Coded;
import io.edgecert.domain.plan.PlannedCertificate;
import io.edgecert.domain.plan.PlannedSan;
import io.edgecert.domain.plan.UsageType;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.rules.SourceReference;
import io.edgecert.domain.rules.SourceRegister;
import io.edgecert.domain.validation.CertificateReport;
import io.edgecert.domain.validation.Finding;
import java.util.List;
import java.util.stream.Stream;

/** The parts of the documents that {@link FakeExport} writes: certificates, findings, rules. */
final class FakeTrees {

  private FakeTrees() {}

  static void certificate(ObjectNode node, PlannedCertificate c) {
    node.put("id", c.id().code()).put("component", c.component());
    node.put("subjectName", c.subjectName());
    ArrayNode sans = node.putArray("subjectAlternativeNames");
    for (PlannedSan san : c.subjectAlternativeNames()) {
      ObjectNode entry = sans.addObject().put("dnsName", san.dnsName());
      strings(entry.putArray("reasons"), san.reasons().stream());
      strings(entry.putArray("rules"), san.rules().stream().map(RuleId::id));
    }
    strings(node.putArray("extendedKeyUsages"), c.extendedKeyUsages().stream().map(Coded::code));
    node.put("certificateAuthority", c.certificateAuthority().code());
    node.put("privateKeyExportable", c.privateKeyExportable());
    node.put("sharedByPoolMembers", c.sharedByPoolMembers());
    strings(node.putArray("usages"), c.usages().stream().map(UsageType::typeName));
    node.putObject("key").put("algorithm", c.key().algorithm().code()).put("size", c.key().size());
    node.put("requestCommand", c.requestCommand());
    strings(node.putArray("notes"), c.notes().stream());
  }

  static void report(ObjectNode node, CertificateReport c) {
    node.put("role", c.role().code()).put("file", c.file()).put("subjectName", c.subjectName());
    node.put("thumbprint", c.thumbprint()).put("verdict", c.verdict().code());
    ArrayNode findings = node.putArray("findings");
    for (Finding f : c.findings()) {
      ObjectNode finding = findings.addObject().put("rule", f.rule().id());
      finding.put("status", f.status().code()).put("severity", f.severity().code());
      finding.put("message", f.message()).put("expected", f.expected());
      finding.put("actual", f.actual());
      strings(finding.putArray("sources"), f.sources().stream());
      references(finding.putArray("references"), f.sources());
    }
  }

  static void rule(ObjectNode node, RuleId rule) {
    node.put("id", rule.id()).put("severity", rule.severity().code());
    node.put("statement", rule.statement()).put("appliesWhen", rule.appliesWhen());
    strings(node.putArray("sources"), rule.sourceList().stream());
    references(node.putArray("references"), rule.sourceList());
    node.put("severityNote", rule.severityNote());
  }

  private static void references(ArrayNode array, List<String> sources) {
    for (SourceReference source : SourceRegister.resolve(sources)) {
      array
          .addObject()
          .put("key", source.key())
          .put("title", source.title())
          .put("url", source.url())
          .put("date", source.date())
          .put("dateKind", source.dateKind())
          .put("note", source.note());
    }
  }

  private static void strings(ArrayNode array, Stream<String> values) {
    values.forEach(array::add);
  }
}
