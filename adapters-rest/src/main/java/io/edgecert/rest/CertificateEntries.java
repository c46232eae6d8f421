package io.edgecert.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.edgecert.application.port.in.CertificateSource;
import io.edgecert.domain.InputProblem;
import io.edgecert.domain.plan.CertificateRole;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Reads one entry of {@code certificates} in a JSON validation request: exactly one of {@code pem},
 * {@code csr} (text) or {@code der}, {@code pkcs12} (base64), plus an optional role, the pool
 * member it came from and a password.
 */
final class CertificateEntries {
  private static final List<String> CONTENT = List.of("pem", "der", "pkcs12", "csr");
  private static final List<String> FIELDS =
      List.of("role", "member", "pem", "der", "pkcs12", "csr", "password");

  private CertificateEntries() {}

  /** The certificate input of entry {@code index}, or null after adding its problems. */
  static CertificateSource read(JsonNode entry, int index, List<InputProblem> problems) {
    String path = "certificates[" + index + "]";
    if (!entry.isObject()) {
      problems.add(InputProblem.at(path, "expected an object with one of pem, der, pkcs12 or csr"));
      return null;
    }
    int before = problems.size();
    JsonFields.rejectUnknown(entry, FIELDS, path, problems);
    CertificateRole role =
        role(JsonFields.text(entry, "role", path + ".role", problems), path, problems);
    String password = JsonFields.text(entry, "password", path + ".password", problems);
    String member = JsonFields.text(entry, "member", path + ".member", problems);
    byte[] content = content(entry, path, problems);
    if (problems.size() > before) {
      return null;
    }
    char[] secret = password == null ? null : password.toCharArray();
    return new CertificateSource(
        InputNames.at("/certificates/" + index), content, secret, role, blankToNull(member));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static byte[] content(JsonNode entry, String path, List<InputProblem> problems) {
    List<String> given = CONTENT.stream().filter(entry::has).toList();
    if (given.size() != 1) {
      problems.add(
          InputProblem.at(
              path,
              given.isEmpty()
                  ? "needs one of pem, der, pkcs12 or csr"
                  : "has " + String.join(" and ", given) + "; give exactly one"));
      return null;
    }
    String field = given.get(0);
    String text = JsonFields.text(entry, field, path + "." + field, problems);
    if (text == null || text.isBlank()) {
      problems.add(InputProblem.at(path + "." + field, "must not be empty"));
      return null;
    }
    boolean binary = field.equals("der") || field.equals("pkcs12");
    return binary
        ? base64(text, path + "." + field, problems)
        : text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] base64(String text, String path, List<InputProblem> problems) {
    try {
      return Base64.getDecoder().decode(text.replaceAll("\\s", ""));
    } catch (IllegalArgumentException e) {
      problems.add(InputProblem.at(path, "expected base64 (RFC 4648), which this is not"));
      return null;
    }
  }

  private static CertificateRole role(String code, String path, List<InputProblem> problems) {
    return ValidationOptions.role(path + ".role", code, problems);
  }
}
