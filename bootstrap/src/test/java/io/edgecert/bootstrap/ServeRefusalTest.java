package io.edgecert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.x509.testing.IssuedCertificate;
import io.edgecert.x509.testing.LeafSpec;
import io.edgecert.x509.testing.Pkcs12Spec;
import io.edgecert.x509.testing.ServingCertificates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code serve} refuses before it listens, each with exit 2 and a message that says why. */
class ServeRefusalTest {
  @TempDir Path directory;
  TlsFiles files;

  @BeforeEach
  void writeFiles() {
    files = new TlsFiles(directory).serving(TlsFiles.localhost("edgecert refusals", 0));
  }

  static InProcessCli.Run serve(String... args) {
    List<String> all = new ArrayList<>(List.of("serve", "--port", "0"));
    all.addAll(List.of(args));
    return InProcessCli.production().run(new byte[0], Map.of("TLS_PASSWORD", "wrong"), all);
  }

  InProcessCli.Run serveTls() {
    return serve("--tls-cert", files.certificate.toString(), "--tls-key", files.key.toString());
  }

  static IssuedCertificate expired() {
    return TlsFiles.PKI.leaf(
        LeafSpec.cn("expired.test")
            .dns("localhost")
            .validity(ServingCertificates.FROM, Instant.parse("2025-07-01T00:00:00Z")));
  }

  @Test
  void givenExpiredCertificate_serve_exits2NamingTheDate() {
    files.serving(expired());

    InProcessCli.Run run = serveTls();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("server.pem")
        .contains("the certificate \"CN=expired.test\" expired on 2025-07-01T00:00:00Z");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void givenKeyOfAnotherCertificate_serve_exits2() {
    TlsFiles.write(files.key, ServingCertificates.keyPem(TlsFiles.localhost("other", 9)));

    InProcessCli.Run run = serveTls();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("server.key").contains("does not belong to any of the 3");
  }

  @Test
  void givenLeafWithoutItsChain_serve_exits2NamingTheMissingIssuer() {
    TlsFiles.write(files.certificate, TlsFiles.localhost("edgecert refusals", 0).pem());

    InProcessCli.Run run = serveTls();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("the chain is incomplete")
        .contains("CN=edgecert Test Issuing CA");
  }

  @Test
  void givenPkcs12WithAWrongPasswordFromTheEnvironment_serve_exits2WithoutEchoingIt()
      throws IOException {
    Path pfx = directory.resolve("server.p12");
    Files.write(
        pfx,
        TlsFiles.localhost("edgecert refusals", 0)
            .pkcs12(io.edgecert.x509.testing.Pkcs12Spec.password("right")));

    InProcessCli.Run run =
        serve("--tls-cert", pfx.toString(), "--tls-password-env", "TLS_PASSWORD");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("the password does not open the PKCS#12 file");
  }

  @Test
  void givenPasswordFileWithByteOrderMark_serve_readsThePasswordWithoutIt() throws IOException {
    Path pfx = directory.resolve("server.p12");
    Files.write(pfx, expired().pkcs12(Pkcs12Spec.password("right")));
    Path password =
        Files.write(
            directory.resolve("password.txt"), "\uFEFFright\r\n".getBytes(StandardCharsets.UTF_8));

    InProcessCli.Run run =
        serve("--tls-cert", pfx.toString(), "--tls-password-file", password.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("CN=expired.test").doesNotContain("does not open");
  }

  @Test
  void givenEmptyPasswordFile_serve_exits2NamingTheFile() throws IOException {
    Path pfx = directory.resolve("server.p12");
    Files.write(pfx, expired().pkcs12(Pkcs12Spec.password("right")));
    Path password = Files.write(directory.resolve("password.txt"), new byte[0]);

    InProcessCli.Run run =
        serve("--tls-cert", pfx.toString(), "--tls-password-file", password.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("--tls-password-file")
        .contains("password.txt")
        .contains("the file is empty");
  }

  @Test
  void givenNonLoopbackAddressWithoutToken_serve_refusesToListen() {
    InProcessCli.Run run = serve("--bind", "0.0.0.0");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("refusing to listen on 0.0.0.0:0 without a token")
        .contains("--token-file FILE, or --no-auth");
  }

  @Test
  void givenContradictoryOptions_serve_exits2() throws IOException {
    Path tokens = Files.writeString(directory.resolve("tokens.txt"), "a".repeat(32) + "\n");

    assertThat(serve("--no-auth", "--token-file", tokens.toString()).err())
        .contains("--no-auth contradicts --token-file");
    assertThat(serve("--tls-key", files.key.toString()).err())
        .contains("--tls-key and the --tls-password options need --tls-cert");
  }

  @Test
  void givenBadTokenFile_serve_exits2NamingTheLineNeverTheToken() throws IOException {
    Path tokens =
        Files.writeString(
            directory.resolve("tokens.txt"), "# tokens\nshort-secret\n\nwith space token 12345\n");

    InProcessCli.Run run = serve("--token-file", tokens.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("tokens.txt:2")
        .contains("shorter than 16 characters")
        .contains("tokens.txt:4")
        .doesNotContain("short-secret");
    assertThat(serve("--token-file", directory.resolve("none.txt").toString()).err())
        .contains("none.txt")
        .contains("no such file");
  }
}
