package io.edgecert.json;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.edgecert.application.port.out.TopologyDocument;
import io.edgecert.domain.InvalidInputException;
import java.util.function.Function;

/** Catches the input error a reader throws for a document. */
final class Malformed {

  private Malformed() {}

  static InvalidInputException of(Function<String, TopologyDocument> reader, String text) {
    return catchThrowableOfType(InvalidInputException.class, () -> reader.apply(text));
  }

  static String messageOf(Function<String, TopologyDocument> reader, String text) {
    return of(reader, text).getMessage();
  }
}
