package io.edgecert.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.edgecert.domain.rules.RuleId;
import java.util.List;
import java.util.function.Function;

/**
 * The rule catalogue in the JSON wire contract: id, severity, statement, applicability, sources.
 */
final class RulesJson {

  private RulesJson() {}

  static ObjectNode of(List<RuleId> rules) {
    ObjectNode root = JsonTrees.object();
    root.set("rules", JsonTrees.objects(rules, RulesJson::rule));
    return root;
  }

  private static JsonNode rule(RuleId rule) {
    ObjectNode node =
        JsonTrees.object()
            .put("id", rule.id())
            .put("severity", rule.severity().code())
            .put("statement", rule.statement())
            .put("appliesWhen", rule.appliesWhen());
    node.set("sources", JsonTrees.strings(rule.sourceList(), Function.identity()));
    node.set("references", SourcesJson.references(rule.sourceList()));
    node.put("severityNote", rule.severityNote());
    return node;
  }
}
