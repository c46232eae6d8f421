package io.edgecert.cli;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.rules.Severity;
import io.edgecert.domain.rules.SourceReference;
import io.edgecert.domain.rules.SourceRegister;
import io.edgecert.domain.validation.CertificateReport;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.ValidationReport;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a validation report as SARIF 2.1.0 for code-scanning tools: one run of the edgecert
 * driver whose rules are the rule ids the report mentions (with the statement as help text and the
 * sources as links), one artifact per certificate file, and one result per failed or warned
 * finding, located in its certificate file.
 */
final class ReportSarif {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  private final String version;

  ReportSarif(String version) {
    this.version = version;
  }

  String render(ValidationReport report) {
    List<RuleId> rules = new ArrayList<>();
    List<String> files = new ArrayList<>();
    List<Object> results = new ArrayList<>();
    for (CertificateReport certificate : report.certificates()) {
      if (!files.contains(certificate.file())) {
        files.add(certificate.file());
      }
      for (Finding finding : certificate.findings()) {
        if (!rules.contains(finding.rule())) {
          rules.add(finding.rule());
        }
        if (finding.status() == FindingStatus.FAIL || finding.status() == FindingStatus.WARN) {
          results.add(result(finding, certificate, rules, files));
        }
      }
    }
    Map<String, Object> driver = map("name", "edgecert", "semanticVersion", version);
    driver.put("rules", rules.stream().map(ReportSarif::rule).toList());
    Map<String, Object> run = map("tool", map("driver", driver));
    run.put(
        "invocations",
        List.of(map("executionSuccessful", true, "endTimeUtc", String.valueOf(report.at()))));
    run.put("artifacts", files.stream().map(f -> map("location", map("uri", uri(f)))).toList());
    run.put("results", results);
    Map<String, Object> log = map("$schema", SCHEMA, "version", "2.1.0");
    log.put("runs", List.of(run));
    return JsonText.of(log);
  }

  private static Map<String, Object> rule(RuleId rule) {
    List<SourceReference> sources = SourceRegister.of(rule);
    Map<String, Object> descriptor = map("id", rule.id(), "name", rule.name());
    descriptor.put("shortDescription", map("text", firstSentence(rule.statement())));
    descriptor.put("fullDescription", map("text", rule.statement()));
    if (!sources.isEmpty()) {
      descriptor.put("helpUri", sources.get(0).url());
    }
    descriptor.put(
        "help", map("text", helpText(rule, sources), "markdown", helpMarkdown(rule, sources)));
    descriptor.put("defaultConfiguration", map("level", level(rule.severity())));
    Map<String, Object> properties = map("severity", rule.severity().code());
    properties.put("appliesWhen", rule.appliesWhen());
    properties.put("sources", rule.sourceList());
    descriptor.put("properties", properties);
    return descriptor;
  }

  private static String helpText(RuleId rule, List<SourceReference> sources) {
    StringBuilder text = new StringBuilder(rule.statement());
    text.append("\nApplies when: ").append(rule.appliesWhen());
    for (SourceReference source : sources) {
      text.append("\nSource ").append(source.describe()).append(": ").append(source.url());
    }
    return text.toString();
  }

  private static String helpMarkdown(RuleId rule, List<SourceReference> sources) {
    StringBuilder md = new StringBuilder(rule.statement());
    md.append("\n\nApplies when: ").append(rule.appliesWhen()).append("\n\nSources:\n");
    for (SourceReference source : sources) {
      md.append("\n- [")
          .append(source.key())
          .append(": ")
          .append(source.title())
          .append("](")
          .append(source.url())
          .append(") (")
          .append(source.dateKind())
          .append(' ')
          .append(source.date())
          .append(')');
      if (!source.note().isEmpty()) {
        md.append(", ").append(source.note());
      }
    }
    return md.toString();
  }

  private static Map<String, Object> result(
      Finding finding, CertificateReport certificate, List<RuleId> rules, List<String> files) {
    Map<String, Object> result = map("ruleId", finding.rule().id());
    result.put("ruleIndex", rules.indexOf(finding.rule()));
    result.put(
        "level", finding.status() == FindingStatus.FAIL ? "error" : level(finding.severity()));
    result.put("message", map("text", message(finding)));
    Map<String, Object> artifact =
        map("uri", uri(certificate.file()), "index", files.indexOf(certificate.file()));
    result.put("locations", List.of(map("physicalLocation", map("artifactLocation", artifact))));
    Map<String, Object> properties = map("status", finding.status().code());
    properties.put("role", certificate.role() == null ? "unmatched" : certificate.role().code());
    properties.put("subjectName", certificate.subjectName());
    properties.put("expected", finding.expected());
    properties.put("actual", finding.actual());
    result.put("properties", properties);
    return result;
  }

  private static String message(Finding f) {
    return ReportValues.showsValues(f)
        ? f.message()
            + " (expected: "
            + PlanValues.orNone(f.expected())
            + "; actual: "
            + PlanValues.orNone(f.actual())
            + ")"
        : f.message();
  }

  private static String level(Severity severity) {
    return switch (severity) {
      case MUST -> "error";
      case SHOULD -> "warning";
      default -> "note";
    };
  }

  /**
   * The file as a relative or absolute URI reference: forward slashes, special characters escaped.
   */
  static String uri(String file) {
    String path = file.replace('\\', '/');
    if (path.matches("[A-Za-z]:/.*")) {
      path = "/" + path;
    }
    try {
      URI uri = new URI(null, null, path, null);
      return path.startsWith("/") ? "file://" + uri.toASCIIString() : uri.toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a path: " + file, e);
    }
  }

  private static String firstSentence(String text) {
    int end = text.indexOf(". ");
    return end < 0 ? text : text.substring(0, end + 1);
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
