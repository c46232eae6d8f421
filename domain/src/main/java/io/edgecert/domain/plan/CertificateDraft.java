package io.edgecert.domain.plan;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.Fqdn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A certificate while the planning rules shape it: each SAN has its place in the canonical order (a
 * name added twice gathers both reasons), and wildcard SANs go after every explicit name
 * (WILD-005).
 */
public final class CertificateDraft {
  private final CertificateRole role;
  private final String component;
  private final Map<String, SanDraft> sans = new LinkedHashMap<>();
  private final Set<ExtendedKeyUsage> ekus = EnumSet.noneOf(ExtendedKeyUsage.class);
  private final List<UsageType> usages = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private String subjectName;
  // No CA kind until a rule chooses one (EXT-CA-001, INT-CA-001): a default would hide a lost rule.
  private CertificateAuthorityKind authority;
  private boolean exportable;
  private boolean shared;
  private KeySpec key;

  CertificateDraft(CertificateRole role, String component) {
    this.role = role;
    this.component = component;
  }

  public CertificateRole role() {
    return role;
  }

  public String subjectName() {
    return subjectName;
  }

  public void subject(String name) {
    this.subjectName = Fqdn.normalize(name);
  }

  /**
   * Adds a SAN at its place in the canonical order, or adds the reason and rule to the SAN already
   * planned under that name (which then keeps the earlier of the two places).
   */
  public void addSan(String dnsName, String reason, RuleId rule, SanOrder order) {
    String name = Fqdn.normalize(dnsName);
    sans.computeIfAbsent(name, SanDraft::new).add(reason, rule, order);
  }

  public void addEku(ExtendedKeyUsage eku) {
    ekus.add(eku);
  }

  public void addUsage(UsageType usage) {
    if (!usages.contains(usage)) {
      usages.add(usage);
    }
  }

  public void removeUsage(UsageType usage) {
    usages.remove(usage);
  }

  public boolean carries(UsageType usage) {
    return usages.contains(usage);
  }

  public void authority(CertificateAuthorityKind kind) {
    this.authority = kind;
  }

  public void requireExportableKey() {
    this.exportable = true;
  }

  public void sharedByPoolMembers() {
    this.shared = true;
  }

  public void key(KeySpec spec) {
    this.key = spec;
  }

  public void note(String note) {
    notes.add(note);
  }

  PlannedCertificate build() {
    List<PlannedSan> planned = new ArrayList<>();
    List<SanDraft> ordered = new ArrayList<>(sans.values());
    ordered.sort(Comparator.comparing(SanDraft::isWildcard).thenComparing(s -> s.order));
    ordered.stream().map(SanDraft::build).forEach(planned::add);
    List<ExtendedKeyUsage> orderedEkus = List.copyOf(ekus);
    PlannedCertificate draft =
        new PlannedCertificate(
            role,
            component,
            subjectName,
            planned,
            orderedEkus,
            authority,
            exportable,
            shared,
            usages,
            key,
            "",
            notes);
    return withCommand(draft, RequestCommand.of(draft));
  }

  private static PlannedCertificate withCommand(PlannedCertificate c, String command) {
    return new PlannedCertificate(
        c.id(),
        c.component(),
        c.subjectName(),
        c.subjectAlternativeNames(),
        c.extendedKeyUsages(),
        c.certificateAuthority(),
        c.privateKeyExportable(),
        c.sharedByPoolMembers(),
        c.usages(),
        c.key(),
        command,
        c.notes());
  }

  /** One SAN while reasons gather. */
  private static final class SanDraft {
    private final String dnsName;
    private final List<String> reasons = new ArrayList<>();
    private final List<RuleId> rules = new ArrayList<>();
    private SanOrder order;

    SanDraft(String dnsName) {
      this.dnsName = dnsName;
    }

    void add(String reason, RuleId rule, SanOrder place) {
      if (order == null || place.compareTo(order) < 0) {
        order = place;
      }
      if (!reasons.contains(reason)) {
        reasons.add(reason);
      }
      if (!rules.contains(rule)) {
        rules.add(rule);
      }
    }

    boolean isWildcard() {
      return dnsName.startsWith("*.");
    }

    PlannedSan build() {
      return new PlannedSan(dnsName, reasons, rules);
    }
  }
}
