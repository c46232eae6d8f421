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
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source register: the title, URL and date of every source key the rule catalogue cites, read
 * from {@code sources.tsv} beside this class on first use. It parses the catalogue's source strings
 * as the reference writes them: a list separated by commas, key ranges ({@code S01–S06}, {@code
 * P1–P5}), a note after a key ({@code P1 (-KeySize)}, {@code P1 ex.7}), "vs" between two
 * contradicting sources, and {@code —} for none.
 */
public final class SourceRegister {
  private static final String RESOURCE = "sources.tsv";
  private static final Pattern RANGE = Pattern.compile("([A-Z]+)(\\d+)\\s*[–-]\\s*\\1?(\\d+)");
  private static final Pattern NOTE = Pattern.compile("(.+?)\\s*\\((.*)\\)");

  /** A key followed by words that point into the page: "P1 ex.7" (example 7). */
  private static final Pattern KEY_AND_WORDS = Pattern.compile("([A-Z]+\\d+)\\s+([^–-].*)");

  /** Separates cited keys: commas, and "vs" between two sources that contradict each other. */
  private static final Pattern SEPARATOR = Pattern.compile(",|\\s+vs\\s+");

  /** Written where a rule has no source of its own. */
  private static final String NONE = "—";

  private static final int COLUMNS = 5;

  /**
   * Resolved source strings: the catalogue has a few hundred, and every finding of every report
   * resolves its own, so each is parsed once (a bound keeps odd callers from growing it).
   */
  private static final int MAX_RESOLVED = 4_096;

  private static final Map<String, List<SourceReference>> RESOLVED = new ConcurrentHashMap<>();

  private SourceRegister() {}

  /** The sources of {@code rule}, resolved, in the order the rule cites them. */
  public static List<SourceReference> of(RuleId rule) {
    return resolve(rule.sources());
  }

  /**
   * Resolves a source string such as {@code "S10, S01–S06, P1 (-KeySize)"}.
   *
   * @throws IllegalStateException when a key is not in the register (a catalogue bug; a test keeps
   *     every cited key registered)
   */
  public static List<SourceReference> resolve(String sources) {
    List<SourceReference> known = RESOLVED.get(sources);
    if (known != null) {
      return known;
    }
    List<SourceReference> resolved = parse(sources);
    if (RESOLVED.size() < MAX_RESOLVED) {
      RESOLVED.put(sources, resolved);
    }
    return resolved;
  }

  private static List<SourceReference> parse(String sources) {
    List<SourceReference> resolved = new ArrayList<>();
    for (Citation citation : citations(sources)) {
      String[] entry = Entries.ALL.get(citation.key());
      if (entry == null) {
        throw new IllegalStateException("source " + citation.key() + " is not in " + RESOURCE);
      }
      resolved.add(
          new SourceReference(
              citation.key(), entry[1], entry[2], entry[3], entry[4], citation.note()));
    }
    return List.copyOf(resolved);
  }

  /** Resolves each of {@code sources} (strings as {@link RuleId#sourceList()} gives them). */
  public static List<SourceReference> resolve(List<String> sources) {
    return resolve(String.join(", ", sources));
  }

  /** The keys of {@code sources} that the register lacks; empty when every key resolves. */
  public static List<String> unregistered(String sources) {
    return citations(sources).stream()
        .map(Citation::key)
        .filter(key -> !Entries.ALL.containsKey(key))
        .toList();
  }

  /** Every registered source, in the register's order. */
  public static List<SourceReference> all() {
    return Entries.ALL.keySet().stream().map(key -> resolve(key).get(0)).toList();
  }

  /** One key as a rule cites it, with the note in brackets after it. */
  record Citation(String key, String note) {}

  /** Splits a source string into keys, expanding ranges; a note applies to its key only. */
  static List<Citation> citations(String sources) {
    List<Citation> citations = new ArrayList<>();
    for (String part : SEPARATOR.split(sources)) {
      String token = part.strip();
      if (token.isEmpty() || token.equals(NONE)) {
        continue;
      }
      String note = "";
      Matcher withNote = NOTE.matcher(token);
      Matcher withWords = KEY_AND_WORDS.matcher(token);
      if (withNote.matches()) {
        token = withNote.group(1);
        note = withNote.group(2).strip();
      } else if (withWords.matches()) {
        token = withWords.group(1);
        note = withWords.group(2).strip();
      }
      Matcher range = RANGE.matcher(token);
      if (range.matches()) {
        String prefix = range.group(1);
        String first = range.group(2);
        int from = Integer.parseInt(first);
        int to = Integer.parseInt(range.group(3));
        for (int n = from; n <= to; n++) {
          String number = String.valueOf(n);
          String padded = "0".repeat(Math.max(0, first.length() - number.length())) + number;
          citations.add(new Citation(prefix + padded, note));
        }
      } else {
        citations.add(new Citation(token, note));
      }
    }
    return citations;
  }

  /**
   * The register's entries, read once when first needed (not at class loading of the catalogue).
   */
  private static final class Entries {
    static final Map<String, String[]> ALL = read();

    private static Map<String, String[]> read() {
      Map<String, String[]> entries = new LinkedHashMap<>();
      try (InputStream in = SourceRegister.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is missing beside SourceRegister");
        }
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
          number++;
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] columns = line.split("\t", -1);
          if (columns.length != COLUMNS) {
            throw new IllegalStateException(
                RESOURCE + " line " + number + ": " + COLUMNS + " tab-separated columns expected");
          }
          entries.put(columns[0], columns);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return Collections.unmodifiableMap(entries);
    }
  }
}
