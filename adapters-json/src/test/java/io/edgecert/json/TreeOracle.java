package io.edgecert.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.edgecert.domain.Coded;
import io.edgecert.domain.certificate.CertificateFacts;
import io.edgecert.domain.probe.Member;
import io.edgecert.domain.probe.MemberReport;
import io.edgecert.domain.probe.Observation;
import io.edgecert.domain.probe.ProbeReport;
import io.edgecert.domain.probe.SrvRecord;
import io.edgecert.domain.probe.SrvReport;
import io.edgecert.domain.probe.TlsVersion;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.rules.SourceReference;
import io.edgecert.domain.rules.SourceRegister;
import io.edgecert.domain.validation.CertificateReport;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.MemberCopy;
import io.edgecert.domain.validation.PoolRole;
import io.edgecert.domain.validation.ValidationReport;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The encoder of 2026-12-03 (commit 230c1cf), kept as an oracle for the streamed one: it built a
 * Jackson tree of each report, probe report and rule list ({@code ReportJson}, {@code ProbeJson},
 * {@code RulesJson}, {@code SourcesJson}, {@code JsonTrees}) and wrote it with an ObjectWriter,
 * pretty-printed (two-space indents, a trailing newline) or compact (the report line).
 */
final class TreeOracle {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private TreeOracle() {}

  static String report(ValidationReport report) {
    return pretty(report(report, true));
  }

  static String reportLine(ValidationReport report) {
    return compact(line(report));
  }

  static String rules(List<RuleId> rules) {
    ObjectNode root = object();
    root.set("rules", objects(rules, TreeOracle::rule));
    return pretty(root);
  }

  static String probe(ProbeReport report) {
    ObjectNode root =
        object().put("verdict", report.verdict().code()).put("at", report.at().toString());
    root.set("dns", objects(report.dns(), TreeOracle::srv));
    root.set("endpoints", objects(report.members(), TreeOracle::member));
    return pretty(root);
  }

