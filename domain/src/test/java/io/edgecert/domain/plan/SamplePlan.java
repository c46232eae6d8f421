package io.edgecert.domain.plan;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.KeyAlgorithm;
import io.edgecert.domain.topology.Product;
import java.time.LocalDate;
import java.util.List;

/**
 * A hand-built plan of the documentation's contoso pool (an external certificate with three SANs,
 * an internal one without a key, one advisory), for the tests of the adapters that render or encode
 * plans (CLI text and Markdown, JSON). Shared through the domain test-jar.
 */
public final class SamplePlan {
  public static final String REQUEST =
      "Request-CsCertificate -New -Type"
          + " AccessEdgeExternal,DataEdgeExternal,AudioVideoAuthentication -DomainName"
          + " \"sip.contoso.com,webcon.contoso.com\" -PrivateKeyExportable $true";

  private SamplePlan() {}

  public static CertificatePlan plan(LocalDate asOf) {
    return new CertificatePlan(
        Product.LYNC_2013, asOf, List.of(external(), internal()), List.of(advisory()));
  }

  public static PlannedCertificate external() {
    return new PlannedCertificate(
        CertificateRole.EXTERNAL,
        "Scaled consolidated Edge (External Edge)",
        "sip.contoso.com",
        List.of(
            new PlannedSan(
                "sip.contoso.com", List.of("Access Edge FQDN"), List.of(RuleId.EXT_SAN_001)),
            new PlannedSan("webcon.contoso.com", List.of("Web Conferencing Edge FQDN"), List.of()),
            new PlannedSan(
                "sip.fabrikam.com",
                List.of("SIP domain fabrikam.com"),
                List.of(RuleId.EXT_SAN_004))),
        List.of(ExtendedKeyUsage.SERVER_AUTH, ExtendedKeyUsage.CLIENT_AUTH),
        CertificateAuthorityKind.PUBLIC,
        true,
        true,
        List.of(UsageType.ACCESS_EDGE_EXTERNAL, UsageType.DATA_EDGE_EXTERNAL),
        new KeySpec(KeyAlgorithm.RSA, 2048),
        REQUEST,
        List.of("Export it with its key | import it on every pool member"));
  }

  public static PlannedCertificate internal() {
    return new PlannedCertificate(
        CertificateRole.INTERNAL,
        null,
        "lsedge.contoso.net",
        List.of(),
        List.of(ExtendedKeyUsage.SERVER_AUTH),
        CertificateAuthorityKind.PUBLIC_OR_PRIVATE,
        false,
        false,
        List.of(UsageType.INTERNAL),
        null,
        null,
        List.of());
  }

  public static Advisory advisory() {
    return new Advisory(
        RuleId.EXT_EKU_004, AdvisoryLevel.WARNING, "Public CAs are dropping clientAuth.");
  }
}
