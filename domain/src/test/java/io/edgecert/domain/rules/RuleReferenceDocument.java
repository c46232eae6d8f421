package io.edgecert.domain.rules;

import io.edgecert.domain.rules.RuleImplementations.Implementation;
import java.util.Arrays;
import java.util.List;

/**
 * Renders docs/rules.md, the rule reference: every {@link RuleId} by family, with severity,
 * statement, applicability, sources and the edgecert classes that plan, advise on or validate it.
 */
public final class RuleReferenceDocument {
  static final String REGENERATE =
      "mvn -B -pl domain test -Dtest=RuleReferenceDocumentTest" + " -Dedgecert.regenerateDocs=true";
  private static final String ROW_HEAD =
      "| Id | Severity | Statement | Applies when | Sources"
          + " | edgecert | Features |\n|---|---|---|---|---|---|---|\n";

  /** The features' folder as a link from docs/. */
  private static final String FEATURES_LINK = "../acceptance-tests/src/test/resources/features/";

  private final List<Implementation> implementations;
  private final FeatureIndex features;
  private final StringBuilder md = new StringBuilder();

  RuleReferenceDocument(List<Implementation> implementations, FeatureIndex features) {
    this.implementations = List.copyOf(implementations);
    this.features = features;
  }

  /**
   * The markdown of docs/rules.md for the catalogue, the rule lists and the acceptance features as
   * they are now.
   */
  public static String render() {
    return new RuleReferenceDocument(
            RuleImplementations.all(), FeatureIndex.read(FeatureIndex.FEATURES))
        .markdown();
  }

  String markdown() {
    md.setLength(0);
    md.append(RuleReferenceText.introduction(RuleId.values().length, REGENERATE));
    summary();
    Arrays.stream(RuleFamily.values()).forEach(this::section);
    sources();
    return md.toString();
  }

  private void summary() {
    md.append("| Family | Rules | must | should | info | Planned | Advisory | Validated |\n")
        .append("|---|---|---|---|---|---|---|---|\n");
    Arrays.stream(RuleFamily.values())
        .forEach(
            family ->
                summaryRow("[" + family.label() + "](#" + family.anchor() + ")", rulesOf(family)));
    summaryRow("Total", List.of(RuleId.values()));
    md.append('\n');
  }

  private void summaryRow(String name, List<RuleId> rules) {
    md.append("| ").append(name).append(" | ").append(rules.size());
    for (Severity severity : Severity.values()) {
      md.append(" | ").append(rules.stream().filter(r -> r.severity() == severity).count());
    }
    for (String verb : List.of("planned by", "advisory", "validated by")) {
      md.append(" | ").append(RuleImplementations.count(implementations, rules, verb));
    }
    md.append(" |\n");
  }

  private void section(RuleFamily family) {
    md.append("## ").append(family.heading()).append("\n\n").append(ROW_HEAD);
    rulesOf(family).forEach(this::row);
    md.append('\n');
  }

  private void row(RuleId rule) {
    String severity =
        rule.severity().code() + (rule.severityNote().isEmpty() ? "" : " " + rule.severityNote());
    List.of(rule.id(), severity, rule.statement(), rule.appliesWhen())
        .forEach(text -> md.append("| ").append(RuleReferenceText.cell(text)).append(' '));
    md.append("| ").append(sourceLinks(rule)).append(' ');
    md.append("| ")
        .append(RuleReferenceText.cell(RuleImplementations.describe(implementations, rule)))
        .append(' ');
    md.append("| ").append(featureLinks(rule)).append(" |\n");
  }

  /** Each feature with scenarios tagged with the rule's id, linked, with how many; "—" for none. */
  private String featureLinks(RuleId rule) {
    List<FeatureIndex.Scenarios> tagged = features.scenarios(rule.id());
    if (tagged.isEmpty()) {
      return "—";
    }
    return String.join(
        ", ",
        tagged.stream()
            .map(
                s ->
                    "["
                        + s.feature().replace(".feature", "")
                        + "]("
                        + FEATURES_LINK
                        + s.feature()
                        + ") ("
                        + s.count()
                        + ")")
            .toList());
  }

  /** Each source key of a rule as a link to its page, with its note; "—" when it has none. */
  private static String sourceLinks(RuleId rule) {
    List<SourceReference> sources = SourceRegister.of(rule);
    if (sources.isEmpty()) {
      return RuleReferenceText.cell(rule.sources());
    }
    return String.join(
        ", ",
        sources.stream()
            .map(
                s ->
                    "["
                        + s.key()
                        + "]("
                        + s.url()
                        + ")"
                        + (s.note().isEmpty() ? "" : " (" + RuleReferenceText.cell(s.note()) + ")"))
            .toList());
  }

  /** The source register: key, title, date and URL of every page the rules cite. */
  private void sources() {
    md.append("## Sources\n\n")
        .append(RuleReferenceText.SOURCES)
        .append("| Key | Title | Date | Page |\n|---|---|---|---|\n");
    for (SourceReference source : SourceRegister.all()) {
      md.append("| ")
          .append(source.key())
          .append(" | ")
          .append(RuleReferenceText.cell(source.title()))
          .append(" | ")
          .append(source.date())
          .append(" (")
          .append(source.dateKind())
          .append(") | <")
          .append(source.url())
          .append("> |\n");
    }
  }

  private static List<RuleId> rulesOf(RuleFamily family) {
    return Arrays.stream(RuleId.values()).filter(rule -> RuleFamily.of(rule) == family).toList();
  }
}
