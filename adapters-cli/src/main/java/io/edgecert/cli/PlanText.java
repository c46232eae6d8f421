package io.edgecert.cli;

import io.edgecert.domain.plan.Advisory;
import io.edgecert.domain.plan.AdvisoryLevel;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.plan.PlannedCertificate;
import io.edgecert.domain.plan.PlannedSan;
import java.util.List;
import java.util.stream.IntStream;
import picocli.CommandLine.Help.Ansi.Style;

/** Renders a plan for a terminal: a table per certificate, then the advisories. */
final class PlanText {
  private final TextTable table;
  private final Styles styles;

  PlanText(Styles styles) {
    this.styles = styles;
    this.table = new TextTable(styles, 24);
  }

  String render(CertificatePlan plan) {
    StringBuilder out = new StringBuilder();
    out.append(styles.apply("Certificate plan", Style.bold))
        .append(" for ")
        .append(plan.product().displayName())
        .append(", as of ")
        .append(plan.asOf())
        .append('\n');
    plan.certificates().forEach(certificate -> certificate(out, certificate));
    advisories(out, plan.advisories());
    return out.toString();
  }

  private void certificate(StringBuilder out, PlannedCertificate c) {
    out.append('\n')
        .append(styles.apply(PlanValues.title(c), Style.bold, Style.underline))
        .append('\n');
    table.row(out, "Subject name", c.subjectName());
    table.rows(out, "SANs", sans(c.subjectAlternativeNames()));
    table.row(out, "EKUs", PlanValues.ekus(c.extendedKeyUsages()));
    table.row(out, "CA kind", PlanValues.code(c.certificateAuthority()));
    table.row(out, "Exportable key", PlanValues.yesNo(c.privateKeyExportable()));
    table.row(out, "Shared by pool members", PlanValues.yesNo(c.sharedByPoolMembers()));
    table.row(out, "Usages", PlanValues.usages(c.usages()));
    table.row(out, "Key", PlanValues.key(c.key()));
    table.row(out, "Request command", PlanValues.orNone(c.requestCommand()));
    table.rows(out, "Notes", c.notes());
  }

  private static List<String> sans(List<PlannedSan> sans) {
    return IntStream.range(0, sans.size())
        .mapToObj(i -> (i + 1) + ". " + san(sans.get(i)))
        .toList();
  }

  private static String san(PlannedSan san) {
    String reasons = PlanValues.reasons(san);
    String rules = san.rules().isEmpty() ? "" : " [" + PlanValues.rules(san.rules()) + "]";
    return san.dnsName() + (reasons.isEmpty() ? "" : " - " + reasons) + rules;
  }

  private void advisories(StringBuilder out, List<Advisory> advisories) {
    out.append('\n').append(styles.apply("Advisories", Style.bold)).append('\n');
    if (advisories.isEmpty()) {
      out.append("  none\n");
    }
    int idWidth = advisories.stream().mapToInt(a -> a.rule().id().length()).max().orElse(0) + 2;
    for (Advisory advisory : advisories) {
      String level = TextTable.pad(advisory.severity().code(), 8);
      out.append("  ")
          .append(styles.apply(level, colour(advisory.severity())))
          .append(TextTable.pad(advisory.rule().id(), idWidth))
          .append(advisory.message())
          .append('\n');
    }
  }

  /** Warnings in yellow, as WARN findings; information in cyan, never the colour of a warning. */
  private static Style colour(AdvisoryLevel level) {
    return level == AdvisoryLevel.WARNING ? Style.fg_yellow : Style.fg_cyan;
  }
}
