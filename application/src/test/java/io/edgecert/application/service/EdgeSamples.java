package io.edgecert.application.service;

import io.edgecert.domain.certificate.CertificateEvidence;
import io.edgecert.domain.certificate.CertificateFacts;
import io.edgecert.domain.certificate.ChainFacts;
import io.edgecert.domain.certificate.ChainStatus;
import io.edgecert.domain.certificate.PublicKeyFacts;
import io.edgecert.domain.certificate.SignatureFacts;
import io.edgecert.domain.certificate.SourceFormat;
import io.edgecert.domain.plan.CertificateAuthorityKind;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.plan.ExtendedKeyUsage;
import io.edgecert.domain.plan.KeySpec;
import io.edgecert.domain.plan.PlannedCertificate;
import io.edgecert.domain.plan.PlannedSan;
import io.edgecert.domain.plan.UsageType;
import io.edgecert.domain.topology.Addressing;
import io.edgecert.domain.topology.KeyAlgorithm;
import io.edgecert.domain.topology.Product;
import io.edgecert.domain.topology.Topology;
import io.edgecert.domain.topology.TopologyBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The documentation's single contoso Edge: topology, a hand-built plan and two certificates. */
final class EdgeSamples {
  static final Instant NOT_AFTER = Instant.parse("2026-01-01T00:00:00Z");
  static final List<String> EXTERNAL_SANS =
      List.of("sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com");

  private EdgeSamples() {}

  static Topology topology() {
    return contoso().build();
  }

  /** The same names as a DNS-load-balanced pool of {@code servers}. */
  static Topology pool(String... servers) {
    return contoso().pool(servers).build();
  }

  private static TopologyBuilder contoso() {
    return TopologyBuilder.contoso().addressing(Addressing.PUBLIC).sipFederation(false);
  }

  static CertificatePlan plan(LocalDate asOf) {
    return new CertificatePlan(
        Product.LYNC_2013,
        asOf,
        List.of(
            planned(
                CertificateRole.EXTERNAL,
                "sip.contoso.com",
                EXTERNAL_SANS,
                UsageType.ACCESS_EDGE_EXTERNAL),
            planned(CertificateRole.INTERNAL, "lsedge.contoso.net", List.of(), UsageType.INTERNAL)),
        List.of());
  }

  private static PlannedCertificate planned(
      CertificateRole role, String subject, List<String> sans, UsageType usage) {
    return new PlannedCertificate(
        role,
        role.code(),
        subject,
        sans.stream().map(name -> new PlannedSan(name, List.of(), List.of())).toList(),
        List.of(ExtendedKeyUsage.SERVER_AUTH),
        role == CertificateRole.INTERNAL
            ? CertificateAuthorityKind.PUBLIC_OR_PRIVATE
            : CertificateAuthorityKind.PUBLIC,
        true,
        false,
        List.of(usage),
        new KeySpec(KeyAlgorithm.RSA, 2048),
        "",
        List.of());
  }

  /** A well-formed certificate named {@code file} with this CN and SAN, from a public root. */
  static CertificateEvidence certificate(String file, String commonName, List<String> sans) {
    return certificate(file, commonName, sans, List.of(ExtendedKeyUsage.SERVER_AUTH));
  }

  /** The same with these extended key usages. */
  static CertificateEvidence certificate(
      String file, String commonName, List<String> sans, List<ExtendedKeyUsage> usages) {
    CertificateFacts leaf =
        new CertificateFacts(
            "CN=" + commonName,
            commonName,
            "CN=Example CA",
            "01",
            sans,
            List.of(),
            true,
            usages.stream().map(ExtendedKeyUsage::oid).toList(),
            List.of("digitalSignature", "keyEncipherment"),
            false,
            new PublicKeyFacts("RSA", 2048, null, null),
            new SignatureFacts("1.2.840.113549.1.1.11", "SHA256withRSA"),
            Instant.parse("2025-01-01T00:00:00Z"),
            NOT_AFTER,
            List.of("http://crl.example.com/c"),
            List.of(),
            "THUMB-" + file,
            "SHA256-" + file,
            List.of());
    ChainFacts chain =
        new ChainFacts(ChainStatus.PUBLIC_ROOT, List.of("CN=" + commonName, "CN=Root"), null);
    return new CertificateEvidence(file, SourceFormat.PEM, false, leaf, List.of(), chain, null);
  }
}
