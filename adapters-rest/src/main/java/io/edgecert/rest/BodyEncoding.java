package io.edgecert.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edgecert.domain.InputProblem;
import io.edgecert.domain.InvalidInputException;
import io.edgecert.domain.NotUtf8;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A JSON body must be UTF-8 (RFC 8259): the first byte that is not is reported with its line and
 * column and the field that holds it (the body read again with U+FFFD for the bad bytes names the
 * first string or key holding one), instead of the parser's bare "not well-formed".
 */
final class BodyEncoding {
  private static final char REPLACEMENT = '\uFFFD';

  private BodyEncoding() {}

  /** Throws a MALFORMED input error when the body holds a byte that is not UTF-8. */
  static void checkUtf8(ObjectMapper mapper, byte[] body) {
    NotUtf8 bad = NotUtf8.find(body);
    if (bad == null) {
      return;
    }
    int line = bad.line();
    int column = bad.byteColumn();
    String[] place = place(mapper, new String(body, StandardCharsets.UTF_8));
    String within = place != null && place[1] != null ? " in a key" : "";
    String message =
        String.format(
            "not UTF-8 text%s: byte 0x%02X at line %d, column %d is not UTF-8 (perhaps Latin-1 or"
                + " Windows-1252); send the body as UTF-8",
            within, bad.value(), line, column);
    String path = place == null ? "" : place[0];
    throw new InvalidInputException(
        InputNames.BODY,
        InvalidInputException.Kind.MALFORMED,
        List.of(new InputProblem(path, line, column, message)));
  }

  /**
   * The dotted path of the first key or string holding U+FFFD, with a non-null second element when
   * it is a key (the path is then the key's object); null when none does or the text is not JSON.
   */
  private static String[] place(ObjectMapper mapper, String text) {
    try (JsonParser parser = mapper.getFactory().createParser(text)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        boolean key = token == JsonToken.FIELD_NAME;
        if ((key || token == JsonToken.VALUE_STRING)
            && parser.getText().indexOf(REPLACEMENT) >= 0) {
          JsonStreamContext context = parser.getParsingContext();
          return key
              ? new String[] {path(context.getParent()), "key"}
              : new String[] {path(context), null};
        }
      }
      return null;
    } catch (IOException e) {
      return null;
    }
  }

  /** The dotted path ({@code certificates[0].pem}) of the value a context is at. */
  private static String path(JsonStreamContext context) {
    if (context == null || context.inRoot()) {
      return "";
    }
    String parent = path(context.getParent());
    if (context.inArray()) {
      return parent + "[" + Math.max(context.getCurrentIndex(), 0) + "]";
    }
    String name = context.getCurrentName() == null ? "" : context.getCurrentName();
    return parent.isEmpty() ? name : parent + "." + name;
  }
}
