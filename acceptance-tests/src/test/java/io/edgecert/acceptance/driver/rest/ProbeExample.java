package io.edgecert.acceptance.driver.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The documented answer of {@code POST /v1/probes} against the real ones: every answer the REST
 * suite gets must have the shape of the OpenAPI example (the same fields at the same places, with
 * the same JSON types where neither is null), so that the example cannot go stale. With {@code
 * -Dedgecert.captureProbeExample=true} the suite writes the last answer it gets, shortened, to
 * {@code target/probe-example.json} instead, which scripts/capture-probe-example.sh puts into
 * {@code openapi-examples.json}: the example is a captured answer, not a hand-written one.
 */
final class ProbeExample {
  static final String CAPTURE = "edgecert.captureProbeExample";
  private static final List<String> AT =
      List.of("paths", "/v1/probes", "post", "responses", "200", "content", "application/json");

  /** The findings an example keeps of each endpoint: the probe rules' and two of validation's. */
  private static final List<String> KEPT =
      List.of("DNS-", "NET-", "EXT-POOL-", "GEN-CHAIN-001", "GEN-VALID-002");

  private ProbeExample() {}

  /** The example of the 200 answer in the OpenAPI document the server serves. */
  static JsonNode documented(JsonNode openapi) {
    JsonNode node = openapi;
    for (String step : AT) {
      node = node.path(step);
    }
    return node.path("example");
  }

  /**
   * The places where {@code answer} and {@code example} differ in shape, e.g. {@code
   * endpoints[].chain[].subject: missing in the example}; empty when they agree.
   */
  static List<String> differences(JsonNode example, JsonNode answer) {
    Map<String, String> documented = new TreeMap<>();
    Map<String, String> real = new TreeMap<>();
    shape("", example, documented);
    shape("", answer, real);
    Set<String> places = new HashSet<>(documented.keySet());
    places.addAll(real.keySet());
    return places.stream()
        .sorted()
        .filter(place -> real.containsKey(place) || answeredArray(place, real))
        .map(place -> difference(place, documented.get(place), real.get(place)))
        .filter(difference -> difference != null)
        .toList();
  }

  private static String difference(String place, String documented, String real) {
    if (documented == null) {
      return place + ": answered but missing in the example";
    }
    if (real == null) {
      return place + ": in the example but never answered";
    }
    boolean either = documented.equals("null") || real.equals("null");
    return either || documented.equals(real)
        ? null
        : place + ": " + real + " answered, " + documented + " documented";
  }

  /**
   * Whether the answer had elements in the array that {@code place} lies in (an answer without any
   * SRV answer cannot show their fields); true for a place outside arrays.
   */
  private static boolean answeredArray(String place, Map<String, String> real) {
    int array = place.lastIndexOf("[]");
    return array < 0 || real.containsKey(place.substring(0, array + 2));
  }

  /** Every field path of {@code node} (array elements merged as {@code []}) with its JSON type. */
  private static void shape(String path, JsonNode node, Map<String, String> shapes) {
    String type = node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    shapes.merge(path.isEmpty() ? "(root)" : path, type, (a, b) -> a.equals("null") ? b : a);
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              f ->
                  shape(
                      path.isEmpty() ? f.getKey() : path + "." + f.getKey(), f.getValue(), shapes));
    } else if (node.isArray()) {
      node.forEach(element -> shape(path + "[]", element, shapes));
    }
  }

  /** Whether this run captures the example rather than checking it. */
  static boolean capturing() {
    return Boolean.getBoolean(CAPTURE);
  }

  /**
   * Writes {@code answer}, shortened (one address per endpoint purpose, the probe rules' findings
   * and two of validation's), to {@code target/probe-example.json}.
   */
  static void capture(JsonNode answer) {
    ObjectNode example = answer.deepCopy();
    ArrayNode endpoints = example.putArray("endpoints");
    Set<String> purposes = new HashSet<>();
    for (JsonNode endpoint : answer.path("endpoints")) {
      if (purposes.add(endpoint.path("purpose").asText())) {
        ObjectNode kept = endpoint.deepCopy();
        ArrayNode findings = kept.putArray("findings");
        endpoint
            .path("findings")
            .forEach(
                f -> {
                  if (KEPT.stream()
                      .anyMatch(prefix -> f.path("rule").asText().startsWith(prefix))) {
                    findings.add(f);
                  }
                });
        endpoints.add(kept);
      }
    }
    Path file = Path.of("target", "probe-example.json");
    try {
      Files.writeString(
          file,
          new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(example),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