  private static String pretty(JsonNode tree) {
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(separators).withObjectIndenter(INDENT).withArrayIndenter(INDENT);
    try {
      return MAPPER.writer(printer).writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String compact(JsonNode tree) {
    try {
      return MAPPER.writer().writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  // ReportJson

  private static ObjectNode line(ValidationReport report) {
    ObjectNode root = report(report, false);
    Set<String> cited = new LinkedHashSet<>();
    report.allFindings().forEach(finding -> cited.addAll(finding.sources()));
    root.set("references", distinctReferences(List.copyOf(cited)));
    return root;
  }

  private static ObjectNode report(ValidationReport report, boolean references) {
    ObjectNode root =
        object()
            .put("verdict", report.verdict().code())
            .put("at", report.at() == null ? null : report.at().toString());
    root.set("certificates", objects(report.certificates(), c -> certificate(c, references)));
    if (!report.pool().isEmpty()) {
      root.set("pool", objects(report.pool(), r -> poolRole(r, references)));
    }
    return root;
  }

  private static JsonNode poolRole(PoolRole role, boolean references) {
    ObjectNode node = object().put("role", code(role.role()));
    node.set("members", objects(role.copies(), TreeOracle::copy));
    node.set("missingMembers", strings(role.missingMembers(), Function.identity()));
    node.set("finding", finding(role.finding(), references));
    return node;
  }

  private static JsonNode copy(MemberCopy copy) {
    return object()
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
        object()
            .put("role", code(certificate.role()))
            .put("file", certificate.file())
            .put("subjectName", certificate.subjectName())
            .put("thumbprint", certificate.thumbprint())
            .put("verdict", certificate.verdict().code());
    node.set("findings", objects(certificate.findings(), f -> finding(f, references)));
    return node;
  }

  private static JsonNode finding(Finding finding) {
    return finding(finding, true);
  }

  private static JsonNode finding(Finding finding, boolean references) {
    ObjectNode node =
        object()
            .put("rule", finding.rule().id())
            .put("status", finding.status().code())
            .put("severity", finding.severity().code())
            .put("message", finding.message())
            .put("expected", finding.expected())
            .put("actual", finding.actual());
    node.set("sources", strings(finding.sources(), Function.identity()));
    if (references) {
      node.set("references", references(finding.sources()));
    }
    return node;
  }

  // RulesJson

  private static JsonNode rule(RuleId rule) {
    ObjectNode node =
        object()
            .put("id", rule.id())
            .put("severity", rule.severity().code())
            .put("statement", rule.statement())
            .put("appliesWhen", rule.appliesWhen());
    node.set("sources", strings(rule.sourceList(), Function.identity()));
    node.set("references", references(rule.sourceList()));
    node.put("severityNote", rule.severityNote());
    return node;
  }

  // ProbeJson

  private static JsonNode srv(SrvReport srv) {
    ObjectNode node =
        object()
            .put("record", srv.lookup().name())
            .put("domain", srv.lookup().domain())
            .put("problem", srv.lookup().problem());
    node.set("answers", objects(srv.lookup().records(), TreeOracle::answer));
    node.set("findings", objects(srv.findings(), TreeOracle::finding));
    return node;
  }

  private static JsonNode answer(SrvRecord record) {
    return object()
        .put("target", record.target())
        .put("port", record.port())
        .put("priority", record.priority())
        .put("weight", record.weight());
  }

  private static JsonNode member(MemberReport report) {
    Member member = report.member();
    Observation seen = member.observation();
    ObjectNode node =
        object()
            .put("endpoint", member.endpoint().label())
            .put("host", member.endpoint().host())
            .put("port", member.endpoint().port())
            .put("protocol", member.endpoint().protocol().code())
            .put("purpose", member.endpoint().purpose())
            .put("role", code(member.endpoint().role()))
            .put("address", seen.address())
            .put("connected", seen.connected())
            .put("negotiated", code(seen.negotiated()))
            .put("cipherSuite", seen.cipherSuite())
            .put("clientCertificateRequested", seen.clientCertificateRequested())
            .put("problem", seen.problem())
            .put("subjectName", report.report().subjectName())
            .put("thumbprint", report.report().thumbprint())
            .put("verdict", report.report().verdict().code());
    node.set(
        "acceptedVersions",
        strings(
            seen.accepted().stream().sorted(Comparator.naturalOrder()).toList(), TlsVersion::code));
    node.set("srvRecords", strings(member.endpoint().srvNames(), Function.identity()));
    if (seen.starttls() != null) {
      node.set(
          "starttls",
          object()
              .put("offered", seen.starttls().offered())
              .put("proceeded", seen.starttls().proceeded())
              .put("problem", seen.starttls().problem()));
    }
    node.set("chain", objects(member.presented(), TreeOracle::certificate));
    node.set("findings", objects(report.report().findings(), TreeOracle::finding));
    return node;
  }

  private static JsonNode certificate(CertificateFacts facts) {
    return object()
        .put("subject", facts.subjectDn())
        .put("issuer", facts.issuerDn())
        .put("serialNumber", facts.serialNumber())
        .put("notAfter", facts.notAfter() == null ? null : facts.notAfter().toString())
        .put("sha1Thumbprint", facts.sha1Thumbprint());
  }

  // SourcesJson

  private static ArrayNode references(List<String> sources) {
    return resolved(SourceRegister.resolve(sources));
  }

  private static ArrayNode distinctReferences(List<String> sources) {
    return resolved(List.copyOf(new LinkedHashSet<>(SourceRegister.resolve(sources))));
  }

  private static ArrayNode resolved(List<SourceReference> resolved) {
    return objects(
        resolved,
        (SourceReference source) ->
            object()
                .put("key", source.key())
                .put("title", source.title())
                .put("url", source.url())
                .put("date", source.date())
                .put("dateKind", source.dateKind())
                .put("note", source.note()));
  }

  // JsonTrees

  private static ObjectNode object() {
    return NODES.objectNode();
  }

  private static String code(Coded value) {
    return value == null ? null : value.code();
  }

  private static <T> ArrayNode objects(List<T> values, Function<T, JsonNode> toNode) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(value -> array.add(toNode.apply(value)));
    return array;
  }

  private static <T> ArrayNode strings(List<T> values, Function<T, String> toText) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(value -> array.add(toText.apply(value)));
    return array;
  }
}
