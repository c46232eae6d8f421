package io.edgecert.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edgecert.application.port.in.BundleCommand;
import io.edgecert.application.port.in.BundleOptions;
import io.edgecert.application.port.in.BundleRefusal;
import io.edgecert.application.port.in.BundleRefusedException;
import io.edgecert.application.port.in.CertificateBundle;
import io.edgecert.application.port.in.InputFile;
import io.edgecert.application.port.in.TopologySource;
import io.edgecert.application.port.out.Pkcs12Protection;
import io.edgecert.domain.certificate.CertificateEvidence;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.plan.ExtendedKeyUsage;
import io.edgecert.domain.planning.Planner;
import io.edgecert.domain.topology.Topology;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.Verdict;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BundleServiceTest {
  /** Inside the validity of the sample certificates (2025-01-01 to 2026-01-01). */
  private static final Instant AT = Instant.parse("2025-06-01T00:00:00Z");

  /** Server and client authentication: the pool has AOL public IM (EXT-EKU-002). */
  private static final List<ExtendedKeyUsage> USAGES =
      List.of(ExtendedKeyUsage.SERVER_AUTH, ExtendedKeyUsage.CLIENT_AUTH);

  private static final CertificateEvidence COMPLETE =
      EdgeSamples.certificate("edge.cer", "sip.contoso.com", EdgeSamples.EXTERNAL_SANS, USAGES);
  private static final CertificateEvidence WITHOUT_FABRIKAM =
      EdgeSamples.certificate(
          "edge.cer", "sip.contoso.com", List.of("sip.contoso.com", "webcon.contoso.com"), USAGES);
  private final FakePkcs12Builder builder = new FakePkcs12Builder();
  private final List<Topology> planned = new ArrayList<>();

  private static InputFile file(String name) {
    return new InputFile(name, name.getBytes(StandardCharsets.UTF_8));
  }

  private static BundleCommand command(
      TopologySource topology, CertificateRole role, BundleOptions options) {
    return command(topology, role, options, AT);
  }

  private static BundleCommand command(
      TopologySource topology, CertificateRole role, BundleOptions options, Instant at) {
    return new BundleCommand(
        file("edge.key"),
        "key secret".toCharArray(),
        file("edge.cer"),
        List.of(file("chain.pem")),
        "pfx secret".toCharArray(),
        options,
        topology,
        role,
        null,
        at);
  }

  /** Bundles with the certificate read as {@code evidence}, judged against the Contoso pool. */
  private CertificateBundle bundle(CertificateEvidence evidence, BundleCommand command) {
    FakeCertificateReader reader = new FakeCertificateReader(Map.of());
    if (evidence != null) {
      reader.add("edge.cer", evidence);
    }
    PlanJudging judging =
        new PlanJudging(
            new TopologyLoader(Contoso.reader(Contoso.poolWithAol()))::load,
            (topology, day) -> {
              planned.add(topology);
              return Planner.plan(topology, day);
            },
            reader);
    return new BundleService(builder, judging, Contoso.CLOCK).bundle(command);
  }

  @Test
  void givenAPoolTopology_bundle_validatesThenPrintsTheLinesForEveryMember() {
    CertificateBundle bundle =
        bundle(
            COMPLETE,
            command(
                Contoso.SOURCE,
                null,
                new BundleOptions("out/contoso-edge.pfx", null, false, false, false)));

    assertThat(planned).as("the topology is planned once per bundle").hasSize(1);
    assertThat(bundle.powerShell())
        .containsExactly(
            "# Run on each of: edge1.contoso.net, edge2.contoso.net",
            "$pfxPassword = Read-Host -AsSecureString -Prompt \"Password of contoso-edge.pfx\"",
            "Import-PfxCertificate -FilePath C:\\Certificates\\contoso-edge.pfx"
                + " -CertStoreLocation Cert:\\LocalMachine\\My -Password $pfxPassword -Exportable",
            "Set-CsCertificate -Type AccessEdgeExternal,DataEdgeExternal,AudioVideoAuthentication "
                + "-Thumbprint "
                + FakePkcs12Builder.THUMBPRINT);
    assertThat(bundle.report().verdict()).isNotEqualTo(Verdict.FAIL);
    assertThat(bundle.report().at()).isEqualTo(AT);
    assertThat(bundle.forced()).isEmpty();
    assertThat(bundle.friendlyName()).isEqualTo("External Edge Certificate");
    assertThat(builder.protection).isEqualTo(Pkcs12Protection.AES_256_SHA_256);
    assertThat(new String(bundle.pkcs12(), StandardCharsets.UTF_8)).isEqualTo("PFX pfx secret");
  }

  @Test
  void givenTheKeyAndChain_bundle_handsThemToTheBuilder() {
    bundle(null, command(null, null, null));

    assertThat(builder.materials.key().name()).isEqualTo("edge.key");
    assertThat(new String(builder.materials.keyPassphrase())).isEqualTo("key secret");
    assertThat(builder.materials.chain()).extracting(InputFile::name).containsExactly("chain.pem");
    assertThat(builder.materials.allowIncompleteChain()).isFalse();
  }

  @Test
  void givenACertificateMissingASan_bundle_refusesWithTheFailedRuleAndPacksNothing() {
    assertThatThrownBy(() -> bundle(WITHOUT_FABRIKAM, command(Contoso.SOURCE, null, null)))
        .isInstanceOfSatisfying(
            BundleRefusedException.class,
            e -> {
              assertThat(e.source()).isEqualTo("edge.cer");
              BundleRefusal.PlanNotSatisfied refusal = (BundleRefusal.PlanNotSatisfied) e.refusal();
              assertThat(refusal.topology()).isEqualTo("topology.yaml");
              assertThat(refusal.role()).isEqualTo(CertificateRole.EXTERNAL);
              assertThat(refusal.failed())
                  .extracting(f -> f.rule().id())
                  .containsExactly("EXT-SAN-004");
              assertThat(e.problems().get(0).message())
                  .isEqualTo(
                      "the certificate does not satisfy the plan of topology.yaml for the"
                          + " external certificate; nothing was bundled")
                  .doesNotContain("--force");
              assertThat(e.problems().get(1).path()).isEqualTo("EXT-SAN-004");
            });
    assertThat(builder.protection).isNull();
    assertThat(planned).hasSize(1);
  }

  @Test
  void givenForce_bundle_packsAFailingCertificateAndReturnsItsFindings() {
    CertificateBundle bundle =
        bundle(
            WITHOUT_FABRIKAM,
            command(
                Contoso.SOURCE,
                null,
                new BundleOptions("edge.pfx", "Contoso Edge 2026", true, true, false)));

    assertThat(bundle.report().certificates().get(0).findings())
        .filteredOn(f -> f.status() == FindingStatus.FAIL)
        .extracting(f -> f.rule().id())
        .containsExactly("EXT-SAN-004");
    assertThat(bundle.forced()).containsInstanceOf(BundleRefusal.PlanNotSatisfied.class);
    assertThat(bundle.friendlyName()).isEqualTo("Contoso Edge 2026");
    assertThat(builder.protection).isEqualTo(Pkcs12Protection.TRIPLE_DES_SHA_1);
  }

  @Test
  void givenNoTopologyButARole_bundle_usesTheDefaultUsagesOfTheRole() {
    CertificateBundle bundle = bundle(null, command(null, CertificateRole.INTERNAL, null));

    assertThat(bundle.report()).isNull();
    assertThat(bundle.friendlyName()).isEqualTo("Edge Internal Certificate");
    assertThat(bundle.powerShell())
        .containsExactly(
            "# Run on every Edge Server that uses this certificate (each pool member):",
            "$pfxPassword = Read-Host -AsSecureString -Prompt \"Password of edge.pfx\"",
            "Import-PfxCertificate -FilePath C:\\Certificates\\edge.pfx"
                + " -CertStoreLocation Cert:\\LocalMachine\\My -Password $pfxPassword -Exportable",
            "Set-CsCertificate -Type Internal -Thumbprint " + FakePkcs12Builder.THUMBPRINT);
  }

  @Test
  void givenNeitherTopologyNorRole_bundle_leavesTheUsagesForTheAdminToFillIn() {
    CertificateBundle bundle = bundle(null, command(null, null, null));

    assertThat(bundle.powerShell().get(3))
        .isEqualTo(
            "Set-CsCertificate -Type "
                + PowerShellLines.ANY_USAGES
                + " -Thumbprint "
                + FakePkcs12Builder.THUMBPRINT);
    assertThat(bundle.friendlyName()).isEqualTo("Edge Certificate");
    assertThat(bundle.chain()).containsExactly("CN=sip.contoso.com", "CN=Test Root");
  }

  @Test
  void givenNoTopologyAndAnExpiredCertificate_bundle_refusesItAndPacksNothing() {
    builder.notAfter = Instant.parse("2025-05-31T23:59:59Z");

    assertThatThrownBy(() -> bundle(null, command(null, null, null)))
        .isInstanceOfSatisfying(
            BundleRefusedException.class,
            e -> {
              BundleRefusal.NotValidAt refusal = (BundleRefusal.NotValidAt) e.refusal();
              assertThat(refusal.expired()).isTrue();
              assertThat(refusal.at()).isEqualTo(AT);
              assertThat(refusal.notAfter()).isEqualTo(builder.notAfter);
              assertThat(e.getMessage())
                  .isEqualTo(
                      "edge.cer: the certificate expired on 2025-05-31T23:59:59Z (checked at"
                          + " 2025-06-01T00:00:00Z); nothing was bundled");
            });
    assertThat(builder.protection).isNull();
  }

  @Test
  void givenNoTopologyAndACertificateNotYetValid_bundle_refusesItUnlessForced() {
    builder.notBefore = Instant.parse("2025-06-01T00:00:01Z");

    assertThatThrownBy(() -> bundle(null, command(null, null, null)))
        .isInstanceOfSatisfying(
            BundleRefusedException.class,
            e -> assertThat(((BundleRefusal.NotValidAt) e.refusal()).expired()).isFalse());
    CertificateBundle forced =
        bundle(null, command(null, null, new BundleOptions("edge.pfx", null, true, true, false)));
    assertThat(forced.forced()).containsInstanceOf(BundleRefusal.NotValidAt.class);
    assertThat(builder.protection).isEqualTo(Pkcs12Protection.TRIPLE_DES_SHA_1);
  }

  @Test
  void givenNoTopologyAndNoInstant_bundle_checksTheValidityNow() {
    builder.notAfter = Contoso.CLOCK.instant().minusSeconds(1);

    assertThatThrownBy(() -> bundle(null, command(null, null, null, null)))
        .isInstanceOf(BundleRefusedException.class);
    builder.notAfter = Contoso.CLOCK.instant();
    assertThat(bundle(null, command(null, null, null, null)).forced()).isEmpty();
  }

  @Test
  void givenNoTopologyAndTheExternalRole_bundle_setsTheThreeExternalUsages() {
    CertificateBundle bundle = bundle(null, command(null, CertificateRole.EXTERNAL, null));

    assertThat(bundle.powerShell().get(3))
        .isEqualTo(
            "Set-CsCertificate -Type AccessEdgeExternal,DataEdgeExternal,AudioVideoAuthentication"
                + " -Thumbprint "
                + FakePkcs12Builder.THUMBPRINT);
    assertThat(bundle.friendlyName()).isEqualTo(CertificateRole.EXTERNAL.friendlyName());
  }

  @Test
  void givenNoTopologyAndTheAvRole_bundle_setsTheAudioVideoUsageOnly() {
    CertificateBundle bundle = bundle(null, command(null, CertificateRole.AV_AUTHENTICATION, null));

    assertThat(bundle.powerShell().get(3))
        .isEqualTo(
            "Set-CsCertificate -Type AudioVideoAuthentication -Thumbprint "
                + FakePkcs12Builder.THUMBPRINT);
    assertThat(bundle.friendlyName()).isEqualTo("A/V Authentication Certificate");
  }

  @Test
  void givenASingleEdgeThatListsNoServers_bundle_saysToRunTheLinesOnTheEdgeServer() {
    FakeCertificateReader reader = new FakeCertificateReader(Map.of("edge.cer", COMPLETE));
    PlanJudging judging =
        new PlanJudging(
            new TopologyLoader(
                    Contoso.reader(
                        Contoso.single(io.edgecert.domain.topology.CertificateOptions.defaults())))
                ::load,
            Planner::plan,
            reader);

    CertificateBundle bundle =
        new BundleService(builder, judging, Contoso.CLOCK)
            .bundle(
                command(
                    Contoso.SOURCE,
                    CertificateRole.EXTERNAL,
                    new BundleOptions("edge.pfx", null, false, true, false)));

    assertThat(bundle.powerShell().get(0)).isEqualTo("# Run on each of: the Edge Server");
  }
}
