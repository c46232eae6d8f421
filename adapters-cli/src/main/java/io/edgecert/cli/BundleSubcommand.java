package io.edgecert.cli;

import io.edgecert.application.port.in.BundleCommand;
import io.edgecert.application.port.in.BundleOptions;
import io.edgecert.application.port.in.BundleUseCase;
import io.edgecert.application.port.in.CertificateBundle;
import io.edgecert.application.port.in.InputFile;
import io.edgecert.application.port.in.InspectKeyUseCase;
import io.edgecert.cli.OutputFiles.Output;
import io.edgecert.domain.plan.CertificateRole;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code edgecert bundle}: the issued certificate, its key and chain as one PFX for every Edge. */
@Command(
    name = "bundle",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Packs an issued certificate, its key and chain into a PKCS#12.",
    description =
        "Checks that the key belongs to the issued certificate, that the chain reaches a root"
            + " and, with --topology, that the certificate satisfies the plan (without it, that"
            + " it is valid at --at, default now); then writes a"
            + " PKCS#12 (AES-256, or 3DES/SHA-1 with --legacy) and prints the PowerShell lines"
            + " for every Edge Server.",
    exitCodeList = {
      CommandText.EXIT_BUNDLE_OK,
      CommandText.EXIT_BUNDLE_FAILED,
      CommandText.EXIT_INVALID,
      CommandText.EXIT_INTERNAL
    },
    footer = {
      "  edgecert bundle --key certs/edge-external.key --cert issued.cer \\",
      "      --chain ca-chain.pem --topology topology.yaml --out edge.pfx",
      "  edgecert bundle --key edge.key --cert issued.p7b --out edge.pfx --legacy"
    })
public final class BundleSubcommand implements Callable<Integer> {
  private final BundleUseCase bundles;
  private final InspectKeyUseCase keys;
  private final InputFiles files;
  private final Passphrases passphrases;
  private final CertificateInputs trustInputs;

  @Spec CommandSpec spec;

  @Option(
      names = "--key",
      required = true,
      paramLabel = "KEY",
      description = "The private key: PKCS#8 PEM (encrypted or not) or traditional RSA/EC PEM.")
  String key;

  @Option(
      names = "--cert",
      required = true,
      paramLabel = "ISSUED",
      description = "The issued certificate: PEM, DER or PKCS#7 (.p7b).")
  String certificate;

  @Option(
      names = "--chain",
      arity = "1..*",
      paramLabel = "FILE",
      description = "Intermediate and root certificates (PEM, several per file allowed).")
  List<String> chain = new ArrayList<>();

  @Option(
      names = "--out",
      required = true,
      paramLabel = "PFX",
      description = "The PKCS#12 to write.")
  Path out;

  @Option(
      names = "--friendly-name",
      paramLabel = "NAME",
      description = "The friendly name (default: from the planned certificate).")
  String friendlyName;

  @Option(
      names = "--windows-server-2019",
      description =
          "Protect the PFX with AES-256 and SHA-256, which only Windows Server 2019 or later"
              + " imports (default: 3DES and SHA-1, which every supported Windows Server imports).")
  boolean aes256;

  @Option(names = "--legacy", hidden = true, description = "3DES and SHA-1: the default now.")
  boolean legacy;

  @Option(
      names = "--topology",
      paramLabel = "TOPOLOGY",
      description = "Validate the certificate against the plan of this topology first.")
  String topology;

  @Option(
      names = {"--certificate", "--role"},
      paramLabel = "ROLE",
      converter = RoleConverter.class,
      description = "external, av-authentication or internal (default: matched by edgecert).")
  CertificateRole role;

  @Option(
      names = "--force",
      description =
          "Write the PFX even when validation fails, or, without --topology, when the certificate"
              + " is expired or not yet valid.")
  boolean force;

  @Option(
      names = "--at",
      paramLabel = "WHEN",
      converter = InstantConverter.class,
      description = "Judge the certificate at this date (UTC) or instant (default: now).")
  Instant at;

  @Option(
      names = "--allow-incomplete-chain",
      description = "Write the PFX even when the chain stops short of a root.")
  boolean allowIncompleteChain;

  @Mixin TrustOptions trust = new TrustOptions();

  @ArgGroup(exclusive = true)
  PasswordOptions password;

  @ArgGroup(exclusive = true)
  KeyPasswordOptions keyPassword;

  public BundleSubcommand(
      BundleUseCase bundles, InspectKeyUseCase keys, CliEnvironment environment) {
    this.bundles = bundles;
    this.keys = keys;
    this.files = new InputFiles(environment.stdin());
    this.passphrases = new Passphrases(files, environment);
    this.trustInputs = new CertificateInputs(environment);
  }

  @Override
  public Integer call() {
    OutputFiles.refuseExisting(List.of(out));
    InputFile keyFile = input(key);
    char[] keyPassphrase = null;
    char[] pfxPassword = null;
    try {
      keyPassphrase = keyPassphrase(keyFile);
      pfxPassword = pfxPassword();
      CertificateBundle bundle = bundles.bundle(command(keyFile, keyPassphrase, pfxPassword));
      OutputFiles.writeAll(List.of(new Output(out, bundle.pkcs12(), true)));
      CommandText.print(spec, BundleText.summary(bundle, out, !aes256));
      return ExitCode.OK;
    } finally {
      Passphrases.wipe(keyPassphrase);
      Passphrases.wipe(pfxPassword);
    }
  }

  private BundleCommand command(InputFile keyFile, char[] keyPassphrase, char[] pfxPassword) {
    BundleOptions options =
        new BundleOptions(
            out.getFileName().toString(), friendlyName, !aes256, force, allowIncompleteChain);
    return new BundleCommand(
        keyFile,
        keyPassphrase,
        input(certificate),
        chain.stream().map(this::input).toList(),
        pfxPassword,
        options,
        topology == null ? null : files.topology(topology),
        role,
        trustInputs.trust(trust.publicRoots, trust.privateRoots),
        at);
  }

  private char[] keyPassphrase(InputFile keyFile) {
    char[] given =
        keyPassword == null
            ? null
            : passphrases.given("--key-password-file", keyPassword.file, keyPassword.variable);
    if (given == null && !keys.encrypted(keyFile)) {
      return null;
    }
    return passphrases.existing(
        given, "passphrase of " + key, "--key-password-file FILE or --key-password-env VAR");
  }

  private char[] pfxPassword() {
    char[] given =
        password == null
            ? null
            : passphrases.given(PasswordOptions.FILE, password.file, password.variable);
    return passphrases.fresh(given, "PFX password", "--password-file FILE or --password-env VAR");
  }

  private InputFile input(String name) {
    return new InputFile(name, files.read(name, InputFiles.Kind.CERTIFICATE));
  }
}
