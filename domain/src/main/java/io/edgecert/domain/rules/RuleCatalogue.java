package io.edgecert.domain.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

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
  private static final List<String> FIELDS = List.of(STATEMENT, APPLIES_WHEN, SOURCES,
      SEVERITY_NOTE);
  private static final List<String> REQUIRED = List.of(STATEMENT, APPLIES_WHEN, SOURCES);
  private static final Pattern HEADER = Pattern.compile("\\[([A-Z]+(?:-[A-Z]+)*-\\d{3})]");
  private static final Pattern SOURCE_SEPARATOR = Pattern.compile(",\\s*");

  private RuleCatalogue() {}

  /**
   * The words of one rule.
   *
   * @param sourceList {@code sources} split at its commas, e.g. [S13, S01–S08]
   * @param severityNote empty when the entry has none
   */
  public record Entry(String id, String statement, String appliesWhen, String sources,
      List<String> sourceList, String severityNote) {}

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
      String at = name + " line " + number + ": ";
      if (line.isBlank() || line.startsWith("#")) {
        field = null;
        continue;
      }
      if (line.startsWith(" ")) {
        if (field == null) {
          throw new IllegalArgumentException(at + "a continuation line must follow a field");
        }
        fields.get(field).append(' ').append(line.strip());
        continue;
      }
      var header = HEADER.matcher(line.strip());
      if (header.matches()) {
        if (id != null) {
          entries.put(id, entry(id, fields, name, idLine));
        }
        id = header.group(1);
        if (entries.containsKey(id)) {
          throw new IllegalArgumentException(at + id + " has a second entry");
        }
        idLine = number;
        fields = new LinkedHashMap<>();
        field = null;
        continue;
      }
      int colon = line.indexOf(':');
      String key = colon < 0 ? "" : line.substring(0, colon);
      if (id == null || !FIELDS.contains(key)) {
        throw new IllegalArgumentException(at + (id == null
            ? "an entry starts with its id in square brackets, e.g. [GEN-EKU-001]"
            : "expected one of the fields " + FIELDS + " followed by ':'"));
      }
      if (fields.containsKey(key)) {
        throw new IllegalArgumentException(at + id + " has a second '" + key + "'");
      }
      fields.put(key, new StringBuilder(line.substring(colon + 1).strip()));
      field = key;
    }
    if (id != null) {
      entries.put(id, entry(id, fields, name, idLine));
    }
    return Collections.unmodifiableMap(entries);
  }

  private static Entry entry(String id, Map<String, StringBuilder> fields, String name, int line) {
    for (String required : REQUIRED) {
      if (!fields.containsKey(required) || fields.get(required).isEmpty()) {
        throw new IllegalArgumentException(
            name + " line " + line + ": " + id + " lacks its '" + required + "'");
      }
    }
    String sources = fields.get(SOURCES).toString();
    return new Entry(id, fields.get(STATEMENT).toString(), fields.get(APPLIES_WHEN).toString(),
        sources, List.of(SOURCE_SEPARATOR.split(sources)),
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
        return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
            RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    }
  }
}
