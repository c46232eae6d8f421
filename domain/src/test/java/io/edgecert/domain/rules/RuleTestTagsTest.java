package io.edgecert.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.AdvisoryRule;
import io.edgecert.domain.plan.PlanningRule;
import io.edgecert.domain.plan.advisories.AdvisoryRules;
import io.edgecert.domain.plan.rules.PlanningRules;
import io.edgecert.domain.probe.rules.ProbeRule;
import io.edgecert.domain.probe.rules.ProbeRules;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.rules.CertificateRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * One command runs one rule's tests ({@code mvn -B verify -Dgroups=GEN-KEY-001}): every rule class
 * has a test class of its name plus "Test", tagged with the id it reports and each id it {@link
 * AlsoServes}.
 */
class RuleTestTagsTest {

  @Test
  void everyRuleClass_hasATestClassTaggedWithItsIds() {
    List<String> problems = new ArrayList<>();
    Stream.of(
            check(CertificateRules.ALL, CertificateRule::id),
            check(PlanningRules.ALL, PlanningRule::id),
            check(AdvisoryRules.ALL, AdvisoryRule::id),
            check(ProbeRules.ALL, ProbeRule::id))
        .flatMap(List::stream)
        .forEach(problems::add);
    assertThat(problems).isEmpty();
  }

  private static <T> List<String> check(List<T> rules, Function<T, RuleId> id) {
    List<String> problems = new ArrayList<>();
    for (T rule : rules) {
      Class<?> type = rule.getClass();
      List<String> ids = new ArrayList<>(List.of(id.apply(rule).id()));
      AlsoServes also = type.getAnnotation(AlsoServes.class);
      if (also != null) {
        Arrays.stream(also.value()).map(RuleId::id).forEach(ids::add);
      }
      try {
        Class<?> test = Class.forName(type.getName() + "Test");
        List<String> tags =
            Arrays.stream(test.getAnnotationsByType(Tag.class)).map(Tag::value).toList();
        if (!tags.containsAll(ids)) {
          problems.add(test.getSimpleName() + " is tagged " + tags + "; expected " + ids);
        }
      } catch (ClassNotFoundException e) {
        problems.add(type.getSimpleName() + " has no " + type.getSimpleName() + "Test");
      }
    }
    return problems;
  }
}
