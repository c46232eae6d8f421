package io.edgecert.domain.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which acceptance scenarios speak for which rule: the rule-id tags of the Gherkin features, read
 * from acceptance-tests when docs/rules.md is rendered. A scenario carries the tags of its Feature,
 * its Rule, its own and those of its Examples; each tag that is a rule id ({@code @GEN-KEY-001})
 * counts the scenario for that rule.
 */
final class FeatureIndex {
  /** The features' folder, seen from the domain module. */
  static final Path FEATURES =
      Path.of("..", "acceptance-tests", "src", "test", "resources", "features");

  private static final Pattern RULE_TAG = Pattern.compile("@[A-Z]+(?:-[A-Z]+)*-\\d{3}");

  /** How many scenarios of one feature file a rule has. */
  record Scenarios(String feature, int count) {}

  private final Map<String, Map<String, Integer>> byRule;

  private FeatureIndex(Map<String, Map<String, Integer>> byRule) {
    this.byRule = byRule;
  }

  /** No feature at all. */
  static FeatureIndex empty() {
    return new FeatureIndex(Map.of());
  }

  /** Reads every {@code .feature} file below {@code folder}, in path order. */
  static FeatureIndex read(Path folder) {
    Map<String, Map<String, Integer>> byRule = new TreeMap<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".feature")).sorted().toList()) {
        String name = folder.relativize(file).toString().replace('\\', '/');
        add(byRule, name, Files.readString(file, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new FeatureIndex(byRule);
  }

  /** An index of one feature's text, named {@code name}. */
  static FeatureIndex of(String name, String text) {
    Map<String, Map<String, Integer>> byRule = new TreeMap<>();
    add(byRule, name, text);
    return new FeatureIndex(byRule);
  }

  /** The feature files with scenarios for {@code ruleId}, in path order. */
  List<Scenarios> scenarios(String ruleId) {
    return byRule.getOrDefault(ruleId, Map.of()).entrySet().stream()
        .map(e -> new Scenarios(e.getKey(), e.getValue()))
        .toList();
  }

  /** Every rule id a feature tags. */
  Set<String> taggedIds() {
    return byRule.keySet();
  }

  private static void add(Map<String, Map<String, Integer>> byRule, String name, String text) {
    Set<String> pending = new LinkedHashSet<>();
    Set<String> feature = Set.of();
    Set<String> rule = Set.of();
    Set<String> scenario = null;
    List<Set<String>> scenarios = new ArrayList<>();
    for (String raw : text.lines().toList()) {
      String line = raw.strip();
      if (line.startsWith("@")) {
        for (String word : line.split("\\s+")) {
          if (word.startsWith("#")) {
            break;
          }
          if (RULE_TAG.matcher(word).matches()) {
            pending.add(word.substring(1));
          }
        }
        continue;
      }
      if (line.startsWith("Feature:")) {
        feature = Set.copyOf(pending);
      } else if (line.startsWith("Rule:")) {
        rule = Set.copyOf(pending);
      } else if (line.startsWith("Scenario:")
          || line.startsWith("Scenario Outline:")
          || line.startsWith("Scenario Template:")
          || line.startsWith("Example:")) {
        scenario = new LinkedHashSet<>(feature);
        scenario.addAll(rule);
        scenario.addAll(pending);
        scenarios.add(scenario);
      } else if ((line.startsWith("Examples:") || line.startsWith("Scenarios:"))
          && scenario != null) {
        scenario.addAll(pending);
      } else if (!line.startsWith("Background:")) {
        continue;
      }
      pending.clear();
    }
    for (Set<String> tags : scenarios) {
      for (String id : tags) {
        byRule.computeIfAbsent(id, k -> new TreeMap<>()).merge(name, 1, Integer::sum);
      }
    }
  }
}
