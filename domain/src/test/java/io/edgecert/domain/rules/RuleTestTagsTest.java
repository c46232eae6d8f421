package io.edgecert.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.AdvisoryRule;
import io.edgecert.domain.plan.PlanningRule;
import io.edgecert.domain.plan.advisories.AdvisoryRules;
import io.edgecert.domain.plan.rules.PlanningRules;
import io.edgecert.domain.probe.rules.ProbeRule;
import io.edgecert.domain.probe.rules.ProbeRules;
import io.edgecert.domain.topology.TopologyValidator;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.PoolIdentity;
import io.edgecert.domain.validation.rules.CertificateRules;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * One command runs one rule's tests ({@code mvn -B verify -Dgroups=GEN-KEY-001}): every rule class
 * has a test class of its name plus "Test", tagged with the id it reports and each id it {@link
 * AlsoServes}: the planning, advisory, certificate and probe rules, the pool section of a
 * validation ({@link PoolIdentity}) and the topology's own rules ({@link TopologyValidator}, whose
 * test tags each test method with the rules it shows).
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
    check(PoolIdentity.class, PoolIdentity.RULES).ifPresent(problems::add);
    check(TopologyValidator.class, TopologyValidator.RULES).ifPresent(problems::add);
    assertThat(problems).isEmpty();
  }

  private static <T> List<String> check(List<T> rules, Function<T, RuleId> id) {
    List<String> problems = new ArrayList<>();
    for (T rule : rules) {
      check(rule.getClass(), List.of(id.apply(rule))).ifPresent(problems::add);
    }
    return problems;
  }

  /**
   * What is wrong with the tags of {@code type}'s test class: the ids it reports ({@code own}) and
   * those it {@link AlsoServes}, each on the class or on one of its test methods.
   */
  private static Optional<String> check(Class<?> type, List<RuleId> own) {
    List<String> ids = new ArrayList<>(own.stream().map(RuleId::id).toList());
    AlsoServes also = type.getAnnotation(AlsoServes.class);
    if (also != null) {
      Arrays.stream(also.value()).map(RuleId::id).forEach(ids::add);
    }
    try {
      Class<?> test = Class.forName(type.getName() + "Test");
      Set<String> tags = new LinkedHashSet<>();
      Arrays.stream(test.getAnnotationsByType(Tag.class)).map(Tag::value).forEach(tags::add);
      for (Method method : test.getDeclaredMethods()) {
        Arrays.stream(method.getAnnotationsByType(Tag.class)).map(Tag::value).forEach(tags::add);
      }
      return tags.containsAll(ids)
          ? Optional.empty()
          : Optional.of(test.getSimpleName() + " is tagged " + tags + "; expected " + ids);
    } catch (ClassNotFoundException e) {
      return Optional.of(type.getSimpleName() + " has no " + type.getSimpleName() + "Test");
    }
  }
}
