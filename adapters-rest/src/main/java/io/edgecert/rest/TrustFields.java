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
 * JDK's roots as the public ones. Both optional; without them the JDK's public roots count. And, as
 * the CLI's --chain, {@code chain}: intermediate CA certificates offered to every chain, never
 * trusted (a root among them is "supplied but not trusted").
 */
final class TrustFields {
  static final String TRUST = "trust";
  static final String PUBLIC_ROOTS = "publicRoots";
  static final String CHAIN = "chain";

  private TrustFields() {}

  /** From a JSON request body; problems go to {@code problems}. */
  static TrustSettings fromJson(JsonNode root, List<InputProblem> problems) {
    List<byte[]> privateRoots = pems(root, TRUST, "a PEM root certificate", problems);
    List<byte[]> intermediates = pems(root, CHAIN, "PEM CA certificates", problems);
    String publicRoots = JsonFields.text(root, PUBLIC_ROOTS, PUBLIC_ROOTS, problems);
    return new TrustSettings(
        publicRoots == null ? null : publicRoots.getBytes(StandardCharsets.US_ASCII),
        privateRoots,
        intermediates);
  }

  /** The PEM texts of the array {@code field}, empty when it is absent. */
  private static List<byte[]> pems(
      JsonNode root, String field, String expected, List<InputProblem> problems) {
    List<byte[]> pems = new ArrayList<>();
    JsonNode array = root.get(field);
    if (array == null || array.isNull()) {
      return pems;
    }
    if (!array.isArray()) {
      problems.add(InputProblem.at(field, "expected an array, each item " + expected));
      return pems;
    }
    for (int i = 0; i < array.size(); i++) {
      String pem = array.get(i).isTextual() ? array.get(i).asText() : null;
      if (pem == null || pem.isBlank()) {
        problems.add(InputProblem.at(field + "[" + i + "]", "expected " + expected));
      } else {
        pems.add(pem.getBytes(StandardCharsets.US_ASCII));
      }
    }
    return pems;
  }

  /**
   * From the parts of a form: every {@code trust} part, the first {@code publicRoots} part and
   * every {@code chain} part.
   */
  static TrustSettings fromForm(List<FormParts.Part> parts) {
    List<byte[]> privateRoots =
        parts.stream().filter(p -> p.name().equals(TRUST)).map(FormParts.Part::content).toList();
    byte[] publicRoots =
        parts.stream()
            .filter(p -> p.name().equals(PUBLIC_ROOTS))
            .map(FormParts.Part::content)
            .findFirst()
            .orElse(null);
    List<byte[]> intermediates =
        parts.stream().filter(p -> p.name().equals(CHAIN)).map(FormParts.Part::content).toList();
    return new TrustSettings(publicRoots, privateRoots, intermediates);
  }
}
