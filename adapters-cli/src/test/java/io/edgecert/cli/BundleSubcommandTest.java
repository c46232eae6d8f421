package io.edgecert.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.edgecert.application.port.in.BundleRefusal;
import io.edgecert.application.port.in.BundleRefusedException;
import io.edgecert.application.port.in.InputFile;
import io.edgecert.domain.InvalidInputException;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.CertificateReport;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.ValidationReport;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleSubcommandTest {
  @TempDir Path dir;
  private final FakeBundleUseCase bundles = new FakeBundleUseCase();
  private final SubcommandRun cli = new SubcommandRun();
  private String plainKey;
  private String encryptedKey;
  private String certificate;
  private String chain;
  private String pfxPassword;
  private Path out;

  @BeforeEach
  void files() throws IOException {
    plainKey = write("edge.key", "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n");
    encryptedKey =
        write(
            "edge-enc.key",
            "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIF\n-----END ENCRYPTED PRIVATE KEY-----\n");
    certificate =
        write("issued.cer", "-----BEGIN CERTIFICATE-----\nMIIC\n-----END CERTIFICATE-----\n");
    chain = write("chain.pem", "-----BEGIN CERTIFICATE-----\nMIID\n-----END CERTIFICATE-----\n");
    pfxPassword = write("pfx.txt", "pfx secret\n");
    out = dir.resolve("edge.pfx");
  }

  private String write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content).toString();
  }

  private SubcommandRun bundle(String key, String... args) {
    String[] all =
        Stream.concat(
                Stream.of("bundle", "--key", key, "--cert", certificate, "--out", out.toString()),
                Stream.of(args))
            .toArray(String[]::new);
    return cli.run(environment -> new BundleSubcommand(bundles, bundles, environment), all);
  }

  @Test
  void givenAllInputs_bundle_writesThePfxAndPrintsThePowerShellLines() {
    bundle(
        plainKey,
        "--chain",
        chain,
        "--password-file",
        pfxPassword,
        "--certificate",
        "external",
        "--friendly-name",
        "Contoso Edge",
        "--legacy",
        "--allow-incomplete-chain");

    assertThat(cli.exitCode).as(cli.err).isZero();
    assertThat(out).hasContent("PFX for " + certificate);
    assertThat(bundles.pfxPassword).isEqualTo("pfx secret");
    assertThat(bundles.keyPassphrase).isNull();
    assertThat(bundles.command.chain()).extracting(InputFile::name).containsExactly(chain);
    assertThat(bundles.command.role()).isEqualTo(CertificateRole.EXTERNAL);
    assertThat(bundles.command.topology()).isNull();
    assertThat(bundles.command.options().friendlyName()).isEqualTo("Contoso Edge");
    assertThat(bundles.command.options().legacy()).isTrue();
    assertThat(bundles.command.options().allowIncompleteChain()).isTrue();
    assertThat(bundles.command.options().pfxFileName()).isEqualTo("edge.pfx");
    assertThat(cli.out)
        .contains(
            "Wrote " + out,
            "thumbprint:    " + FakeBundleUseCase.THUMBPRINT,
            "# Run on each of: edge1.contoso.net, edge2.contoso.net",
            "Set-CsCertificate -Type AccessEdgeExternal -Thumbprint "
                + FakeBundleUseCase.THUMBPRINT);
  }

  @Test
  void givenNoProtectionOption_bundle_writes3desThatEveryWindowsImportsAndSaysSo() {
    bundle(plainKey, "--password-file", pfxPassword);

    assertThat(cli.exitCode).as(cli.err).isZero();
    assertThat(bundles.command.options().legacy()).isTrue();
    assertThat(cli.out).contains("protection:    3DES and SHA-1 MAC (every Windows Server");
  }

  @Test
  void givenWindowsServer2019_bundle_writesAes256AndSaysWhatItNeeds() {
    bundle(plainKey, "--password-file", pfxPassword, "--windows-server-2019");

    assertThat(cli.exitCode).as(cli.err).isZero();
    assertThat(bundles.command.options().legacy()).isFalse();
    assertThat(cli.out)
        .contains("protection:    AES-256 and SHA-256 MAC (PBES2: Windows Server 2019 or later");
  }

  @Test
  void givenPosixFiles_bundle_makesThePfxReadableByItsOwnerOnly() throws IOException {
    assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
    bundle(plainKey, "--password-file", pfxPassword);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
        .isEqualTo("rw-------");
  }

  @Test
  void givenAnExistingPfx_bundle_refusesBeforeReadingAnything() throws IOException {
    Files.writeString(out, "last year's PFX");
    bundle(plainKey, "--password-file", pfxPassword);

    assertThat(cli.exitCode).isEqualTo(2);
    assertThat(cli.err).contains(out + " exists already");
    assertThat(bundles.command).isNull();
    assertThat(out).hasContent("last year's PFX");
  }

  @Test
  void givenAnEncryptedKeyAndNoConsole_bundle_namesTheKeyPasswordOptions() {
    bundle(encryptedKey, "--password-file", pfxPassword);

    assertThat(cli.exitCode).isEqualTo(2);
    assertThat(cli.err)
        .contains(
            "no passphrase of " + encryptedKey + " and no terminal",
            "--key-password-file FILE or --key-password-env VAR");
    assertThat(bundles.command).isNull();
  }

  @Test
  void givenAnEncryptedKeyAndAConsole_bundle_asksOnceForTheKeyAndTwiceForThePfx() {
    cli.typing("key secret", "pfx secret", "pfx secret");
    bundle(encryptedKey);

    assertThat(cli.exitCode).as(cli.err).isZero();
    assertThat(cli.prompts)
        .containsExactly(
            "passphrase of " + encryptedKey + ": ",
            "New PFX password: ",
            "Repeat the PFX password: ");
    assertThat(bundles.keyPassphrase).isEqualTo("key secret");
    assertThat(bundles.pfxPassword).isEqualTo("pfx secret");
  }

  @Test
  void givenKeyPasswordVariable_bundle_readsIt() {
    cli.variables.put("KEY_PASS", "key from env");
    bundle(encryptedKey, "--key-password-env", "KEY_PASS", "--password-file", pfxPassword);

    assertThat(bundles.keyPassphrase).isEqualTo("key from env");
  }

  @Test
  void givenNoPfxPasswordAndNoConsole_bundle_namesThePasswordOptions() {
    bundle(plainKey);

    assertThat(cli.exitCode).isEqualTo(2);
    assertThat(cli.err)
        .contains(
            "no PFX password and no terminal to ask for it on: give "
                + "--password-file FILE or --password-env VAR");
  }

  @Test
  void givenAKeyThatDoesNotMatch_bundle_exits2AndWritesNothing() {
    bundles.failure =
        new InvalidInputException(
            plainKey,
            InvalidInputException.Kind.INVALID,
            "the private key in "
                + plainKey
                + " does not belong to the certificate in "
                + certificate);
    bundle(plainKey, "--password-file", pfxPassword);

    assertThat(cli.exitCode).isEqualTo(2);
    assertThat(cli.err).contains("does not belong to the certificate in " + certificate);
    assertThat(out).doesNotExist();
  }

  @Test
  void givenATopologyAndForce_bundle_passesThemAndPrintsTheFailedFindings() throws IOException {
    String topology = write("topology.yaml", "version: 1\n");
    Finding missing =
        Finding.of(
            RuleId.EXT_SAN_004,
            FindingStatus.FAIL,
            "the SAN lacks the SIP domain names: missing sip.fabrikam.com",
            null,
            null);
    bundles.report =
        new ValidationReport(
            Instant.parse("2026-01-01T00:00:00Z"),
            List.of(
                new CertificateReport(
                    CertificateRole.EXTERNAL,
                    certificate,
                    "sip.contoso.com",
                    FakeBundleUseCase.THUMBPRINT,
                    List.of(missing))));
    bundle(
        plainKey,
        "--password-file",
        pfxPassword,
        "--topology",
        topology,
        "--force",
        "--trust",
        chain);

    assertThat(cli.exitCode).isZero();
    assertThat(bundles.command.topology().name()).isEqualTo(topology);
    assertThat(bundles.command.options().force()).isTrue();
    assertThat(bundles.command.trust().privateRoots()).hasSize(1);
    assertThat(cli.out)
        .contains(
            "validation:    fail (written anyway: --force)",
            "FAIL  EXT-SAN-004  the SAN lacks the SIP domain names: missing sip.fabrikam.com");
  }

  @Test
  void givenACertificateThatFailsThePlan_bundle_exits1AsAFailedMustRuleNamingForce()
      throws IOException {
    String topology = write("topology.yaml", "version: 1\n");
    Finding missing =
        Finding.of(
            RuleId.EXT_SAN_004,
            FindingStatus.FAIL,
            "the SAN lacks sip.fabrikam.com",
            "sip.fabrikam.com",
            "sip.contoso.com");
    bundles.failure =
        new BundleRefusedException(
            certificate,
            new BundleRefusal.PlanNotSatisfied(
                "topology.yaml", CertificateRole.EXTERNAL, List.of(missing)));
    bundle(plainKey, "--password-file", pfxPassword, "--topology", topology);

    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.err)
        .isEqualTo(
            certificate
                + ": the certificate does not satisfy the plan of topology.yaml for the external"
                + " certificate; nothing was bundled (--force bundles it anyway)\n"
                + certificate
                + " EXT-SAN-004: the SAN lacks sip.fabrikam.com (expected: sip.fabrikam.com;"
                + " found: sip.contoso.com)\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void givenAnExpiredCertificateWithoutTopology_bundle_exits1NamingForceAndWritesNothing() {
    bundles.failure =
        new BundleRefusedException(
            certificate,
            new BundleRefusal.NotValidAt(
                Instant.parse("2026-03-01T00:00:00Z"),
                Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2026-01-01T00:00:00Z")));
    bundle(plainKey, "--password-file", pfxPassword, "--at", "2026-03-01");

    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.err)
        .isEqualTo(
            certificate
                + ": the certificate expired on 2026-01-01T00:00:00Z (checked at"
                + " 2026-03-01T00:00:00Z); nothing was bundled (--force bundles it anyway)\n");
    assertThat(bundles.command.at()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
    assertThat(out).doesNotExist();
  }

  @Test
  void givenForceAndACertificateNotYetValid_bundle_writesItAndSaysSo() {
    bundles.forced =
        new BundleRefusal.NotValidAt(
            Instant.parse("2024-12-31T12:00:00Z"),
            Instant.parse("2025-01-01T00:00:00Z"),
            Instant.parse("2026-01-01T00:00:00Z"));
    bundle(plainKey, "--password-file", pfxPassword, "--force", "--at", "2024-12-31T12:00:00Z");

    assertThat(cli.exitCode).as(cli.err).isZero();
    assertThat(bundles.command.options().force()).isTrue();
    assertThat(bundles.command.at()).isEqualTo(Instant.parse("2024-12-31T12:00:00Z"));
    assertThat(cli.out)
        .contains(
            "  validity:      not valid before 2025-01-01T00:00:00Z (checked at"
                + " 2024-12-31T12:00:00Z; written anyway: --force)");
    assertThat(out).exists();
  }

  @Test
  void givenAnAtThatIsNoInstant_bundle_exits2WithTheCoresReason() {
    bundle(plainKey, "--password-file", pfxPassword, "--at", "soon");

    assertThat(cli.exitCode).isEqualTo(2);
    assertThat(cli.err).contains("'soon' is not a date or instant");
    assertThat(bundles.command).isNull();
  }
}
