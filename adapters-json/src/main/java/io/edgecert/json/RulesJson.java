package io.edgecert.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.edgecert.domain.rules.RuleId;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * The rule catalogue in the JSON wire contract: id, severity, statement, applicability, sources,
 * written token by token to a generator.
 */
final class RulesJson {

  private RulesJson() {}

  static void write(List<RuleId> rules, JsonGenerator json) throws IOException {
    json.writeStartObject();
    JsonTokens.objects("rules", rules, RulesJson::rule, json);
    json.writeEndObject();
  }

  private static void rule(RuleId rule, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", rule.id());
    json.writeStringField("severity", rule.severity().code());
    json.writeStringField("statement", rule.statement());
    json.writeStringField("appliesWhen", rule.appliesWhen());
    JsonTokens.strings("sources", rule.sourceList(), Function.identity(), json);
    SourcesJson.references(rule.sourceList(), json);
    json.writeStringField("severityNote", rule.severityNote());
    json.writeEndObject();
  }
}
