package io.edgecert.rest;

import io.edgecert.application.port.in.CertificateSource;
import io.edgecert.application.port.in.TopologySource;
import io.edgecert.application.port.in.ValidateCommand;
import io.edgecert.domain.InputProblem;
import io.edgecert.domain.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a {@code multipart/form-data} validation request: a {@code topology} part, one or more
 * {@code certificate} parts (files or pasted text, numbered in form order; a part named {@code
 * certificate:edge1.contoso.net} is that pool member's copy), and optional {@code password}, {@code
 * role}, {@code at}, {@code expiryWarningDays}, {@code trust} and {@code publicRoots} fields. A
 * part of another name is refused (400), never silently dropped.
 */
final class ValidationFormReader {
  static final String TOPOLOGY = "topology";
  static final String CERTIFICATE = "certificate";
  static final String PASSWORD = "password";
  static final String ROLE = "role";
  static final List<String> PARTS =
      List.of(
          TOPOLOGY,
          CERTIFICATE,
          PASSWORD,
          ROLE,
          ValidationOptions.AT,
          ValidationOptions.EXPIRY_WARNING_DAYS,
          TrustFields.TRUST,
          TrustFields.PUBLIC_ROOTS,
          TrustFields.CHAIN);

  /** A certificate part named {@code certificate:<member FQDN>} came from that pool member. */
  static final String MEMBER_PREFIX = CERTIFICATE + ":";

  ValidateCommand read(List<FormParts.Part> parts) {
    refuseUnknownParts(parts);
    List<InputProblem> problems = new ArrayList<>();
    TopologySource topology = topology(parts, problems);
    char[] password =
        text(parts, PASSWORD)
            .map(ValidationFormReader::withoutLineBreak)
            .map(String::toCharArray)
            .orElse(null);
    List<CertificateSource> certificates =
        FormRoles.apply(parts, certificates(parts, password, problems), problems);
    Instant at = ValidationOptions.at(text(parts, ValidationOptions.AT).orElse(null), problems);
    String days = text(parts, ValidationOptions.EXPIRY_WARNING_DAYS).orElse(null);
    int expiryWarningDays = ValidationOptions.expiryWarningDays(days, problems);
    if (!problems.isEmpty()) {
      throw InputNames.invalidBody(problems);
    }
    return new ValidateCommand(
        topology, certificates, at, expiryWarningDays, TrustFields.fromForm(parts));
  }

  private static TopologySource topology(List<FormParts.Part> parts, List<InputProblem> problems) {
    Optional<FormParts.Part> part =
        parts.stream().filter(p -> p.name().equals(TOPOLOGY)).findFirst();
    if (part.isEmpty() || part.get().content().length == 0) {
      problems.add(InputProblem.at(TOPOLOGY, "a part named topology (JSON or YAML) is required"));
      return null;
    }
    TopologySource.Syntax syntax =
        MediaTypes.syntaxOf(part.get().contentType()).orElse(TopologySource.Syntax.AUTO);
    return new TopologySource(InputNames.at("/" + TOPOLOGY), part.get().content(), syntax);
  }

  private static List<CertificateSource> certificates(
      List<FormParts.Part> parts, char[] password, List<InputProblem> problems) {
    List<CertificateSource> certificates = new ArrayList<>();
    for (FormParts.Part part : parts) {
      if (part.name().equals(CERTIFICATE) || part.name().startsWith(MEMBER_PREFIX)) {
        String name = InputNames.at("/" + CERTIFICATE + "/" + certificates.size());
        String file = part.fileName() == null ? "" : " (" + part.fileName() + ")";
        String member =
            part.name().startsWith(MEMBER_PREFIX)
                ? part.name().substring(MEMBER_PREFIX.length()).strip()
                : null;
        certificates.add(
            new CertificateSource(
                name + file,
                part.content(),
                password,
                null,
                member == null || member.isEmpty() ? null : member));
      }
    }
    if (certificates.isEmpty()) {
      problems.add(
          InputProblem.at(CERTIFICATE, "one or more parts named certificate are required"));
    }
    return certificates;
  }

  private static void refuseUnknownParts(List<FormParts.Part> parts) {
    List<InputProblem> unknown =
        parts.stream()
            .map(FormParts.Part::name)
            .filter(name -> !PARTS.contains(name) && !name.startsWith(MEMBER_PREFIX))
            .distinct()
            .map(
                name ->
                    InputProblem.at(
                        name,
                        "unknown part \""
                            + name
                            + "\"; allowed: "
                            + String.join(", ", PARTS)
                            + ", "
                            + MEMBER_PREFIX
                            + "<member FQDN>"))
            .toList();
    if (!unknown.isEmpty()) {
      throw new InvalidInputException(
          InputNames.BODY, InvalidInputException.Kind.MALFORMED, unknown);
    }
  }

  /**
   * One trailing line break dropped, as a password file's first line (curl -F 'password=<file').
   */
  private static String withoutLineBreak(String password) {
    return password.endsWith("\r\n")
        ? password.substring(0, password.length() - 2)
        : password.endsWith("\n") ? password.substring(0, password.length() - 1) : password;
  }

  private static Optional<String> text(List<FormParts.Part> parts, String name) {
    return parts.stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .map(p -> new String(p.content(), StandardCharsets.UTF_8));
  }
}
