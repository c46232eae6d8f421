package io.edgecert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasswordTest {
  static final byte[] PFX = {0x30, (byte) 0x82, 0x04, 0x10, 0x02, 0x01, 0x03, 0x30, (byte) 0x82};
  static final byte[] DER_CERTIFICATE = {0x30, (byte) 0x82, 0x03, 0x10, 0x30, (byte) 0x82, 0x02};

  @TempDir Path dir;
  private String topology;
  private String pfx;
  private final List<String> prompts = new ArrayList<>();

  @BeforeEach
  void files() throws IOException {
    topology = Files.writeString(dir.resolve("topology.yaml"), "version: 1\n").toString();
    pfx = Files.write(dir.resolve("edge.pfx"), PFX).toString();
  }

  private CliRun withConsole(String typed) {
    CliRun run = CliRun.withSamples();
    run.prompt =
        prompt -> {
          prompts.add(prompt);
          return Optional.of(typed.toCharArray());
        };
    return run;
  }

  @Test
  void givenPasswordFile_validate_usesItsFirstLineWithoutTheLineBreak() throws IOException {
    Path file = Files.writeString(dir.resolve("pw.txt"), "s3cr3t é\r\nsecond line\n");
    CliRun run =
        withConsole("typed").run("validate", topology, pfx, "--password-file", file.toString());

    assertThat(run.exitCode).isEqualTo(0);
    assertThat(run.validation.passwords).containsExactly("s3cr3t é");
    assertThat(prompts).isEmpty();
  }

  @Test
  void givenPasswordFileWithByteOrderMark_validate_stripsIt() throws IOException {
    Path file = dir.resolve("pw.txt");
    Files.write(file, ("\uFEFFs3cr3t\r\n").getBytes(StandardCharsets.UTF_8));
    CliRun run = CliRun.withSamples().run("validate", topology, pfx, "--password-file", "" + file);

    assertThat(run.exitCode).isEqualTo(0);
    assertThat(run.validation.passwords).containsExactly("s3cr3t");
  }

  @Test
  void givenPasswordFileOverTheLimit_validate_exits2NamingTheLimit() throws IOException {
    Path file = Files.write(dir.resolve("pw.txt"), new byte[(64 << 10) + 1]);
    CliRun run = CliRun.withSamples().run("validate", topology, pfx, "--password-file", "" + file);

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err)
        .isEqualTo(
            "--password-file "
                + file
                + ": cannot read it: larger than the limit of 64 KiB (65536 bytes) for a password"
                + " file\n");
  }

  @Test
  void givenPasswordEnv_validate_usesTheVariableForEveryCertificate() {
    CliRun run = withConsole("typed");
    run.variables.put("PFX_PASSWORD", "from-env");
    run.run("validate", topology, pfx, pfx, "--password-env", "PFX_PASSWORD");

    assertThat(run.validation.passwords).containsExactly("from-env", "from-env");
    assertThat(prompts).isEmpty();
  }

  @Test
  void givenUnsetVariable_validate_exits2NamingIt() {
    CliRun run = CliRun.withSamples().run("validate", topology, pfx, "--password-env", "NOPE");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("edgecert: environment variable NOPE is not set\n");
  }

  @Test
  void givenMissingPasswordFile_validate_exits2NamingIt() {
    CliRun run = CliRun.withSamples().run("validate", topology, pfx, "--password-file", "pw.txt");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("--password-file pw.txt: cannot read it: no such file\n");
  }

  @Test
  void givenAnEmptyPasswordFile_validate_exits2NamingTheOptionAndTheFile() throws IOException {
    String empty = Files.writeString(dir.resolve("empty.txt"), "").toString();
    String blank = Files.writeString(dir.resolve("blank.txt"), "\nsecret\n").toString();

    CliRun emptyRun = CliRun.withSamples().run("validate", topology, pfx, "--password-file", empty);
    CliRun blankRun = CliRun.withSamples().run("validate", topology, pfx, "--password-file", blank);

    assertThat(emptyRun.exitCode).isEqualTo(2);
    assertThat(emptyRun.err)
        .isEqualTo(
            "--password-file "
                + empty
                + ": the file is empty; write the password on its first line\n");
    assertThat(blankRun.err)
        .isEqualTo(
            "--password-file "
                + blank
                + ": the first line is empty; the password is read from the first line only\n");
  }

  @Test
  void givenTwoPasswordOptions_validate_saysSoWithOneErrorPrefix() {
    CliRun run =
        CliRun.withSamples()
            .run("validate", topology, pfx, "--password-file", "a", "--password-env", "B");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err)
        .startsWith("edgecert: --password-file=FILE, --password-env=VAR are mutually exclusive")
        .doesNotContain("Error:");
  }

  @Test
  void givenPkcs12AndConsole_validate_asksForThePassword() {
    CliRun run = withConsole("typed").run("validate", topology, pfx);

    assertThat(prompts).containsExactly("Password for " + pfx + ": ");
    assertThat(run.validation.passwords).containsExactly("typed");
  }

  @Test
  void givenCertificateWithoutKey_validate_neverAsks() throws IOException {
    String der = Files.write(dir.resolve("edge.cer"), DER_CERTIFICATE).toString();
    CliRun run = withConsole("typed").run("validate", topology, der);

    assertThat(prompts).isEmpty();
    assertThat(run.validation.passwords).containsOnlyNulls();
  }

  @Test
  void givenNoConsole_validate_passesNoPassword() {
    CliRun run = CliRun.withSamples().run("validate", topology, pfx);

    assertThat(run.exitCode).isEqualTo(0);
    assertThat(run.validation.passwords).containsOnlyNulls();
  }

  @Test
  void afterValidation_passwordsAreWiped() {
    CliRun run = CliRun.withSamples();
    run.variables.put("PFX_PASSWORD", "wipe-me");
    run.run("validate", topology, pfx, "--password-env", "PFX_PASSWORD");

    char[] handedOver = run.validation.lastCommand.certificates().get(0).password();
    assertThat(new String(handedOver)).isEqualTo("\0".repeat(7));
  }

  @Test
  void pkcs12_isRecognisedByItsVersionField() {
    byte[] ber = {0x30, (byte) 0x80, 0x02, 0x01, 0x03, 0x30, 0x00};
    byte[] pem = "-----BEGIN CERTIFICATE-----".getBytes(StandardCharsets.US_ASCII);

    assertThat(Pkcs12.looksLike(PFX)).isTrue();
    assertThat(Pkcs12.looksLike(ber)).isTrue();
    assertThat(Pkcs12.looksLike(DER_CERTIFICATE)).isFalse();
    assertThat(Pkcs12.looksLike(pem)).isFalse();
    assertThat(Pkcs12.looksLike(Arrays.copyOf(PFX, 4))).isFalse();
  }
}
