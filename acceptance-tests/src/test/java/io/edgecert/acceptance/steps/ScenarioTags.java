package io.edgecert.acceptance.steps;

import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.edgecert.acceptance.world.World;
import io.edgecert.domain.rules.RuleId;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Gives the world the scenario's tags, and fails a scenario tagged with a rule id that the rule
 * catalogue does not have, so the tags a reader filters on stay true.
 */
public final class ScenarioTags {
  private static final Pattern RULE_TAG = Pattern.compile("@[A-Z]+(?:-[A-Z]+)*-\\d{3}");
  private static final Set<String> RULES =
      Arrays.stream(RuleId.values()).map(rule -> "@" + rule.id()).collect(Collectors.toSet());

  private final World world;

  @Inject
  public ScenarioTags(World world) {
    this.world = world;
  }

  @Before(order = 0)
  public void tags(Scenario scenario) {
    for (String tag : scenario.getSourceTagNames()) {
      if (RULE_TAG.matcher(tag).matches() && !RULES.contains(tag)) {
        throw new IllegalStateException(tag + " names no rule of the catalogue");
      }
    }
    world.tags(scenario.getSourceTagNames());
  }
}
