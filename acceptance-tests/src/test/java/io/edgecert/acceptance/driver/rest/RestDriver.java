package io.edgecert.acceptance.driver.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.edgecert.acceptance.driver.CertificateInput;
import io.edgecert.acceptance.driver.Driver;
import io.edgecert.acceptance.driver.InputError;
import io.edgecert.acceptance.driver.Json;
import io.edgecert.acceptance.driver.Outcome;
import io.edgecert.acceptance.driver.ProbeInputs;
import io.edgecert.acceptance.driver.TopologyText;
import io.edgecert.acceptance.driver.Trust;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Calls {@code POST /v1/plans} (the topology as sent by the user, YAML or JSON), {@code POST
 * /v1/validations} and {@code POST /v1/probes} (JSON bodies) over HTTP, and reads plans, reports
 * and RFC 9457 problems back.
 */
final class RestDriver implements Driver {
  private final Http http;

  RestDriver(URI base) {
    this.http = new Http(base);
  }

  @Override
  public Outcome plan(TopologyText topology, LocalDate asOf) {
    String query = asOf == null ? "" : "?asOf=" + asOf;
    return answer(http.post("/v1/plans" + query, topology.syntax().mediaType(), topology.bytes()));
  }

  @Override
  public Outcome probe(TopologyText topology, ProbeInputs inputs) {
    ObjectNode body = Json.object();
    body.set("topology", Json.tree(topology));
    ArrayNode targets = body.putArray("targets");
    inputs.targets().forEach(targets::add);
    body.put("dnsServer", inputs.dnsServer());
    body.put("handshakeTimeoutMs", 20_000);
    body.put("at", inputs.at().toString());
    body.put("publicRoots", inputs.trust().publicRootsPem());
    ArrayNode privateRoots = body.putArray("trust");
    inputs.trust().privateRootsPem().forEach(privateRoots::add);
    byte[] json = Json.write(body).getBytes(StandardCharsets.UTF_8);
    Outcome outcome = answer(http.post("/v1/probes", "application/json", json));
    if (outcome.document() != null) {
      documentedShape(outcome.document());
    }
    return outcome;
  }

  /**
   * Fails unless the answer has the shape of the OpenAPI example (or captures it as the example).
   */
  private void documentedShape(JsonNode answer) {
    if (ProbeExample.capturing()) {
      ProbeExample.capture(answer);
      return;
    }
    JsonNode openapi = Json.parse(http.get("/openapi.json").body(), "GET /openapi.json");
    List<String> differences = ProbeExample.differences(ProbeExample.documented(openapi), answer);
    if (!differences.isEmpty()) {
      throw new AssertionError(
          "POST /v1/probes answered another shape than its OpenAPI example; capture the example"
              + " again with scripts/capture-probe-example.sh\n  "
              + String.join("\n  ", differences));
    }
  }

  @Override
  public Outcome validate(
      TopologyText topology, List<CertificateInput> certificates, Trust trust, Instant at) {
    ObjectNode body = Json.object();
    body.set("topology", Json.tree(topology));
    ArrayNode entries = body.putArray("certificates");
    certificates.forEach(certificate -> entries.add(entry(certificate)));
    body.put("at", at.toString());
    body.put("publicRoots", trust.publicRootsPem());
    ArrayNode privateRoots = body.putArray("trust");
    trust.privateRootsPem().forEach(privateRoots::add);
    byte[] json = Json.write(body).getBytes(StandardCharsets.UTF_8);
    return answer(http.post("/v1/validations", "application/json", json));
  }

  private static ObjectNode entry(CertificateInput certificate) {
    ObjectNode entry = Json.object().put("role", certificate.role());
    if (certificate.member() != null) {
      entry.put("member", certificate.member());
    }
    switch (certificate.format()) {
      case PKCS12:
        entry.put("pkcs12", Base64.getEncoder().encodeToString(certificate.content()));
        entry.put("password", certificate.password());
        break;
      case CSR:
        entry.put("csr", new String(certificate.content(), StandardCharsets.US_ASCII));
        break;
      default:
        entry.put("pem", new String(certificate.content(), StandardCharsets.US_ASCII));
    }
    return entry;
  }

  private static Outcome answer(Http.Answer answer) {
    String raw = "HTTP " + answer.status();
    if (answer.status() == 200) {
      JsonNode document = Json.parse(answer.body(), raw);
      JsonNode verdict = document.path("verdict");
      boolean rejected = verdict.isTextual() && !verdict.asText().equals("pass");
      Outcome.Result result = rejected ? Outcome.Result.REJECTED : Outcome.Result.ACCEPTED;
      return Outcome.answered(result, raw, document);
    }
    if ((answer.status() == 400 || answer.status() == 422) && answer.isProblem()) {
      return Outcome.refused(raw, errors(Json.parse(answer.body(), raw)));
    }
    return Outcome.failed(raw + ": " + answer.body());
  }

  private static List<InputError> errors(JsonNode problem) {
    List<InputError> errors = new ArrayList<>();
    for (JsonNode error : problem.path("errors")) {
      errors.add(new InputError(error.path("pointer").asText(""), error.path("message").asText()));
    }
    return errors;
  }
}
