package io.edgecert.json;

import io.edgecert.application.port.in.TopologySource;
import io.edgecert.domain.InputProblem;
import io.edgecert.domain.InvalidInputException;
import io.edgecert.domain.NotUtf8;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Looks at the bytes of a would-be topology before a parser does: a certificate, key or PKCS#12
 * file handed in where the topology goes (the arguments swapped) is said to be one, and a byte that
 * is not UTF-8 is reported on its own line, where the parser would say "line 1, column 1".
 */
final class ContentCheck {
  private static final String ORDER =
      ", not a topology (YAML or JSON): the topology comes first, as in"
          + " `edgecert validate TOPOLOGY CERTIFICATE...` and `edgecert plan TOPOLOGY`";

  private ContentCheck() {}

  static void check(TopologySource source, Function<String, ParsedDocument> reread) {
    byte[] content = source.content();
    String kind = certificateKind(content);
    if (kind != null) {
      throw new InvalidInputException(
          source.name(), InvalidInputException.Kind.MALFORMED, "this is " + kind + ORDER);
    }
    if (!isUtf16(content)) {
      checkUtf8(source.name(), content, reread);
    }
  }

  /** What the content is when it is certificate material, or null when it is not. */
  static String certificateKind(byte[] content) {
    int start = 0;
    while (start < content.length && isBlank(content[start])) {
      start++;
    }
    if (isDerSequence(content, start)) {
      return "binary DER data (a certificate, a PKCS#7 bundle or a PKCS#12/.pfx file)";
    }
    String head =
        new String(
            content, start, Math.min(content.length - start, 64), StandardCharsets.ISO_8859_1);
    if (!head.startsWith("-----BEGIN ")) {
      return null;
    }
    int end = head.indexOf("-----", 11);
    String label = end < 0 ? "" : head.substring(11, end).toUpperCase(Locale.ROOT);
    if (label.contains("REQUEST")) {
      return "a certificate request (PEM)";
    }
    if (label.contains("PRIVATE KEY")) {
      return "a private key (PEM)";
    }
    return label.contains("PKCS7") ? "a PKCS#7 certificate bundle (PEM)" : "a certificate (PEM)";
  }

  /** A DER SEQUENCE with a long-form length: never the start of UTF-8 text. */
  private static boolean isDerSequence(byte[] content, int start) {
    return content.length > start + 1
        && content[start] == 0x30
        && (content[start + 1] & 0xFF) >= 0x81
        && (content[start + 1] & 0xFF) <= 0x84;
  }

  private static boolean isBlank(byte b) {
    return b == ' ' || b == '\t' || b == '\r' || b == '\n';
  }

  /** A UTF-16 byte order mark: the JSON parser reads such a document itself. */
  private static boolean isUtf16(byte[] content) {
    return content.length > 1
        && ((content[0] == (byte) 0xFE && content[1] == (byte) 0xFF)
            || (content[0] == (byte) 0xFF && content[1] == (byte) 0xFE));
  }

  /**
   * Reports the first byte that is not UTF-8 on its line and column, in the field that holds it:
   * {@code reread} parses the text with U+FFFD for the bad bytes (null when it cannot).
   */
  private static void checkUtf8(
      String name, byte[] content, Function<String, ParsedDocument> reread) {
    NotUtf8 bad = NotUtf8.find(content);
    if (bad == null) {
      return;
    }
    NonUtf8Field.Place place =
        NonUtf8Field.locate(reread.apply(replaced(content)), bad.line(), bad.characterColumn());
    String within = "";
    if (place != null && place.inKey()) {
      within = place.path().isEmpty() ? " in a top-level key" : " in a key";
    }
    String message =
        String.format(
            "not UTF-8 text%s: byte 0x%02X at column %d is not UTF-8 (perhaps Latin-1 or"
                + " Windows-1252); save the file as UTF-8",
            within, bad.value(), bad.byteColumn());
    String path = place == null ? "" : place.path();
    InputProblem problem = new InputProblem(path, bad.line(), bad.byteColumn(), message);
    throw new InvalidInputException(name, InvalidInputException.Kind.MALFORMED, List.of(problem));
  }

  private static String replaced(byte[] content) {
    return new String(content, StandardCharsets.UTF_8);
  }
}
