package io.edgecert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.inject.Injector;
import io.edgecert.rest.Multipart;
import io.edgecert.x509.testing.IssuedCertificate;
import io.edgecert.x509.testing.LeafSpec;
import io.edgecert.x509.testing.Pem;
import io.edgecert.x509.testing.Pkcs12Spec;
import io.edgecert.x509.testing.TestPki;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The hostile-input contract (issue 9, lasting protection): every CLI subcommand and every REST
 * endpoint of the OpenAPI document, fed one shared set of hostile inputs in every input slot,
 * answers exit 0, 1 or 2 (never 3) or 200/4xx problem+json; within a generous bound (a hang
 * detector, not a speed check); with no stack trace and no secret (password, private key) in what
 * it prints or answers; and the server stays healthy. A new subcommand or endpoint without a slot
 * here fails the test until it is given one.
 */
class HostileInputContractTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final long HANG_SECONDS = 120;
  private static final String PASSWORD = "Corr3ct-Horse-Pfx-Secret";
  private static final String WRONG_PASSWORD = "Wr0ng-Battery-Staple-Secret";
  private static final Pattern STACK_TRACE =
      Pattern.compile(
          "(?m)^\\s*at [\\w$.]+\\([^)]*\\)|\\b(?:java|javax|jdk|com|org|io)\\.[\\w$.]+"
              + "(?:Exception|Error)\\b|Caused by:");

  /**
   * The slot where an accepted input makes a key and encrypts it with a costly key derivation: it
   * gets the inputs that test what a passphrase file may hold, not every one.
   */
  private static final String KEY_ENCRYPTING_SLOT = "request --password-file";

  private static final Set<String> PASSPHRASES =
      Set.of("empty", "nul-bytes", "huge-line", "private-key-pem");
  private static final Set<String> SUBCOMMANDS_WITHOUT_INPUT = Set.of("help", "serve");

  @TempDir static Path dir;
  private static LiveServer server;
  private static Map<String, byte[]> hostile;
  private static List<String> secrets;
  private static Fixtures fixtures;

  /** Valid files for the slots that are not under attack in a run. */
  record Fixtures(
      Path topology,
      Path pool,
      Path certificate,
      Path key,
      Path pfx,
      Path password,
      Path wrongPassword,
      Path out,
      int closedPort) {}

  @BeforeAll
  static void prepare() throws IOException {
    TestPki pki = TestPki.create();
    IssuedCertificate leaf =
        pki.leaf(LeafSpec.cn("sip.contoso.com").dns("sip.contoso.com").eku(TestPki.SERVER_AUTH));
    byte[] keyPem =
        Pem.block("PRIVATE KEY", leaf.keyPair().getPrivate().getEncoded())
            .getBytes(StandardCharsets.US_ASCII);
    byte[] pfx = leaf.pkcs12(Pkcs12Spec.password(PASSWORD));
    hostile = hostileInputs(leaf, keyPem, pfx);
    secrets = secretsOf(keyPem);
    Path out = Files.createDirectory(dir.resolve("out"));
    fixtures =
        new Fixtures(
            write("topology.yaml", Repository.read("docs/examples/s02-single-edge-nat.yaml")),
            write("pool.yaml", Repository.read("docs/examples/s04-scaled-dns-nat.yaml")),
            Files.writeString(dir.resolve("leaf.pem"), leaf.pem()),
            Files.write(dir.resolve("leaf.key"), keyPem),
            Files.write(dir.resolve("leaf.pfx"), pfx),
            write("password.txt", PASSWORD + "\n"),
            write("wrong-password.txt", WRONG_PASSWORD + "\n"),
            out,
            closedPort());
    server =
        LiveServer.start(
            Injectors.production(Injectors.quiet()),
            1 << 20,
            List.of("probes-only-here.edgecert.invalid"));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void everySubcommand_givenHostileInputInEverySlot_keepsTheContract() throws Exception {
    Map<String, Function<Path, List<String>>> slots = cliSlots();
    Set<String> subcommands = new TreeSet<>(commandLine().getSubcommands().keySet());
    subcommands.removeAll(SUBCOMMANDS_WITHOUT_INPUT);
    assertThat(slots.keySet().stream().map(slot -> slot.split(" ")[0]).toList())
        .as("every subcommand has a slot for hostile input here")
        .containsAll(subcommands);

    Injector injector = Injectors.stoppedAt(TestPki.NOW, Injectors.quiet());
    List<String> broken = new ArrayList<>();
    ExecutorService runner = Executors.newSingleThreadExecutor();
    try {
      for (Map.Entry<String, Function<Path, List<String>>> slot : slots.entrySet()) {
        for (Map.Entry<String, byte[]> input : hostile.entrySet()) {
          if (slot.getKey().equals(KEY_ENCRYPTING_SLOT) && !PASSPHRASES.contains(input.getKey())) {
            continue;
          }
          Path file = Files.write(dir.resolve("hostile-" + input.getKey()), input.getValue());
          List<String> args = slot.getValue().apply(file);
          Future<InProcessCli.Run> future = runner.submit(() -> run(injector, args));
          String what = slot.getKey() + " <- " + input.getKey() + ": ";
          InProcessCli.Run run;
          try {
            run = future.get(HANG_SECONDS, TimeUnit.SECONDS);
          } catch (TimeoutException e) {
            broken.add(what + "no answer within " + HANG_SECONDS + " s (hang)");
            future.cancel(true);
            runner.shutdownNow();
            runner = Executors.newSingleThreadExecutor();
            continue;
          }
          String printed = run.out() + run.err();
          if (run.exitCode() < 0 || run.exitCode() > 2) {
            broken.add(what + "exit " + run.exitCode() + ": " + firstLines(run.err()));
          }
          check(what, printed, broken);
        }
      }
    } finally {
      runner.shutdownNow();
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void everyEndpoint_givenHostileInputInEveryPart_keepsTheContract() throws Exception {
    JsonNode document = LiveServer.json(server.get("/openapi.json"));
    List<String> broken = new ArrayList<>();
    int requests = 0;
    for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
          operations.hasNext(); ) {
        Map.Entry<String, JsonNode> operation = operations.next();
        for (Map.Entry<String, HttpRequest> request :
            requests(path.getKey(), operation.getKey(), operation.getValue()).entrySet()) {
          requests++;
          HttpResponse<String> response = server.send(request.getValue());
          checkAnswer(request.getKey(), response, broken);
        }
      }
    }
    assertThat(requests).as("requests made").isGreaterThan(100);
    assertThat(broken).isEmpty();
    assertThat(server.get("/health").statusCode()).as("healthy after").isEqualTo(200);
  }

  // --- CLI -------------------------------------------------------------------------------------

  /** Each subcommand with each of its input slots filled by {@code hostile}, the others valid. */
  private static Map<String, Function<Path, List<String>>> cliSlots() {
    Fixtures f = fixtures;
    String topology = f.topology().toString();
    String pool = f.pool().toString();
    String pem = f.certificate().toString();
    String pfx = f.pfx().toString();
    String out = f.out().toString();
    String loopback = "127.0.0.1:" + f.closedPort();
    Map<String, Function<Path, List<String>>> slots = new LinkedHashMap<>();
    slots.put("plan TOPOLOGY", h -> List.of("plan", h.toString()));
    slots.put("plan --format json TOPOLOGY", h -> List.of("plan", "--format", "json", "" + h));
    slots.put("validate TOPOLOGY", h -> List.of("validate", h.toString(), pem));
    slots.put(
        "validate CERTIFICATE",
        h -> List.of("validate", topology, h.toString(), "--password-file", "" + f.password()));
    slots.put(
        "validate CERTIFICATE (wrong password)",
        h -> List.of("validate", topology, h.toString(), pfx, "--password-file", wrong()));
    slots.put(
        "validate --password-file",
        h -> List.of("validate", topology, pfx, "--password-file", "" + h));
    slots.put("validate --chain", h -> List.of("validate", topology, pem, "--chain", h.toString()));
    slots.put("validate --trust", h -> List.of("validate", topology, pem, "--trust", h.toString()));
    slots.put(
        "validate --public-roots",
        h -> List.of("validate", topology, pem, "--public-roots", "" + h));
    slots.put(
        "validate --member",
        h ->
            List.of(
                "validate",
                pool,
                "--member",
                "edge1.contoso.net=" + pem,
                "--member",
                "edge2.contoso.net=" + h,
                "--password-file",
                "" + f.password()));
    slots.put("validate --files-from", h -> List.of("validate", topology, "--files-from", "" + h));
    slots.put(
        "validate --format sarif",
        h ->
            List.of(
                "validate",
                "--format",
                "sarif",
                topology,
                h.toString(),
                "--password-file",
                wrong()));
    slots.put("rules ID", h -> List.of("rules", argument(h)));
    slots.put(
        "request TOPOLOGY",
        h ->
            List.of(
                "request",
                h.toString(),
                "--role",
                "external",
                "--key-algorithm",
                "ecdh-p256",
                "--out",
                out,
                "--no-encrypt-key"));
    slots.put(
        KEY_ENCRYPTING_SLOT,
        h ->
            List.of(
                "request",
                topology,
                "--role",
                "external",
                "--key-algorithm",
                "ecdh-p256",
                "--out",
                Path.of(out, "r" + Math.abs(h.hashCode())).toString(),
                "--password-file",
                h.toString()));
    slots.put(
        "request --subject-fields",
        h ->
            List.of(
                "request",
                topology,
                "--role",
                "external",
                "--key-algorithm",
                "ecdh-p256",
                "--out",
                out,
                "--no-encrypt-key",
                "--subject-fields",
                argument(h)));
    slots.put("bundle --key", h -> bundle(h.toString(), pem, pem, null));
    slots.put("bundle --cert", h -> bundle(f.key().toString(), h.toString(), pem, null));
    slots.put("bundle --chain", h -> bundle(f.key().toString(), pem, h.toString(), null));
    slots.put("bundle --topology", h -> bundle(f.key().toString(), pem, pem, h.toString()));
    slots.put(
        "bundle --password-file",
        h -> {
          List<String> args = new ArrayList<>(bundle(f.key().toString(), pem, pem, null));
          args.set(args.indexOf("--password-file") + 1, h.toString());
          return args;
        });
    slots.put(
        "bundle --key-password-file",
        h -> {
          List<String> args = new ArrayList<>(bundle(f.key().toString(), pem, pem, null));
          args.addAll(List.of("--key-password-file", h.toString()));
          return args;
        });
    slots.put(
        "probe TOPOLOGY",
        h -> List.of("probe", h.toString(), "--target", loopback, "--dns-server", loopback));
    slots.put(
        "probe --client-cert",
        h ->
            List.of(
                "probe",
                topology,
                "--target",
                loopback,
                "--dns-server",
                loopback,
                "--connect-timeout",
                "2s",
                "--handshake-timeout",
                "2s",
                "--client-cert",
                h.toString(),
                "--password-file",
                wrong()));
    slots.put("completion SHELL", h -> List.of("completion", argument(h)));
    return slots;
  }

  /** One run of the command line of an injector made once (the injector is the slow part). */
  private static InProcessCli.Run run(Injector injector, List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = injector.getInstance(CommandLine.class);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args.toArray(String[]::new));
    return new InProcessCli.Run(exitCode, out.toString(), err.toString());
  }

  private static List<String> bundle(String key, String cert, String chain, String topology) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "bundle",
                "--key",
                key,
                "--cert",
                cert,
                "--chain",
                chain,
                "--out",
                fixtures.out().resolve("b.pfx").toString(),
                "--password-file",
                fixtures.password().toString(),
                "--force",
                "--allow-incomplete-chain"));
    if (topology != null) {
      args.addAll(List.of("--topology", topology, "--role", "external"));
    }
    return args;
  }

  private static String wrong() {
    return fixtures.wrongPassword().toString();
  }

  /** The hostile bytes as a command-line argument (an argument cannot hold NUL). */
  private static String argument(Path file) {
    try {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replace('\0', ' ');
      return text.length() > 100_000 ? text.substring(0, 100_000) : text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CommandLine commandLine() {
    return Injectors.production(Injectors.quiet()).getInstance(CommandLine.class);
  }

  // --- REST ------------------------------------------------------------------------------------

  /** The requests for one operation: every hostile input in every parameter and body part. */
  private static Map<String, HttpRequest> requests(String path, String method, JsonNode operation)
      throws IOException {
    Map<String, HttpRequest> requests = new LinkedHashMap<>();
    String base = path.replaceAll("\\{[^}]+}", "GEN-KEY-001");
    for (Map.Entry<String, byte[]> input : hostile.entrySet()) {
      String encoded = encode(input.getValue());
      String name = method.toUpperCase() + " " + path + " <- " + input.getKey();
      if (path.contains("{")) {
        requests.put(name + " (path)", get(path.replaceAll("\\{[^}]+}", encoded), method));
      }
      for (JsonNode parameter : operation.path("parameters")) {
        if (parameter.path("in").asText().equals("query")) {
          String query = "?" + parameter.get("name").asText() + "=" + encoded;
          requests.put(
              name + " (?" + parameter.get("name").asText() + ")", get(base + query, method));
        }
      }
      JsonNode content = operation.path("requestBody").path("content");
      for (Iterator<Map.Entry<String, JsonNode>> types = content.fields(); types.hasNext(); ) {
        Map.Entry<String, JsonNode> type = types.next();
        requests.put(name + " as " + type.getKey(), post(base, type.getKey(), input.getValue()));
        if (type.getKey().equals("application/json") && type.getValue().has("example")) {
          jsonVariants(path, base, type.getValue().get("example"), input, requests, name);
        }
        if (type.getKey().equals("multipart/form-data") && type.getValue().has("example")) {
          formVariants(base, type.getValue().get("example"), input, requests, name);
        }
      }
      if (content.isMissingNode()) {
        requests.put(name + " (body)", post(base, "application/octet-stream", input.getValue()));
      }
    }
    return requests;
  }

  private static HttpRequest get(String pathAndQuery, String method) {
    return server
        .request(pathAndQuery)
        .method(method.toUpperCase(), HttpRequest.BodyPublishers.noBody())
        .build();
  }

  private static HttpRequest post(String path, String contentType, byte[] body) {
    return server
        .request(path)
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
  }

  /**
   * The operation's JSON example with one string at a time replaced by the hostile text (and base64
   * for the base64 fields). For probes only the topology is attacked: the example's targets lie
   * outside the server's allow list, so nothing is ever resolved or connected.
   */
  private static void jsonVariants(
      String path,
      String base,
      JsonNode example,
      Map.Entry<String, byte[]> input,
      Map<String, HttpRequest> requests,
      String name)
      throws IOException {
    List<String> pointers = new ArrayList<>();
    stringLeaves(example, "", pointers);
    for (String pointer : pointers) {
      JsonNode copy = example.deepCopy();
      int slash = pointer.lastIndexOf('/');
      JsonNode parent = copy.at(pointer.substring(0, slash));
      String field = pointer.substring(slash + 1);
      boolean base64 = field.equals("der") || field.equals("pkcs12");
      String value =
          base64
              ? Base64.getEncoder().encodeToString(input.getValue())
              : new String(input.getValue(), StandardCharsets.UTF_8);
      if (parent.isArray()) {
        ((ArrayNode) parent).set(Integer.parseInt(field), value);
      } else {
        ((ObjectNode) parent).put(field, value);
      }
      if (field.equals("pkcs12")) {
        ((ObjectNode) parent).put("password", WRONG_PASSWORD);
      }
      requests.put(
          name + " in " + pointer, post(base, "application/json", MAPPER.writeValueAsBytes(copy)));
    }
    JsonNode withObjects = example.deepCopy();
    if (withObjects.has("topology") && !path.contains("probe")) {
      ((ObjectNode) withObjects)
          .put("topology", new String(input.getValue(), StandardCharsets.UTF_8));
      requests.put(
          name + " as /topology",
          post(base, "application/json", MAPPER.writeValueAsBytes(withObjects)));
    }
  }

  private static void stringLeaves(JsonNode node, String pointer, List<String> pointers) {
    if (node.isTextual()
        && (!pointer.startsWith("/targets") && !pointer.startsWith("/dnsServer"))) {
      pointers.add(pointer);
    } else if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              field -> stringLeaves(field.getValue(), pointer + "/" + field.getKey(), pointers));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        stringLeaves(node.get(i), pointer + "/" + i, pointers);
      }
    }
  }

  /** The operation's form example with one part at a time replaced by the hostile bytes. */
  private static void formVariants(
      String base,
      JsonNode example,
      Map.Entry<String, byte[]> input,
      Map<String, HttpRequest> requests,
      String name) {
    List<String> parts = new ArrayList<>();
    example.fieldNames().forEachRemaining(parts::add);
    parts.add("password");
    parts.add("trust");
    for (String attacked : parts) {
      Multipart form = new Multipart();
      for (String part : parts) {
        if (part.equals(attacked)) {
          form.file(part, "hostile", "application/octet-stream", input.getValue());
        } else if (example.has(part)) {
          JsonNode value = example.get(part);
          for (JsonNode each : value.isArray() ? value : MAPPER.createArrayNode().add(value)) {
            form.file(part, part, "text/plain", each.asText().getBytes(StandardCharsets.UTF_8));
          }
        }
      }
      requests.put(
          name + " in part " + attacked,
          server
              .request(base)
              .header("Content-Type", form.contentType())
              .POST(form.publisher())
              .build());
    }
  }

  private static String encode(byte[] bytes) {
    byte[] shown = bytes.length > 4000 ? Arrays.copyOf(bytes, 4000) : bytes;
    return URLEncoder.encode(
            new String(shown, StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1)
        .replace("+", "%20");
  }

  private static void checkAnswer(String what, HttpResponse<String> response, List<String> broken) {
    int status = response.statusCode();
    String body = response.body();
    if (status != 200 && (status < 400 || status > 499)) {
      broken.add(what + ": status " + status + " " + firstLines(body));
    }
    if (status != 200) {
      String type = response.headers().firstValue("Content-Type").orElse("");
      if (!type.startsWith("application/problem+json")) {
        broken.add(what + ": " + status + " as " + type + ", not problem+json");
      } else {
        try {
          JsonNode problem = MAPPER.readTree(body);
          if (problem.path("status").asInt() != status || !problem.has("title")) {
            broken.add(what + ": a problem without its status or title: " + firstLines(body));
          }
        } catch (IOException e) {
          broken.add(what + ": problem+json that is not JSON: " + firstLines(body));
        }
      }
    }
    check(what + ": ", body, broken);
  }

  // --- shared ----------------------------------------------------------------------------------

  private static void check(String what, String printed, List<String> broken) {
    if (STACK_TRACE.matcher(printed).find()) {
      broken.add(what + "a stack trace or exception name: " + firstLines(printed));
    }
    for (String secret : secrets) {
      if (printed.contains(secret)) {
        broken.add(what + "echoes a secret (" + secret.substring(0, 8) + "...)");
      }
    }
  }

  private static String firstLines(String text) {
    String shown = text.length() > 300 ? text.substring(0, 300) + "..." : text;
    return shown.replace("\n", " | ");
  }

  /** The hostile inputs, by name. */
  private static Map<String, byte[]> hostileInputs(
      IssuedCertificate leaf, byte[] keyPem, byte[] pfx) throws IOException {
    Map<String, byte[]> inputs = new LinkedHashMap<>();
    inputs.put("empty", new byte[0]);
    inputs.put("nul-bytes", new byte[64]);
    inputs.put(
        "invalid-utf8",
        "version: 1\nedge: {accessEdge: sip.cont\u00fcso.com}\n\u00ff\u00fe"
            .getBytes(StandardCharsets.ISO_8859_1));
    inputs.put("yaml-alias-bomb", yamlBomb());
    inputs.put(
        "deep-nesting",
        ("version: " + "[".repeat(5000) + "]".repeat(5000) + "\n")
            .getBytes(StandardCharsets.US_ASCII));
    inputs.put(
        "deep-json",
        ("{\"a\":".repeat(5000) + "1" + "}".repeat(5000)).getBytes(StandardCharsets.US_ASCII));
    inputs.put(
        "huge-line",
        ("version: 1\nproduct: " + "x".repeat(600_000) + "\n").getBytes(StandardCharsets.US_ASCII));
    byte[] garbage = new byte[2048];
    new java.util.Random(9).nextBytes(garbage);
    garbage[0] = 0x30;
    garbage[1] = (byte) 0x82;
    inputs.put("garbage-der", garbage);
    String pem = leaf.pem();
    inputs.put(
        "truncated-pem", pem.substring(0, pem.length() / 2).getBytes(StandardCharsets.US_ASCII));
    inputs.put("pkcs12-wrong-password", pfx);
    inputs.put("truncated-pkcs12", Arrays.copyOf(pfx, pfx.length / 2));
    inputs.put("private-key-pem", keyPem);
    inputs.put(
        "certificate-and-key-pem",
        (pem + new String(keyPem, StandardCharsets.US_ASCII)).getBytes(StandardCharsets.US_ASCII));
    inputs.put(
        "yaml-tag",
        "version: !!java.lang.Runtime 1\nedge: !custom {}\n".getBytes(StandardCharsets.US_ASCII));
    inputs.put(
        "json-in-json",
        "{\"version\": \"{\\\"version\\\": 1}\", \"edge\": [1, {}, null]}"
            .getBytes(StandardCharsets.US_ASCII));
    return inputs;
  }

  private static byte[] yamlBomb() {
    StringBuilder yaml =
        new StringBuilder(
            "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    char previous = 'a';
    for (char c = 'b'; c <= 'j'; c++) {
      yaml.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        yaml.append(i == 0 ? "" : ",").append('*').append(previous);
      }
      yaml.append("]\n");
      previous = c;
    }
    return yaml.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** The secrets that must never appear: both passwords and every line of the private key. */
  private static List<String> secretsOf(byte[] keyPem) {
    List<String> found = new ArrayList<>(List.of(PASSWORD, WRONG_PASSWORD));
    new String(keyPem, StandardCharsets.US_ASCII)
        .lines()
        .filter(line -> !line.startsWith("-----") && line.length() >= 40)
        .forEach(found::add);
    return found;
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }
}
