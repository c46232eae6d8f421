package io.edgecert.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edgecert.application.port.in.BundleCommand;
import io.edgecert.application.port.in.BundleOptions;
import io.edgecert.application.port.in.CertificateBundle;
import io.edgecert.application.port.in.InputFile;
import io.edgecert.application.port.in.TopologySource;
import io.edgecert.application.port.out.Pkcs12Protection;
import io.edgecert.domain.InvalidInputException;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.FindingStatus;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BundleServiceTest {
  private static final Finding SAN_PASSES =
      Finding.of(
          RuleId.EXT_SAN_004, FindingStatus.PASS, "every planned SAN is present", null, null);
  private static final Finding SAN_MISSING =
      Finding.of(
          RuleId.EXT_SAN_004,
          FindingStatus.FAIL,
          "a planned SAN is missing",
          "sip.fabrikam.com",
          "sip.contoso.com, webcon.contoso.com");
  private final FakePkcs12Builder builder = new FakePkcs12Builder();

  private static InputFile file(String name) {
    return new InputFile(name, name.getBytes(StandardCharsets.UTF_8));
  }

  private static BundleCommand command(
      TopologySource topology, CertificateRole role, BundleOptions options) {
    return new BundleCommand(
        file("edge.key"),
        "key secret".toCharArray(),
        file("edge.cer"),
        List.of(file("chain.pem")),
        "pfx secret".toCharArray(),
        options,
        topology,
        role,
        null);
  }

  private CertificateBundle bundle(FakeValidateUseCase validator, BundleCommand command) {
    return new BundleService(
            builder, validator, Contoso.reader(Contoso.poolWithAol()), Contoso.CLOCK)
        .bundle(command);
  }

  @Test
  void givenAPoolTopology_bundle_validatesThenPrintsTheLinesForEveryMember() {
    FakeValidateUseCase validator =
        new FakeValidateUseCase(CertificateRole.EXTERNAL, List.of(SAN_PASSES));
    CertificateBundle bundle =
        bundle(
            validator,
            command(
                Contoso.SOURCE,
                null,
                new BundleOptions("out/contoso-edge.pfx", null, false, false, false)));

    assertThat(validator.command.certificates().get(0).content()).isEqualTo(FakePkcs12Builder.PEM);
    assertThat(validator.command.certificates().get(0).name()).isEqualTo("edge.cer");
    assertThat(bundle.powerShell())
        .containsExactly(
            "# Run on each of: edge1.contoso.net, edge2.contoso.net",
            "$pfxPassword = Read-Host -AsSecureString -Prompt \"Password of contoso-edge.pfx\"",
            "Import-PfxCertificate -FilePath C:\\Certificates\\contoso-edge.pfx"
                + " -CertStoreLocation Cert:\\LocalMachine\\My -Password $pfxPassword -Exportable",
            "Set-CsCertificate -Type AccessEdgeExternal,DataEdgeExternal,AudioVideoAuthentication "
                + "-Thumbprint "
                + FakePkcs12Builder.THUMBPRINT);
    assertThat(bundle.report()).isNotNull();
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
    FakeValidateUseCase validator =
        new FakeValidateUseCase(CertificateRole.EXTERNAL, List.of(SAN_MISSING));

    assertThatThrownBy(() -> bundle(validator, command(Contoso.SOURCE, null, null)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.source()).isEqualTo("edge.cer");
              assertThat(e.getMessage())
                  .isEqualTo(
                      "edge.cer: the certificate does not satisfy the plan of topology.yaml for the"
                          + " external certificate; nothing was bundled (--force bundles it"
                          + " anyway)\n"
                          + "edge.cer EXT-SAN-004: a planned SAN is missing (expected:"
                          + " sip.fabrikam.com; found: sip.contoso.com, webcon.contoso.com)");
            });
    assertThat(builder.protection).isNull();
  }

  @Test
  void givenForce_bundle_packsAFailingCertificateAndReturnsItsFindings() {
    FakeValidateUseCase validator =
        new FakeValidateUseCase(CertificateRole.EXTERNAL, List.of(SAN_MISSING));
    CertificateBundle bundle =
        bundle(
            validator,
            command(
                Contoso.SOURCE,
                null,
                new BundleOptions("edge.pfx", "Contoso Edge 2026", true, true, false)));

    assertThat(bundle.report().certificates().get(0).findings()).containsExactly(SAN_MISSING);
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
}
