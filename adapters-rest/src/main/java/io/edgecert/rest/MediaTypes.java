package io.edgecert.rest;

import io.edgecert.application.port.in.TopologySource.Syntax;
import io.javalin.http.UnsupportedMediaTypeResponse;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The request media types this API understands, compared by essence (no parameters, any case). */
final class MediaTypes {
  static final String JSON = "application/json";
  static final String MULTIPART = "multipart/form-data";
  private static final Set<String> YAML =
      Set.of("application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml");

  private MediaTypes() {}

  /** {@code Application/JSON; charset=UTF-8} becomes {@code application/json}; null becomes "". */
  static String essence(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semicolon = contentType.indexOf(';');
    String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return type.trim().toLowerCase(Locale.ROOT);
  }

  /** The topology syntax a content type announces, if it announces JSON or YAML. */
  static Optional<Syntax> syntaxOf(String contentType) {
    String essence = essence(contentType);
    if (essence.equals(JSON) || essence.endsWith("+json")) {
      return Optional.of(Syntax.JSON);
    }
    if (YAML.contains(essence) || essence.endsWith("+yaml")) {
      return Optional.of(Syntax.YAML);
    }
    return Optional.empty();
  }

  static boolean isMultipart(String contentType) {
    return essence(contentType).equals(MULTIPART);
  }

  /** The 415 answer naming what was sent and what is accepted. */
  static UnsupportedMediaTypeResponse unsupported(String contentType, String accepted) {
    String sent =
        essence(contentType).isEmpty() ? "no Content-Type" : "'" + essence(contentType) + "'";
    return new UnsupportedMediaTypeResponse(
        "The request body was sent as " + sent + "; this endpoint accepts " + accepted + ".");
  }
}
