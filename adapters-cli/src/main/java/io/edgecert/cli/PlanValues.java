package io.edgecert.cli;

import io.edgecert.domain.Coded;
import io.edgecert.domain.plan.ExtendedKeyUsage;
import io.edgecert.domain.plan.KeySpec;
import io.edgecert.domain.plan.PlannedCertificate;
import io.edgecert.domain.plan.PlannedSan;
import io.edgecert.domain.plan.UsageType;
import io.edgecert.domain.rules.RuleId;
import java.util.List;
import java.util.stream.Collectors;

/** The wording of plan values, shared by the text and Markdown renderings. */
final class PlanValues {
  static final String NONE = "-";

  private PlanValues() {}

  static String title(PlannedCertificate certificate) {
    String component = certificate.component();
    String role = certificate.id().code();
    return component == null || component.isBlank() ? role : role + ": " + component;
  }

  static String ekus(List<ExtendedKeyUsage> ekus) {
    return joined(ekus.stream().map(e -> e.displayName() + " (" + e.oid() + ")").toList());
  }

  static String usages(List<UsageType> usages) {
    return joined(usages.stream().map(UsageType::typeName).toList());
  }

  static String key(KeySpec key) {
    return key == null ? NONE : key.algorithm().powerShellName() + " " + key.size();
  }

  static String code(Coded value) {
    return value == null ? NONE : value.code();
  }

  static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }

  static String reasons(PlannedSan san) {
    return String.join("; ", san.reasons());
  }

  static String rules(List<RuleId> rules) {
    return rules.stream().map(RuleId::id).collect(Collectors.joining(", "));
  }

  static String orNone(String value) {
    return value == null || value.isBlank() ? NONE : value;
  }

  private static String joined(List<String> values) {
    return values.isEmpty() ? NONE : String.join(", ", values);
  }
}
