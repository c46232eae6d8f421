package io.edgecert.bootstrap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.inject.Injector;
import io.edgecert.rest.Multipart;
import io.edgecert.x509.testing.IssuedCertificate;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Validation requests for a documentation example: every certificate of its plan, issued by the
 * test PKI as the plan describes it and written as PEM (leaf and issuing CA) and as PKCS#12.
 */
final class ValidationBodies {
  private static final ObjectMapper JSON = new ObjectMapper();

  final String example;
  final List<Path> inputs = new ArrayList<>();

  ValidationBodies(Injector injector, String example, Path directory) {
    this.example = example;
    PlannedIssuer issuer = new PlannedIssuer();
    for (var planned : ExampleRequests.plan(injector, example).certificates()) {
      IssuedCertificate issued = issuer.issue(planned);
      String name = "edge-" + planned.id().code();
      inputs.add(PlannedIssuer.writePem(issued, directory.resolve(name + ".pem")));
      inputs.add(PlannedIssuer.writePkcs12(issued, directory.resolve(name + ".pfx")));
    }
  }

  /** The bodies of an example, its certificates written to a directory of its own under root. */
  static ValidationBodies of(Injector injector, String example, Path root) {
    return new ValidationBodies(
        injector, example, root.resolve(Path.of(example).getFileName().toString()));
  }

  /** A JSON body: the topology as JSON, PEM as text, PKCS#12 in base64 with its password. */
  String json(String at) {
    ObjectNode body = JSON.createObjectNode();
    body.set("topology", ExampleRequests.tree(example));
    ArrayNode certificates = body.putArray("certificates");
    for (Path input : inputs) {
      byte[] content = ExampleRequests.bytes(input);
      if (input.toString().endsWith(".pem")) {
        certificates.addObject().put("pem", new String(content, StandardCharsets.US_ASCII));
      } else {
        certificates
            .addObject()
            .put("pkcs12", Base64.getEncoder().encodeToString(content))
            .put("password", PlannedIssuer.PASSWORD);
      }
    }
    return body.put("at", at).toString();
  }

  /**
   * A JSON body of two members' copies of the external certificate that differ: the external PEM
   * from the first member, and another certificate (the internal one) judged as external from the
   * second.
   */
  String jsonOfDifferingMembers(String at, String first, String second) {
    ObjectNode body = JSON.createObjectNode();
    body.set("topology", ExampleRequests.tree(example));
    ArrayNode certificates = body.putArray("certificates");
    List<Path> pems = inputs.stream().filter(p -> p.toString().endsWith(".pem")).toList();
    certificates
        .addObject()
        .put("role", "external")
        .put("member", first)
        .put("pem", new String(ExampleRequests.bytes(pems.get(0)), StandardCharsets.US_ASCII));
    certificates
        .addObject()
        .put("role", "external")
        .put("member", second)
        .put("pem", new String(ExampleRequests.bytes(pems.get(1)), StandardCharsets.US_ASCII));
    return body.put("at", at).toString();
  }

  /** A JSON body with one PEM input of this text. */
  String jsonWithPem(String pem) {
    ObjectNode body = JSON.createObjectNode();
    body.set("topology", ExampleRequests.tree(example));
    body.putArray("certificates").addObject().put("pem", pem);
    return body.toString();
  }

  /** A form: the topology file, every input as a file part, the password and the instant. */
  HttpResponse<String> form(LiveServer api, String at) {
    Multipart form = new Multipart();
    byte[] topology = ExampleRequests.bytes(example);
    form.file("topology", example, ExampleRequests.mediaType(example), topology);
    for (Path input : inputs) {
      String name = input.getFileName().toString();
      form.file("certificate", name, "application/octet-stream", ExampleRequests.bytes(input));
    }
    form.field("password", PlannedIssuer.PASSWORD).field("at", at);
    return api.send(
        api.request("/v1/validations")
            .header("Content-Type", form.contentType())
            .POST(form.publisher())
            .build());
  }
}
