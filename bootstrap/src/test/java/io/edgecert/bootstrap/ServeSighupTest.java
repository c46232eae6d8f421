package io.edgecert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real signal: {@code edgecert serve} in its own JVM (Main, this test's class path) gets SIGHUP
 * from {@code kill} and presents the new certificate to new connections, while a connection opened
 * before goes on.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class ServeSighupTest {
  @TempDir Path directory;

  @Test
  void givenNewCertificateFiles_sighup_reloadsThemWithoutDroppingConnections() throws Exception {
    TlsFiles files = new TlsFiles(directory).serving(TlsFiles.localhost("sighup first", 0));
    Path tokens = Files.writeString(directory.resolve("tokens.txt"), "z".repeat(40) + "\n");
    List<String> command =
        new ArrayList<>(
            List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "serve",
                "--port",
                "0"));
    command.addAll(files.options(tokens));
    Process serve = new ProcessBuilder(command).start();
    try (BufferedReader out = reader(serve.getInputStream());
        BufferedReader err = reader(serve.getErrorStream())) {
      String listening = out.readLine();
      Matcher address = RunningServe.LISTENING.matcher(listening + "\n");
      assertThat(address.matches()).as(listening).isTrue();
      int port = Integer.parseInt(address.group(2));
      try (SSLSocket open = socket(files, port)) {
        assertThat(subject(open)).isEqualTo("CN=sighup first");
        files.serving(TlsFiles.localhost("sighup second", 8));

        signal("HUP", serve.pid());

        assertThat(err.readLine()).contains("reloaded: TLS certificate \"CN=sighup second\"");
        assertThat(err.readLine()).contains("reloaded: 1 bearer token(s)");
        assertThat(open.getSession().isValid()).isTrue();
        open.getOutputStream()
            .write(
                "GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
        assertThat(reader(open.getInputStream()).readLine()).isEqualTo("HTTP/1.1 200 OK");
        try (SSLSocket fresh = socket(files, port)) {
          assertThat(subject(fresh)).isEqualTo("CN=sighup second");
        }
      }
    } finally {
      serve.destroy();
      assertThat(serve.waitFor(60, TimeUnit.SECONDS)).as("serve stops on SIGTERM").isTrue();
    }
  }

  private static void signal(String name, long pid) throws IOException, InterruptedException {
    Process kill = new ProcessBuilder(List.of("kill", "-" + name, Long.toString(pid))).start();
    assertThat(kill.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(kill.exitValue()).isZero();
  }

  private static SSLSocket socket(TlsFiles files, int port) throws IOException {
    SSLSocket socket =
        (SSLSocket) files.client().getSocketFactory().createSocket("127.0.0.1", port);
    socket.setSoTimeout(60_000);
    socket.startHandshake();
    return socket;
  }

  private static String subject(SSLSocket socket) throws IOException {
    X509Certificate leaf = (X509Certificate) socket.getSession().getPeerCertificates()[0];
    return leaf.getSubjectX500Principal().getName();
  }

  private static BufferedReader reader(InputStream in) {
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
