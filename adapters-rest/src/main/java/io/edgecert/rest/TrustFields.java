package io.edgecert.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.edgecert.application.port.in.TrustSettings;
import io.edgecert.domain.InputProblem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The roots a validation request trusts, as the CLI's --trust and --public-roots: {@code trust}, a
 * list of private roots (PEM text each), and {@code publicRoots}, a PEM bundle that replaces the
 * JDK's roots as the public ones. Both optional; without them the JDK's public roots count.
 */
final class TrustFields {
  static final String TRUST = "trust";
  static final String PUBLIC_ROOTS = "publicRoots";

  private TrustFields() {}

  /** From a JSON request body; problems go to {@code problems}. */
  static TrustSettings fromJson(JsonNode root, List<InputProblem> problems) {
    List<byte[]> privateRoots = new ArrayList<>();
    JsonNode trust = root.get(TRUST);
    if (trust != null && !trust.isNull()) {
      if (!trust.isArray()) {
        problems.add(InputProblem.at(TRUST, "expected an array of PEM root certificates"));
      } else {
        for (int i = 0; i < trust.size(); i++) {
          String pem = trust.get(i).isTextual() ? trust.get(i).asText() : null;
          if (pem == null || pem.isBlank()) {
            problems.add(InputProblem.at(TRUST + "[" + i + "]", "expected a PEM root certificate"));
          } else {
            privateRoots.add(pem.getBytes(StandardCharsets.US_ASCII));
          }
        }
      }
    }
    String publicRoots = JsonFields.text(root, PUBLIC_ROOTS, PUBLIC_ROOTS, problems);
    return new TrustSettings(
        publicRoots == null ? null : publicRoots.getBytes(StandardCharsets.US_ASCII), privateRoots);
  }

  /** From the parts of a form: every {@code trust} part and the first {@code publicRoots} part. */
  static TrustSettings fromForm(List<FormParts.Part> parts) {
    List<byte[]> privateRoots = parts.stream().filter(p -> p.name().equals(TRUST))
        .map(FormParts.Part::content).toList();
    byte[] publicRoots = parts.stream().filter(p -> p.name().equals(PUBLIC_ROOTS))
        .map(FormParts.Part::content).findFirst().orElse(null);
    return new TrustSettings(publicRoots, privateRoots);
  }
}
