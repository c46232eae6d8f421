package io.edgecert.domain.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The rule families of the reference (sections A.1 to A.13), in docs/rules.md order. */
enum RuleFamily {
  GEN("General PKI rules", "A.1", "GEN"),
  FQDN("FQDN and naming syntax", "A.2", "FQDN"),
  EXT("External Edge certificate", "A.3", "EXT"),
  INT("Internal Edge certificate", "A.4", "INT"),
  AV("A/V Authentication (MRAS)", "A.5", "AV"),
  ROLL("Certificate staging with -Roll", "A.6", "ROLL"),
  WILD("Wildcards", "A.7", "WILD"),
  SIPDOM("Multiple SIP domains", "A.8", "SIPDOM"),
  XMPP("XMPP federation", "A.9", "XMPP"),
  PIC("Public IM connectivity", "A.10", "PIC"),
  FED("SIP federation", "A.11", "FED"),
  HLB_POOL("Load balancing and pools", "A.12", "HLB", "POOL"),
  PS("PowerShell surface", "A.13", "PS"),
  LIVE("Live checks of DNS and endpoints (edgecert probe)", "A.8, A.9, A.11, A.12", "DNS", "NET");

  private final String title;
  private final String section;
  private final List<String> prefixes;

  RuleFamily(String title, String section, String... prefixes) {
    this.title = title;
    this.section = section;
    this.prefixes = List.of(prefixes);
  }

  /** The family of a rule, from the part of its id before the first hyphen. */
  static RuleFamily of(RuleId rule) {
    String prefix = rule.id().substring(0, rule.id().indexOf('-'));
    return Arrays.stream(values())
        .filter(family -> family.prefixes.contains(prefix))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "rule "
                        + rule.id()
                        + " belongs to no family of the rule reference; add \""
                        + prefix
                        + "\" to RuleFamily"));
  }

  /** The family's prefixes as the heading shows them, e.g. {@code HLB/POOL}. */
  String label() {
    return String.join("/", prefixes);
  }

  /** The heading, e.g. {@code HLB/POOL: Load balancing and pools (reference A.12)}. */
  String heading() {
    return label() + ": " + title + " (reference " + section + ")";
  }

  /** The GitHub anchor of the heading. */
  String anchor() {
    return heading().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "").replace(' ', '-');
  }
}
