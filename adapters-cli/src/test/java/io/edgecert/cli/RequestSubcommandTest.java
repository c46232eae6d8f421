package io.edgecert.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.edgecert.domain.InvalidInputException;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.topology.KeyAlgorithm;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestSubcommandTest {
  @TempDir Path dir;
  private final FakeRequestUseCase requests = new FakeRequestUseCase();
  private final SubcommandRun cli = new SubcommandRun();
  private String topology;
  private Path out;

  @BeforeEach
  void files() throws IOException {
    topology = Files.writeString(dir.resolve("topology.yaml"), "version: 1\n").toString();
    out = dir.resolve("certs");
  }

  private SubcommandRun request(String... args) {
    String[] all =
        Stream.concat(Stream.of("request", topology, "--out", out.toString()), Stream.of(args))
            .toArray(String[]::new);
    return cli.run(environment -> new RequestSubcommand(requests, environment), all);
  }

  private String passwordFile() throws IOException {
    return Files.writeString(dir.resolve("pass.txt"), "key secret\nignored\n").toString();
  }

  @Test
  void givenAPasswordFile_request_writesTheKeyOwnerOnlyTheCsrAndTheChecklist() throws IOException {
    request(
        "--certificate",
        "external",
        "--password-file",
        passwordFile(),
        "--subject-fields",
        "O=Contoso Ltd,C=US");

    assertThat(cli.exitCode).as(cli.err).isZero();
    assertThat(requests.passphrase).isEqualTo("key secret");
    assertThat(requests.command.role()).isEqualTo(CertificateRole.EXTERNAL);
    assertThat(requests.command.topology().name()).isEqualTo(topology);
    assertThat(requests.command.subjectFields().valuesOf("O")).containsExactly("Contoso Ltd");
    assertThat(out.resolve("edge-external.key")).hasContent(FakeRequestUseCase.KEY.strip());
    assertThat(out.resolve("edge-external.csr")).hasContent(FakeRequestUseCase.CSR.strip());
    assertThat(Files.readString(out.resolve("edge-external.txt")))
        .contains(
            "Request-CsCertificate -New -Type AccessEdgeExternal",
            " 1. Submit the request to a public CA.",
            " 2. Keep the key file.");
    assertThat(cli.out)
        .contains(
            "Wrote " + out.resolve("edge-external.key"),
            "encrypted PKCS#8",
            "edgecert bundle --key " + out.resolve("edge-external.key"));
    try (Stream<Path> written = Files.list(out)) {
      assertThat(written).hasSize(3);
    }
  }

  @Test
  void givenPosixFiles_request_makesTheKeyReadableByItsOwnerOnly() throws IOException {
    assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
    request("--certificate", "internal", "--no-encrypt-key");

    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(out.resolve("edge-internal.key"))))
        .isEqualTo("rw-------");
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(out.resolve("edge-internal.csr"))))
        .isEqualTo("rw-r--r--");
  }

  @Test
  void givenAnExistingOutputFile_request_refusesBeforeGeneratingAnything() throws IOException {
    Files.createDirectories(out);
    Files.writeString(out.resolve("edge-external.csr"), "an older request");

    request("--certificate", "external", "--password-file", passwordFile());

    assertThat(cli.exitCode).isEqualTo(2);
    assertThat(cli.err).contains(out.resolve("edge-external.csr") + " exists already");
    assertThat(requests.command).isNull();
    assertThat(out.resolve("edge-external.key")).doesNotExist();
    assertThat(out.resolve("edge-external.csr")).hasContent("an older request");
  }

  @Test
  void givenNoPassphraseAndNoConsole_request_namesTheOptionsAndWritesNothing() {
    request("--certificate", "external");

    assertThat(cli.exitCode).isEqualTo(2);
    assertThat(cli.err)
        .contains(
            "no key passphrase and no terminal to ask for it on: give "
                + "--password-file FILE or --password-env VAR (or --no-encrypt-key");
    assertThat(requests.command).isNull();
    assertThat(out).doesNotExist();
  }

  @Test
  void givenAConsole_request_asksTwiceAndUsesThePassphrase() {
    cli.typing("typed secret", "typed secret");
    request("--certificate", "external");

    assertThat(cli.exitCode).isZero();
    assertThat(cli.prompts).containsExactly("New key passphrase: ", "Repeat the key passphrase: ");
    assertThat(requests.passphrase).isEqualTo("typed secret");
  }

  @Test
  void givenTwoDifferentPassphrasesTyped_request_refuses() {
    cli.typing("typed secret", "typo secret");
    request("--certificate", "external");

    assertThat(cli.exitCode).isEqualTo(2);
    assertThat(cli.err).contains("the two key passphrases typed do not match");
    assertThat(requests.command).isNull();
  }

  @Test
  void givenAPassphraseVariable_request_readsIt() {
    cli.variables.put("KEY_PASSPHRASE", "from env");
    request("--certificate", "external", "--password-env", "KEY_PASSPHRASE");

    assertThat(requests.passphrase).isEqualTo("from env");
  }

  @Test
  void givenNoEncryptKey_request_passesNoPassphraseAndSaysSo() {
    request("--certificate", "external", "--no-encrypt-key");

    assertThat(cli.exitCode).isZero();
    assertThat(requests.command.passphrase()).isNull();
    assertThat(cli.out).contains("UNENCRYPTED PKCS#8");
  }

  @Test
  void givenNoEncryptKeyAndAPasswordFile_request_isAUsageError() throws IOException {
    request("--certificate", "external", "--no-encrypt-key", "--password-file", passwordFile());

    assertThat(cli.exitCode).isEqualTo(2);
    assertThat(cli.err).contains("--no-encrypt-key cannot be combined with --password-file");
  }

  @Test
  void givenAKeyChoice_request_passesItOn() {
    request("--certificate", "external", "--no-encrypt-key", "--key-algorithm", "ECDH-P384");

    assertThat(requests.command.key().algorithm()).isEqualTo(KeyAlgorithm.ECDH_P384);
    assertThat(requests.command.key().size()).isZero();
  }

  @Test
  void givenAnUnknownKeyAlgorithm_request_listsTheChoices() {
    request("--certificate", "external", "--no-encrypt-key", "--key-algorithm", "dsa");

    assertThat(cli.exitCode).isEqualTo(2);
    assertThat(cli.err).contains("'dsa' is not a key algorithm; expected rsa | ecdh-p256");
  }

  @Test
  void givenACommonNameInTheSubjectFields_request_refusesBeforeGenerating() {
    request("--certificate", "external", "--no-encrypt-key", "--subject-fields", "CN=x,O=y");

    assertThat(cli.exitCode).isEqualTo(2);
    assertThat(cli.err).contains("--subject-fields CN: the CN always comes from the plan");
    assertThat(requests.command).isNull();
  }

  @Test
  void givenAnInvalidTopology_request_exits2AndLeavesNoFile() {
    requests.failure =
        new InvalidInputException(
            topology,
            InvalidInputException.Kind.INVALID,
            "the plan has no av-authentication certificate");
    request("--certificate", "av-authentication", "--no-encrypt-key");

    assertThat(cli.exitCode).isEqualTo(2);
    assertThat(cli.err).contains("the plan has no av-authentication certificate");
    assertThat(out).doesNotExist();
  }

  @Test
  void givenAnOutputDirectoryThatIsAFile_request_exits2AndLeavesNoTemporaryFile()
      throws IOException {
    Files.writeString(out, "not a directory");
    request("--certificate", "external", "--no-encrypt-key");

    assertThat(cli.exitCode).isEqualTo(2);
    assertThat(cli.err)
        .contains("cannot write " + out.resolve("edge-external.key"), "nothing was written");
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left)
          .extracting(p -> p.getFileName().toString())
          .containsExactlyInAnyOrder("topology.yaml", "certs");
    }
  }
}
