package io.edgecert.domain.rules;

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
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Which edgecert class acts on a catalogue rule: plans it, advises on it or validates it. */
final class RuleImplementations {

  /**
   * One class that acts on one rule, e.g. "planned by" {@code SipDomainSanRule}.
   *
   * @param reportedAs the id the class reports when {@code rule} is one it {@link AlsoServes}; null
   *     when {@code rule} is its own id
   */
  record Implementation(RuleId rule, String verb, String className, RuleId reportedAs) {

    Implementation(RuleId rule, String verb, String className) {
      this(rule, verb, className, null);
    }

    String describe() {
      return verb
          + " `"
          + className
          + "`"
          + (reportedAs == null ? "" : " (under " + reportedAs + ")");
    }
  }

  private RuleImplementations() {}

  /** Every implementation: planning rules, then advisories, then validation rules. */
  static List<Implementation> all() {
    return Stream.of(
            of(PlanningRules.ALL, PlanningRule::id, "planned by"),
            of(AdvisoryRules.ALL, AdvisoryRule::id, "advisory"),
            validation(),
            pool(),
            topology(),
            of(ProbeRules.ALL, ProbeRule::id, "probed by"))
        .flatMap(List::stream)
        .toList();
  }

  /** The certificate rules of the validator. */
  static List<Implementation> validation() {
    return of(CertificateRules.ALL, CertificateRule::id, "validated by");
  }

  /**
   * The pool section of a validation ({@link PoolIdentity}): each rule it reports, then each rule
   * it {@link AlsoServes} under EXT-POOL-001 (AV-002: the external copies' shared key).
   */
  static List<Implementation> pool() {
    String name = PoolIdentity.class.getSimpleName();
    AlsoServes also = PoolIdentity.class.getAnnotation(AlsoServes.class);
    return Stream.concat(
            PoolIdentity.RULES.stream().map(rule -> new Implementation(rule, "validated by", name)),
            Arrays.stream(also.value())
                .map(extra -> new Implementation(extra, "validated by", name, RuleId.EXT_POOL_001)))
        .toList();
  }

  /** The rules the topology validator enforces on the topology file itself. */
  static List<Implementation> topology() {
    return TopologyValidator.RULES.stream()
        .map(rule -> new Implementation(rule, "checked in the topology by", "TopologyValidator"))
        .toList();
  }

  /**
   * The implementations of a rule list, naming each rule by its class's simple name: the class
   * under its own id, then under each id it {@link AlsoServes}.
   */
  static <T> List<Implementation> of(List<T> rules, Function<T, RuleId> id, String verb) {
    return rules.stream()
        .flatMap(
            rule -> {
              String name = rule.getClass().getSimpleName();
              RuleId own = id.apply(rule);
              AlsoServes also = rule.getClass().getAnnotation(AlsoServes.class);
              return Stream.concat(
                  Stream.of(new Implementation(own, verb, name)),
                  also == null
                      ? Stream.empty()
                      : Arrays.stream(also.value())
                          .map(extra -> new Implementation(extra, verb, name, own)));
            })
        .toList();
  }

  /** What edgecert does with {@code rule}, e.g. "planned by `X`; advisory `Y`", or "—". */
  static String describe(List<Implementation> implementations, RuleId rule) {
    String text =
        implementations.stream()
            .filter(implementation -> implementation.rule() == rule)
            .map(Implementation::describe)
            .collect(Collectors.joining("; "));
    return text.isEmpty() ? "—" : text;
  }

  /** How many distinct rules of {@code rules} have an implementation with {@code verb}. */
  static long count(List<Implementation> implementations, List<RuleId> rules, String verb) {
    return implementations.stream()
        .filter(implementation -> implementation.verb().equals(verb))
        .map(Implementation::rule)
        .filter(rules::contains)
        .distinct()
        .count();
  }
}
