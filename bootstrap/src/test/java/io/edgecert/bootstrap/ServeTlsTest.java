package io.edgecert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.rest.HttpCalls;
import io.edgecert.rest.PrometheusText;
import io.edgecert.x509.testing.IssuedCertificate;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} over HTTPS with a certificate of the test PKI, a token file and metrics, called by
 * java.net.http, curl and raw TLS sockets; the certificate reloaded as SIGHUP does it.
 */
class ServeTlsTest {
  static final String TOKEN = "0123456789abcdef0123456789abcdef";
  static final IssuedCertificate FIRST = TlsFiles.localhost("edgecert first", 0);
  static final IssuedCertificate SECOND = TlsFiles.localhost("edgecert second", 8);

  @TempDir Path directory;
  TlsFiles files;
  Path tokens;

  @BeforeEach
  void writeFiles() throws IOException {
    files = new TlsFiles(directory).serving(FIRST);
    tokens = directory.resolve("tokens.txt");
    Files.writeString(tokens, "# the pipeline's token\n" + TOKEN + "\n");
  }

  RunningServe serve() throws InterruptedException {
    List<String> args = new ArrayList<>(List.of("--port", "0", "--metrics"));
    args.addAll(files.options(tokens));
    return new RunningServe(Map.of(), args);
  }

  @Test
  void givenCertificateAndTokens_serve_answersHttpsToJavaClientsWithTheToken() throws Exception {
    try (RunningServe serve = serve()) {
      HttpClient client =
          HttpClient.newBuilder()
              .sslContext(files.client())
              .connectTimeout(Duration.ofSeconds(10))
              .build();
      URI base = URI.create("https://127.0.0.1:" + serve.port);

      HttpResponse<String> rules = call(client, base, "/v1/rules", TOKEN);
      HttpResponse<String> anonymous = call(client, base, "/v1/rules", null);
      HttpResponse<String> health = call(client, base, "/health", null);
      HttpResponse<String> metrics = call(client, base, "/metrics", TOKEN);

      assertThat(serve.out.toString()).startsWith("edgecert listening on https://127.0.0.1:");
      assertThat(rules.statusCode()).isEqualTo(200);
      assertThat(rules.sslSession().orElseThrow().getProtocol()).isIn("TLSv1.3", "TLSv1.2");
      assertThat(anonymous.statusCode()).isEqualTo(401);
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(metrics.statusCode()).isEqualTo(200);
      assertThat(PrometheusText.parse(metrics.body()).has("jvm_threads_live_threads")).isTrue();
    }
  }

  @Test
  void givenCertificateAndTokens_serve_answersCurl() throws Exception {
    try (RunningServe serve = serve()) {
      String url = "https://localhost:" + serve.port + "/v1/rules/EXT-SAN-004";

      Curl ok =
          Curl.run(
              "-sS",
              "--cacert",
              files.root.toString(),
              "--tlsv1.2",
              "-H",
              "Authorization: Bearer " + TOKEN,
              url);
      Curl refused =
          Curl.run(
              "-sS",
              "--cacert",
              files.root.toString(),
              "-o",
              "/dev/null",
              "-w",
              "%{http_code}",
              url);
      Curl untrusted = Curl.run("-sS", "-o", "/dev/null", url);

      assertThat(ok.exit).as(ok.err).isZero();
      assertThat(ok.out).contains("\"id\": \"EXT-SAN-004\"");
      assertThat(refused.out).isEqualTo("401");
      assertThat(untrusted.exit)
          .as("curl without the test root refuses the certificate")
          .isEqualTo(60);
    }
  }

  @Test
  void givenTls12Or13Only_serve_negotiatesEither() throws Exception {
    try (RunningServe serve = serve()) {
      for (String protocol : List.of("TLSv1.2", "TLSv1.3")) {
        try (SSLSocket socket = socket(serve.port)) {
          socket.setEnabledProtocols(new String[] {protocol});
          socket.startHandshake();
          assertThat(socket.getSession().getProtocol()).isEqualTo(protocol);
        }
      }
    }
  }

  @Test
  void givenNewCertificateFiles_reload_servesThemToNewConnectionsAndKeepsOpenOnes()
      throws Exception {
    try (RunningServe serve = serve()) {
      try (SSLSocket open = socket(serve.port)) {
        assertThat(health(open)).startsWith("HTTP/1.1 200");
        files.serving(SECOND);

        serve.serve.reload();

        assertThat(serve.err.toString())
            .contains("edgecert: reloaded: TLS certificate \"CN=edgecert second\"")
            .contains("edgecert: reloaded: 1 bearer token(s)");
        assertThat(health(open)).as("the open connection goes on").startsWith("HTTP/1.1 200");
        assertThat(subject(open)).isEqualTo("CN=edgecert first");
        try (SSLSocket fresh = socket(serve.port)) {
          assertThat(health(fresh)).startsWith("HTTP/1.1 200");
          assertThat(subject(fresh)).isEqualTo("CN=edgecert second");
        }
      }
    }
  }

  @Test
  void givenBrokenNewFiles_reload_refusesThemAndKeepsServingTheOldOnes() throws Exception {
    try (RunningServe serve = serve()) {
      TlsFiles.write(files.key, io.edgecert.x509.testing.ServingCertificates.keyPem(SECOND));

      serve.serve.reload();

      assertThat(serve.err.toString())
          .contains("edgecert: reload refused, still serving the previous files: ")
          .contains("does not belong to any of the 3 certificates");
      try (SSLSocket fresh = socket(serve.port)) {
        assertThat(health(fresh)).startsWith("HTTP/1.1 200");
        assertThat(subject(fresh)).isEqualTo("CN=edgecert first");
      }
    }
  }

  private SSLSocket socket(int port) throws IOException {
    SSLSocket socket =
        (SSLSocket) files.client().getSocketFactory().createSocket("127.0.0.1", port);
    socket.setSoTimeout(30_000);
    return socket;
  }

  /** GET /health over an open connection, kept alive; the status line and headers. */
  private static String health(SSLSocket socket) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(
        "GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    out.flush();
    BufferedReader in =
        new BufferedReader(
            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
    StringBuilder head = new StringBuilder();
    int length = 0;
    for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
      head.append(line).append('\n');
      if (line.toLowerCase().startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(15).trim());
      }
    }
    for (int i = 0; i < length; i++) {
      in.read();
    }
    return head.toString();
  }

  private static String subject(SSLSocket socket) throws IOException {
    X509Certificate leaf = (X509Certificate) socket.getSession().getPeerCertificates()[0];
    return leaf.getSubjectX500Principal().getName();
  }

  private static HttpResponse<String> call(HttpClient client, URI base, String path, String token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HttpCalls.send(client, request.build());
  }

  /** One run of the real curl. */
  record Curl(int exit, String out, String err) {
    static Curl run(String... args) throws IOException, InterruptedException {
      List<String> command = new java.util.ArrayList<>(List.of("curl", "--max-time", "30"));
      command.addAll(List.of(args));
      Process process = new ProcessBuilder(command).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      return new Curl(process.exitValue(), out, err);
    }
  }
}
