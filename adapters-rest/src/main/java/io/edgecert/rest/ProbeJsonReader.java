package io.edgecert.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edgecert.application.port.in.DnsServer;
import io.edgecert.application.port.in.ProbeCommand;
import io.edgecert.application.port.in.TopologySource;
import io.edgecert.application.port.in.TrustSettings;
import io.edgecert.domain.InputProblem;
import io.edgecert.domain.InvalidInputException;
import io.edgecert.domain.probe.ProbeTarget;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a JSON probe request, the inputs of {@code edgecert probe}: topology, targets, dnsServer,
 * connectTimeoutMs, handshakeTimeoutMs, concurrency, internal, at, expiryWarningDays and the trust
 * fields; every problem at once. No client certificate: a server does not send its callers' keys.
 */
final class ProbeJsonReader {
  static final int MAX_CONCURRENCY = 64;
  private static final List<String> FIELDS =
      List.of(
          "topology",
          "targets",
          "dnsServer",
          "connectTimeoutMs",
          "handshakeTimeoutMs",
          "concurrency",
          "internal",
          ValidationOptions.AT,
          ValidationOptions.EXPIRY_WARNING_DAYS,
          TrustFields.TRUST,
          TrustFields.PUBLIC_ROOTS);

  private final ObjectMapper mapper;

  ProbeJsonReader(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The request, with targets and DNS server as given (the handler checks them). */
  Request read(byte[] body) {
    JsonNode root = JsonFields.parse(mapper, body);
    List<InputProblem> problems = new ArrayList<>();
    if (!root.isObject()) {
      throw InputNames.invalidBody(
          List.of(InputProblem.of("expected a JSON object with a topology")));
    }
    JsonFields.rejectUnknown(root, FIELDS, "", problems);
    TopologySource topology = topology(root.get("topology"), problems);
    List<ProbeTarget> targets = targets(root.get("targets"), problems);
    DnsServer dns = dnsServer(JsonFields.text(root, "dnsServer", "dnsServer", problems), problems);
    Duration connect = millis(root, "connectTimeoutMs", 5_000, problems);
    Duration handshake = millis(root, "handshakeTimeoutMs", 10_000, problems);
    int concurrency =
        number(root, "concurrency", ProbeCommand.DEFAULT_CONCURRENCY, MAX_CONCURRENCY, problems);
    boolean internal = root.path("internal").asBoolean(false);
    Instant at =
        ValidationOptions.at(
            JsonFields.text(root, ValidationOptions.AT, ValidationOptions.AT, problems), problems);
    int days =
        ValidationOptions.expiryWarningDays(
            JsonFields.integer(root, ValidationOptions.EXPIRY_WARNING_DAYS, problems), problems);
    TrustSettings trust = TrustFields.fromJson(root, problems);
    if (!problems.isEmpty()) {
      throw InputNames.invalidBody(problems);
    }
    return new Request(
        topology, targets, dns, connect, handshake, concurrency, internal, at, days, trust);
  }

  private TopologySource topology(JsonNode node, List<InputProblem> problems) {
    if (node == null || !node.isObject()) {
      problems.add(
          InputProblem.at("topology", "expected the topology (format version 1) as a JSON object"));
      return null;
    }
    try {
      return new TopologySource(
          InputNames.at("/topology"), mapper.writeValueAsBytes(node), TopologySource.Syntax.JSON);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<ProbeTarget> targets(JsonNode node, List<InputProblem> problems) {
    List<ProbeTarget> targets = new ArrayList<>();
    if (node == null || node.isNull()) {
      return targets;
    }
    if (!node.isArray()) {
      problems.add(InputProblem.at("targets", "expected an array of HOST[:PORT][/PROTOCOL]"));
      return targets;
    }
    for (int i = 0; i < node.size(); i++) {
      try {
        targets.add(ProbeTarget.parse("targets", node.get(i).asText()));
      } catch (InvalidInputException e) {
        problems.add(InputProblem.at("targets[" + i + "]", e.problems().get(0).message()));
      }
    }
    return targets;
  }

  private static DnsServer dnsServer(String text, List<InputProblem> problems) {
    if (text == null) {
      return null;
    }
    try {
      return DnsServer.parse("dnsServer", text);
    } catch (InvalidInputException e) {
      problems.add(InputProblem.at("dnsServer", e.problems().get(0).message()));
      return null;
    }
  }

  private static Duration millis(
      JsonNode root, String field, long fallback, List<InputProblem> problems) {
    return Duration.ofMillis(number(root, field, (int) fallback, 120_000, problems));
  }

  private static int number(
      JsonNode root, String field, int fallback, int max, List<InputProblem> problems) {
    String digits = JsonFields.integer(root, field, problems);
    if (digits == null) {
      return fallback;
    }
    long value = Long.parseLong(digits);
    if (value < 1 || value > max) {
      problems.add(
          InputProblem.at(field, "expected a whole number from 1 to " + max + ", got " + digits));
      return fallback;
    }
    return (int) value;
  }

  /** A probe request read from JSON. */
  record Request(
      TopologySource topology,
      List<ProbeTarget> targets,
      DnsServer dnsServer,
      Duration connectTimeout,
      Duration handshakeTimeout,
      int concurrency,
      boolean internal,
      Instant at,
      int expiryWarningDays,
      TrustSettings trust) {}
}
