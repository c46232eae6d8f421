package io.edgecert.domain.validation.testing;

import io.edgecert.domain.plan.CertificateAuthorityKind;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.plan.ExtendedKeyUsage;
import io.edgecert.domain.plan.KeySpec;
import io.edgecert.domain.plan.PlannedCertificate;
import io.edgecert.domain.plan.PlannedSan;
import io.edgecert.domain.plan.UsageType;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.KeyAlgorithm;
import io.edgecert.domain.topology.Product;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A hand-built plan (no planner): the contoso external and internal certificates by default. */
public final class PlanBuilder {
  private final Map<String, List<RuleId>> externalSans = new LinkedHashMap<>();
  private boolean clientAuth;
  private boolean exportable = true;
  private boolean avDecoupled;

  public PlanBuilder() {
    externalSans.put(
        "sip.contoso.com", List.of(RuleId.EXT_SAN_002, RuleId.EXT_SAN_001, RuleId.EXT_SAN_004));
    externalSans.put("webcon.contoso.com", List.of(RuleId.EXT_SAN_003));
    externalSans.put("sip.fabrikam.com", List.of(RuleId.EXT_SAN_004));
  }

  /** Only these external SANs, each planned for EXT-SAN-004 (sip.<domain>). */
  public PlanBuilder externalSans(String... names) {
    externalSans.clear();
    return addExternalSans(names);
  }

  /** More external SANs, each planned for EXT-SAN-004 (sip.<domain>). */
  public PlanBuilder addExternalSans(String... names) {
    return addExternalSans(RuleId.EXT_SAN_004, names);
  }

  /** More external SANs, each planned for {@code rule}, as the planner records it. */
  public PlanBuilder addExternalSans(RuleId rule, String... names) {
    for (String name : names) {
      externalSans.put(name, List.of(rule));
    }
    return this;
  }

  public PlanBuilder clientAuth() {
    clientAuth = true;
    return this;
  }

  public PlanBuilder notExportable() {
    exportable = false;
    return this;
  }

  public PlanBuilder avDecoupled() {
    avDecoupled = true;
    return this;
  }

  public CertificatePlan build() {
    List<PlannedCertificate> certificates = new ArrayList<>();
    certificates.add(external());
    if (avDecoupled) {
      certificates.add(avAuthentication());
    }
    certificates.add(internal());
    return new CertificatePlan(
        Product.LYNC_2013, LocalDate.of(2025, 6, 1), certificates, List.of());
  }

  private PlannedCertificate external() {
    List<ExtendedKeyUsage> ekus =
        clientAuth
            ? List.of(ExtendedKeyUsage.SERVER_AUTH, ExtendedKeyUsage.CLIENT_AUTH)
            : List.of(ExtendedKeyUsage.SERVER_AUTH);
    List<UsageType> usages =
        avDecoupled
            ? List.of(UsageType.ACCESS_EDGE_EXTERNAL, UsageType.DATA_EDGE_EXTERNAL)
            : List.of(
                UsageType.ACCESS_EDGE_EXTERNAL,
                UsageType.DATA_EDGE_EXTERNAL,
                UsageType.AUDIO_VIDEO_AUTHENTICATION);
    return planned(CertificateRole.EXTERNAL, "sip.contoso.com", externalSans, ekus, usages);
  }

  private PlannedCertificate avAuthentication() {
    return planned(
        CertificateRole.AV_AUTHENTICATION,
        "sip.contoso.com",
        Map.of("sip.contoso.com", List.of(RuleId.EXT_SAN_001)),
        List.of(ExtendedKeyUsage.SERVER_AUTH),
        List.of(UsageType.AUDIO_VIDEO_AUTHENTICATION));
  }

  private PlannedCertificate internal() {
    return planned(
        CertificateRole.INTERNAL,
        "lsedge.contoso.net",
        Map.of(),
        List.of(ExtendedKeyUsage.SERVER_AUTH),
        List.of(UsageType.INTERNAL));
  }

  private PlannedCertificate planned(
      CertificateRole role,
      String subject,
      Map<String, List<RuleId>> sans,
      List<ExtendedKeyUsage> ekus,
      List<UsageType> usages) {
    CertificateAuthorityKind authority =
        role == CertificateRole.INTERNAL
            ? CertificateAuthorityKind.PUBLIC_OR_PRIVATE
            : CertificateAuthorityKind.PUBLIC;
    List<PlannedSan> planned =
        sans.entrySet().stream()
            .map(san -> new PlannedSan(san.getKey(), List.of("test"), san.getValue()))
            .toList();
    return new PlannedCertificate(
        role,
        role.code(),
        subject,
        planned,
        ekus,
        authority,
        exportable,
        false,
        usages,
        new KeySpec(KeyAlgorithm.RSA, 2048),
        "Request-CsCertificate -New",
        List.of());
  }
}
