package io.edgecert.cli;

import io.edgecert.domain.plan.Advisory;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.plan.PlannedCertificate;
import io.edgecert.domain.plan.PlannedSan;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Renders a plan as Markdown for a change ticket: a table per certificate, then the advisories.
 * Public so that the REST API answers {@code Accept: text/markdown} with the same document.
 */
public final class PlanMarkdown {

  public String render(CertificatePlan plan) {
    Markdown md = new Markdown().heading(1, "Edge certificate plan");
    md.paragraph("Product: " + plan.product().displayName() + ", as of " + plan.asOf() + ".");
    plan.certificates().forEach(certificate -> certificate(md, certificate));
    md.heading(2, "Advisories");
    if (plan.advisories().isEmpty()) {
      md.paragraph("None.");
    } else {
      md.table(
          List.of("Level", "Rule", "Advisory"),
          plan.advisories().stream().map(PlanMarkdown::advisory).toList());
    }
    return md.toString();
  }

  private static void certificate(Markdown md, PlannedCertificate c) {
    md.heading(2, PlanValues.title(c)).table(List.of("Property", "Value"), properties(c));
    if (c.subjectAlternativeNames().isEmpty()) {
      md.paragraph("Subject alternative names: none.");
    } else {
      md.table(
          List.of("#", "Subject alternative name", "Why", "Rules"),
          sans(c.subjectAlternativeNames()));
    }
    if (c.requestCommand() != null && !c.requestCommand().isBlank()) {
      md.paragraph("Request command:").codeBlock("powershell", c.requestCommand());
    }
    if (!c.notes().isEmpty()) {
      md.paragraph("Notes:").bullets(c.notes());
    }
  }

  private static List<List<String>> properties(PlannedCertificate c) {
    return List.of(
        List.of("Subject name", Markdown.code(c.subjectName())),
        List.of("Extended key usages", Markdown.cell(PlanValues.ekus(c.extendedKeyUsages()))),
        List.of("Certificate authority", PlanValues.code(c.certificateAuthority())),
        List.of("Private key exportable", PlanValues.yesNo(c.privateKeyExportable())),
        List.of("Shared by pool members", PlanValues.yesNo(c.sharedByPoolMembers())),
        List.of("Usages", PlanValues.usages(c.usages())),
        List.of("Key", PlanValues.key(c.key())));
  }

  private static List<List<String>> sans(List<PlannedSan> sans) {
    return IntStream.range(0, sans.size()).mapToObj(i -> san(i + 1, sans.get(i))).toList();
  }

  private static List<String> san(int number, PlannedSan san) {
    return List.of(
        String.valueOf(number),
        Markdown.code(san.dnsName()),
        Markdown.cell(PlanValues.orNone(PlanValues.reasons(san))),
        PlanValues.orNone(PlanValues.rules(san.rules())));
  }

  private static List<String> advisory(Advisory advisory) {
    return List.of(
        advisory.severity().code(), advisory.rule().id(), Markdown.cell(advisory.message()));
  }
}
