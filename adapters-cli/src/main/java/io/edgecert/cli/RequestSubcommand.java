package io.edgecert.cli;

import io.edgecert.application.port.in.CertificateRequest;
import io.edgecert.application.port.in.KeyChoice;
import io.edgecert.application.port.in.RequestCommand;
import io.edgecert.application.port.in.RequestUseCase;
import io.edgecert.application.port.in.SubjectFields;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.topology.KeyAlgorithm;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code edgecert request}: a new key and the CSR of one planned certificate, written to files. */
@Command(
    name = "request",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Generates a key and a certificate request (CSR) for a plan.",
    description =
        "Generates a private key and a certificate request (PKCS#10) whose subject, SANs, EKU and"
            + " key usage are exactly the plan's, for a public or internal CA. Writes KEY (PKCS#8,"
            + " encrypted with AES-256 unless --no-encrypt-key, mode 0600), CSR (PEM) and a"
            + " checklist; never overwrites a file. The key is made here, off the Edge, so it is"
            + " planned as exportable.",
    exitCodeList = {
      CommandText.EXIT_REQUEST_OK,
      CommandText.EXIT_INVALID,
      CommandText.EXIT_INTERNAL
    },
    footer = {
      "  edgecert request topology.yaml --certificate external --out certs \\",
      "      --password-file key-passphrase.txt --subject-fields \"O=Contoso Ltd,C=US\"",
      "  edgecert request topology.yaml --certificate internal --out certs \\",
      "      --no-encrypt-key"
    })
public final class RequestSubcommand implements Callable<Integer> {
  private final RequestUseCase requests;
  private final InputFiles files;
  private final Passphrases passphrases;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TOPOLOGY", description = "The topology, YAML or JSON.")
  String topology;

  @Option(
      names = {"--certificate", "--role"},
      required = true,
      paramLabel = "ROLE",
      converter = RoleConverter.class,
      description = "external, av-authentication or internal.")
  CertificateRole role;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Write edge-ROLE.key, edge-ROLE.csr and edge-ROLE.txt into DIR.")
  Path out;

  @Option(
      names = "--key-algorithm",
      paramLabel = "ALGORITHM",
      converter = KeyAlgorithmConverter.class,
      description = "rsa, ecdh-p256, ecdh-p384 or ecdh-p521 (default: the topology's).")
  KeyAlgorithm keyAlgorithm;

  @Option(
      names = "--key-size",
      paramLabel = "BITS",
      description = "RSA key size, 2048 or 4096 (default: the topology's, else 2048).")
  int keySize;

  @Option(
      names = "--subject-fields",
      paramLabel = "FIELDS",
      description =
          "Subject fields beside the CN, e.g. \"O=Contoso Ltd,OU=IT,L=Redmond,ST=WA,C=US\".")
  String subjectFields;

  @Option(names = "--no-encrypt-key", description = "Write the private key unencrypted.")
  boolean noEncryptKey;

  @ArgGroup(exclusive = true)
  KeyPassphraseOptions passphrase;

  public RequestSubcommand(RequestUseCase requests, CliEnvironment environment) {
    this.requests = requests;
    this.files = new InputFiles(environment.stdin());
    this.passphrases = new Passphrases(files, environment);
  }

  @Override
  public Integer call() {
    RequestFiles outputs = RequestFiles.in(out, role);
    OutputFiles.refuseExisting(outputs.all());
    RequestCommand command = command();
    try {
      CertificateRequest request = requests.request(command);
      OutputFiles.writeAll(outputs.contents(request, RequestText.file(request)));
      CommandText.print(spec, RequestText.summary(request, outputs, topology));
      return ExitCode.OK;
    } finally {
      Passphrases.wipe(command.passphrase());
    }
  }

  private RequestCommand command() {
    if (keySize < 0) {
      throw new ParameterException(spec.commandLine(), "--key-size must be positive");
    }
    SubjectFields fields = SubjectFields.parse("--subject-fields", subjectFields);
    return new RequestCommand(
        files.topology(topology), role, new KeyChoice(keyAlgorithm, keySize), fields, passphrase());
  }

  private char[] passphrase() {
    if (noEncryptKey) {
      if (passphrase != null) {
        throw new ParameterException(
            spec.commandLine(),
            "--no-encrypt-key cannot be combined with --password-file or --password-env");
      }
      return null;
    }
    char[] given =
        passphrase == null
            ? null
            : passphrases.given(PasswordOptions.FILE, passphrase.file, passphrase.variable);
    return passphrases.fresh(
        given,
        "key passphrase",
        "--password-file FILE or --password-env VAR (or --no-encrypt-key to write it unencrypted)");
  }
}
