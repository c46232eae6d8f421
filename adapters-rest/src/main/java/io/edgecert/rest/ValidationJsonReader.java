package io.edgecert.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edgecert.application.port.in.CertificateSource;
import io.edgecert.application.port.in.TopologySource;
import io.edgecert.application.port.in.ValidateCommand;
import io.edgecert.domain.InputProblem;
import io.edgecert.domain.InvalidInputException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads a JSON validation request into a command, reporting every problem of it at once. */
final class ValidationJsonReader {
  private static final List<String> FIELDS =
      List.of("topology", "certificates", ValidationOptions.AT, ValidationOptions.EXPIRY_WARNING_DAYS);

  private final ObjectMapper mapper;

  ValidationJsonReader(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  ValidateCommand read(byte[] body) {
    JsonNode root = JsonFields.parse(mapper, body);
    List<InputProblem> problems = new ArrayList<>();
    if (!root.isObject()) {
      problems.add(InputProblem.of("expected a JSON object with topology and certificates"));
      throw new InvalidInputException(InputNames.BODY, InvalidInputException.Kind.INVALID, problems);
    }
    JsonFields.rejectUnknown(root, FIELDS, "", problems);
    TopologySource topology = topology(root.get("topology"), problems);
    List<CertificateSource> certificates = certificates(root.get("certificates"), problems);
    Instant at = ValidationOptions.at(JsonFields.text(root, ValidationOptions.AT, ValidationOptions.AT, problems), problems);
    int days = ValidationOptions.expiryWarningDays(days(root.get(ValidationOptions.EXPIRY_WARNING_DAYS), problems), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(InputNames.BODY, InvalidInputException.Kind.INVALID, problems);
    }
    return new ValidateCommand(topology, certificates, at, days, null);
  }

  private TopologySource topology(JsonNode node, List<InputProblem> problems) {
    if (node == null || !node.isObject()) {
      problems.add(InputProblem.at("topology", "expected the topology (format version 1) as a JSON object"));
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
      problems.add(InputProblem.at("certificates", "expected an array of one or more certificates"));
      return List.of();
    }
    List<CertificateSource> certificates = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      certificates.add(CertificateEntries.read(node.get(i), i, problems));
    }
    return certificates;
  }

  private static String days(JsonNode node, List<InputProblem> problems) {
    if (node == null || node.isNull() || node.isIntegralNumber()) {
      return node == null || node.isNull() ? null : node.asText();
    }
    problems.add(InputProblem.at(ValidationOptions.EXPIRY_WARNING_DAYS, "expected a whole number of days, 0 or more"));
    return null;
  }
}
