package io.edgecert.domain.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of the rule catalogue: statement, applicability, sources and severity note of every
 * {@link RuleId}, read from {@code catalogue.txt} beside this class the first time a rule's words
 * are asked for (not when {@link RuleId} loads). The file's header describes its format: an entry
 * per id in square brackets, one {@code field: value} a line, indented lines continuing a field.
 */
public final class RuleCatalogue {
  static final String RESOURCE = "catalogue.txt";
  static final String STATEMENT = "statement";
  static final String APPLIES_WHEN = "applies when";
  static final String SOURCES = "sources";
  static final String SEVERITY_NOTE = "severity note";
  private static final List<String> FIELDS =
      List.of(STATEMENT, APPLIES_WHEN, SOURCES, SEVERITY_NOTE);
  private static final List<String> REQUIRED = List.of(STATEMENT, APPLIES_WHEN, SOURCES);

  private RuleCatalogue() {}

  /**
   * The words of one rule.
   *
   * @param sourceList {@code sources} split at its commas, e.g. [S13, S01–S08]
   * @param severityNote empty when the entry has none
   */
  public record Entry(
      String id,
      String statement,
      String appliesWhen,
      String sources,
      List<String> sourceList,
      String severityNote) {}

  /** The entry of {@code rule}; every constant has one (RuleCatalogueTest). */
  public static Entry of(RuleId rule) {
    Entry entry = Entries.ALL.get(rule.id());
    if (entry == null) {
      throw new IllegalStateException(rule.id() + " has no entry in " + RESOURCE);
    }
    return entry;
  }

  /** Every entry of the resource by id, in the file's order. */
  public static Map<String, Entry> entries() {
    return Entries.ALL;
  }

  /**
   * Parses a catalogue text.
   *
   * @param name the file name the messages give
   * @throws IllegalArgumentException naming the line of a malformed entry: a field outside an
   *     entry, an unknown or repeated field, a repeated id or a required field missing
   */
  static Map<String, Entry> parse(BufferedReader reader, String name) throws IOException {
    Map<String, Entry> entries = new LinkedHashMap<>();
    Map<String, StringBuilder> fields = null;
    String id = null;
    int idLine = 0;
    String field = null;
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        field = null;
        continue;
      }
      if (line.startsWith(" ")) {
        if (field == null) {
          throw malformed(name, number, "a continuation line must follow a field");
        }
        fields.get(field).append(' ').append(line.strip());
        continue;
      }
      String header = header(line.strip());
      if (header != null) {
        if (id != null) {
          entries.put(id, entry(id, fields, name, idLine));
        }
        id = header;
        if (entries.containsKey(id)) {
          throw malformed(name, number, id + " has a second entry");
        }
        idLine = number;
        fields = new LinkedHashMap<>();
        field = null;
        continue;
      }
      int colon = line.indexOf(':');
      String key = colon < 0 ? "" : line.substring(0, colon);
      if (id == null || !FIELDS.contains(key)) {
        throw malformed(
            name,
            number,
            id == null
                ? "an entry starts with its id in square brackets, e.g. [GEN-EKU-001]"
                : "expected one of the fields " + FIELDS + " followed by ':'");
      }
      if (fields.containsKey(key)) {
        throw malformed(name, number, id + " has a second '" + key + "'");
      }
      fields.put(key, new StringBuilder(line.substring(colon + 1).strip()));
      field = key;
    }
    if (id != null) {
      entries.put(id, entry(id, fields, name, idLine));
    }
    return Collections.unmodifiableMap(entries);
  }

  private static IllegalArgumentException malformed(String name, int line, String what) {
    return new IllegalArgumentException(name + " line " + line + ": " + what);
  }

  /**
   * The id of a header line such as {@code [GEN-EKU-001]}: upper-case words joined by hyphens and
   * three digits; null for any other line. Parsed by hand: this runs on every start-up that shows a
   * rule's words, where a regular expression costs more than the whole file.
   */
  static String header(String line) {
    int length = line.length();
    if (length < 7 || line.charAt(0) != '[' || line.charAt(length - 1) != ']') {
      return null;
    }
    String id = line.substring(1, length - 1);
    int digits = id.length() - 3;
    if (id.charAt(digits - 1) != '-' || id.charAt(0) == '-' || id.charAt(digits - 2) == '-') {
      return null;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean ok =
          i >= digits
              ? c >= '0' && c <= '9'
              : (c >= 'A' && c <= 'Z') || (c == '-' && id.charAt(i - 1) != '-');
      if (!ok) {
        return null;
      }
    }
    return id;
  }

  /** {@code sources} split at each comma and the spaces after it (trailing empty parts dropped). */
  private static List<String> split(String sources) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int comma = sources.indexOf(','); comma >= 0; comma = sources.indexOf(',', start)) {
      parts.add(sources.substring(start, comma).stripLeading());
      start = comma + 1;
    }
    parts.add(sources.substring(start).stripLeading());
    while (parts.size() > 1 && parts.get(parts.size() - 1).isEmpty()) {
      parts.remove(parts.size() - 1);
    }
    return List.copyOf(parts);
  }

  private static Entry entry(String id, Map<String, StringBuilder> fields, String name, int line) {
    for (String required : REQUIRED) {
      if (!fields.containsKey(required) || fields.get(required).isEmpty()) {
        throw malformed(name, line, id + " lacks its '" + required + "'");
      }
    }
    String sources = fields.get(SOURCES).toString();
    return new Entry(
        id,
        fields.get(STATEMENT).toString(),
        fields.get(APPLIES_WHEN).toString(),
        sources,
        split(sources),
        fields.getOrDefault(SEVERITY_NOTE, new StringBuilder()).toString());
  }

  /** The entries, read once when first needed. */
  private static final class Entries {
    static final Map<String, Entry> ALL = read();

    private static Map<String, Entry> read() {
      try (InputStream in = RuleCatalogue.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is missing beside RuleCatalogue");
        }
        return parse(
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    }
  }
}
