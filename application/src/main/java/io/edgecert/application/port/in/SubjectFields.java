package io.edgecert.application.port.in;

import io.edgecert.domain.InputProblem;
import io.edgecert.domain.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The subject fields a request carries beside the CN (which always comes from the plan): O, OU, L,
 * ST and C, in the order given, parsed from {@code O=Contoso Ltd,OU=IT,C=US} ({@code \,} escapes a
 * comma).
 */
public record SubjectFields(List<Field> fields) {
  /** The name a refusal carries when the caller gives none: the field of a request. */
  static final String NAME = "subjectFields";

  /** One attribute: its key (O, OU, L, ST or C) and value. */
  public record Field(String key, String value) {}

  public SubjectFields {
    fields = List.copyOf(fields);
  }

  public static SubjectFields none() {
    return new SubjectFields(List.of());
  }

  /**
   * Parses the text, refusing it under the name {@value #NAME}; see {@link #parse(String, String)}.
   */
  public static SubjectFields parse(String text) {
    return parse(NAME, text);
  }

  /**
   * Parses the text; blank text means no fields.
   *
   * @param name what the adapter calls the text (an option, a field), named in the refusal
   * @throws InvalidInputException listing every field that is malformed, unknown or not allowed
   */
  public static SubjectFields parse(String name, String text) {
    if (text == null || text.isBlank()) {
      return none();
    }
    List<Field> fields = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    for (String part : SubjectFieldSyntax.split(text)) {
      SubjectFieldSyntax.field(part, problems).ifPresent(fields::add);
    }
    SubjectFieldSyntax.checkRepeats(fields, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(name, InvalidInputException.Kind.INVALID, problems);
    }
    return new SubjectFields(fields);
  }

  /** The values of {@code key} (upper case), in the order given. */
  public List<String> valuesOf(String key) {
    String wanted = key.toUpperCase(Locale.ROOT);
    return fields.stream().filter(f -> f.key().equals(wanted)).map(Field::value).toList();
  }

  @Override
  public String toString() {
    return fields.stream().map(f -> f.key() + "=" + f.value()).collect(Collectors.joining(","));
  }
}
