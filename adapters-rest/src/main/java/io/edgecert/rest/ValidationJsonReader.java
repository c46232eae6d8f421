package io.edgecert.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edgecert.application.port.in.CertificateSource;
import io.edgecert.application.port.in.TopologySource;
import io.edgecert.application.port.in.TrustSettings;
import io.edgecert.application.port.in.ValidateCommand;
import io.edgecert.domain.InputProblem;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads a JSON validation request into a command, reporting every problem of it at once. */
final class ValidationJsonReader {
  private static final List<String> FIELDS =
      List.of(
          "topology",
          "certificates",
          ValidationOptions.AT,
          ValidationOptions.EXPIRY_WARNING_DAYS,
          TrustFields.TRUST,
          TrustFields.PUBLIC_ROOTS,
          TrustFields.CHAIN);

  private final ObjectMapper mapper;

  ValidationJsonReader(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  ValidateCommand read(byte[] body) {
    JsonNode root = JsonFields.parse(mapper, body);
    List<InputProblem> problems = new ArrayList<>();
    if (!root.isObject()) {
      problems.add(InputProblem.of("expected a JSON object with topology and certificates"));
      throw InputNames.invalidBody(problems);
    }
    JsonFields.rejectUnknown(root, FIELDS, "", problems);
    TopologySource topology = topology(root.get("topology"), problems);
    List<CertificateSource> certificates = certificates(root.get("certificates"), problems);
    String at = JsonFields.text(root, ValidationOptions.AT, ValidationOptions.AT, problems);
    String days = JsonFields.integer(root, ValidationOptions.EXPIRY_WARNING_DAYS, problems);
    Instant instant = ValidationOptions.at(at, problems);
    int expiryWarningDays = ValidationOptions.expiryWarningDays(days, problems);
    TrustSettings trust = TrustFields.fromJson(root, problems);
    if (!problems.isEmpty()) {
      throw InputNames.invalidBody(problems);
    }
    return new ValidateCommand(topology, certificates, instant, expiryWarningDays, trust);
  }

  private TopologySource topology(JsonNode node, List<InputProblem> problems) {
    if (node == null || !node.isObject()) {
      problems.add(
          InputProblem.at("topology", "expected the topology (format version 1) as a JSON object"));
      return null;
    }
    try {
      byte[] json = mapper.writeValueAsBytes(node);
      return new TopologySource(InputNames.at("/topology"), json, TopologySource.Syntax.JSON);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<CertificateSource> certificates(JsonNode node, List<InputProblem> problems) {
    if (node == null || !node.isArray() || node.isEmpty()) {
      problems.add(
          InputProblem.at("certificates", "expected an array of one or more certificates"));
      return List.of();
    }
    List<CertificateSource> certificates = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      certificates.add(CertificateEntries.read(node.get(i), i, problems));
    }
    return certificates;
  }
}
